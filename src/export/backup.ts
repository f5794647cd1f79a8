// `kg db backup` / `kg db restore` against any server (a remote one: Aura, a cluster): the graph
// snapshot of `kg export --format jsonl`, written and read by the same code as `kg export` and
// `kg import` (decision 0027) — one format, one code path.
//
// The snapshot carries the whole graph: the knowledge graph (articles, entities, claims with their
// evidence, mentions, curations) and its bookkeeping (kg fetch's Source and FeedItem, the last
// kg analyse run's Analysis and Community). A graph holding nodes of a label the snapshot does not
// know (one a later kg added, or one written by hand) is refused unless the caller accepts leaving
// them out.
import fs from 'node:fs';
import { GraphReader } from '../api/graph-reader.ts';
import { cypher } from '../api/cypher.ts';
import type { Graph } from '../db/graph.ts';
import { importSnapshot, SNAPSHOT_LABELS, type ImportProgress } from '../../ingest/load/snapshot.ts';
import { runExport } from './export-graph.ts';
import { DEFAULT_PAGE_SIZE } from './graph-pages.ts';
import { streamSink } from './sink.ts';

/** A whole-graph page may take a while on a large graph; a request's 5 s budget is the server's. */
const PAGE_BUDGET_MS = 5 * 60_000;
const LEFT_OUT = cypher('snapshot-left-out');

export interface BackupSummary {
  nodes: number;
  relationships: number;
  bytes: number;
}

/** Nodes the snapshot does not carry, by label (empty when the graph holds none). */
export async function nodesLeftOutOfSnapshot(graph: Graph): Promise<Record<string, number>> {
  const rows = await new GraphReader(graph, PAGE_BUDGET_MS).rows(LEFT_OUT, { labels: [...SNAPSHOT_LABELS] });
  return Object.fromEntries(rows.map((r) => [String(r.label), Number(r.nodes)]));
}

/**
 * Writes the snapshot to `file` through a temporary file renamed at the end: never a half-written
 * backup. Pages are read one after another (not one transaction): stop writers for a consistent copy.
 */
export async function backupToSnapshot(
  graph: Graph,
  file: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<BackupSummary> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    const result = await runExport({
      format: 'jsonl',
      selection: { since: null, labels: null, pageSize: DEFAULT_PAGE_SIZE },
      read: (query, params) => new GraphReader(graph, PAGE_BUDGET_MS).rows(query, params),
      output: { sink: streamSink(fs.createWriteStream(partial)) },
      onProgress,
    });
    fs.renameSync(partial, file);
    return { nodes: result.nodes, relationships: result.relationships, bytes: fs.statSync(file).size };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** Loads a snapshot into `graph`, which must hold no data (the caller empties it or refuses). */
export async function restoreFromSnapshot(
  graph: Graph,
  file: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<BackupSummary> {
  const loaded = await importSnapshot(graph, file, { onProgress });
  return { ...loaded, bytes: fs.statSync(file).size };
}

function fileStartsWith(file: string, prefix: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').startsWith(prefix);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether `file` starts like a graph snapshot (else it may be a neo4j-admin dump). */
export function isSnapshotFile(file: string): boolean {
  return fileStartsWith(file, '{"kind":"header"');
}

/** The JSON Lines backup format kg wrote before decision 0027 (its own, now retired). */
export function isOldJsonLinesBackup(file: string): boolean {
  return fileStartsWith(file, '{"format":"kg-backup"');
}
