// The graph snapshot: the project's own lossless export (kg export --format jsonl) and its loader
// (kg import). JSON Lines, read and written one line at a time:
//
//   {"kind":"header","format":"vn-officials-kg/snapshot","version":1,"exportedAt":"…","since":null,"types":null}
//   {"kind":"node","labels":["Person","Entity"],"props":{"id":"person:…",…},"integerKeys":[]}
//   {"kind":"relationship","type":"HOLDS","from":"person:…","fromLabel":"Person","to":"position:…","toLabel":"Position","props":{…},"integerKeys":[]}
//   {"kind":"end","nodes":1234,"relationships":5678}
//
// Every node (Article, the entities, Curation, and the bookkeeping: kg fetch's Source and FeedItem,
// kg analyse's Analysis and Community) with all its properties, every relationship (claims with their
// evidence, MENTIONS, structural links) with all of its. JSON has one number type and no time type, so
// the properties Neo4j stored as integers are named in integerKeys and restored as integers, and those
// stored as datetimes (kg fetch's times) in datetimeKeys and restored as datetimes.
// Nodes may come after relationships that name them (the export writes a node and its outgoing
// relationships together), so the loader reads the file twice: nodes, then relationships.
// The closing line counts what came before it: the loader checks it before writing anything, so a
// file cut short (a full disk, a dropped download) is refused instead of loaded as a smaller graph.
// It is also `kg db backup`'s format against a remote server (decision 0027).
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { cypher } from './statements.ts';
import { writeWithRetry } from './write-with-retry.ts';
import { retallyAllEvents } from './event-tallies.ts';
import { retallyAllArticleDays } from './article-days.ts';
import { retallyAllAggregates } from './aggregate-tallies.ts';
import { FIRST_MEETINGS_TYPE, refirstAllMeetings } from './first-meetings.ts';
import { CO_PARTICIPANTS_TYPE, refreshAllCoParticipations } from './co-participants.ts';
import { BODY_LINKS_TYPE, refreshAllBodyLinks } from './body-links.ts';
import { recountAllPersonNameContexts } from './person-name-contexts.ts';
import { ALL_RELATIONSHIP_TYPES, Q, summaryTypeOf } from './statements.ts';
import { CLAIM_TYPES } from '../resolve/resolved-article.ts';
import { type GraphHandle, openSession } from '../base/graph-session.ts';

export const SNAPSHOT_FORMAT = 'vn-officials-kg/snapshot';
export const SNAPSHOT_VERSION = 1;

/** Every node label the graph holds (Entity is the shared second label of the five entity labels). */
export const NODE_LABELS = [
  'Article',
  'Person',
  'Organization',
  'Document',
  'Event',
  'Position',
  'Curation',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
/**
 * The nodes beside the knowledge graph, each keyed on its own constrained property: kg fetch's feeds
 * and the items seen in them (by address), the last kg analyse run and its communities (by id). A
 * whole-graph snapshot (kg db backup, kg export --format jsonl without --since or --types) carries them.
 */
export const BOOKKEEPING_KEYS = { Source: 'url', FeedItem: 'url', Analysis: 'id', Community: 'id' } as const;
export type BookkeepingLabel = keyof typeof BOOKKEEPING_KEYS;
export const BOOKKEEPING_LABELS = Object.keys(BOOKKEEPING_KEYS) as BookkeepingLabel[];
/** Every label a snapshot may hold. */
export const SNAPSHOT_LABELS: readonly string[] = [...NODE_LABELS, ...BOOKKEEPING_LABELS];

/** The constrained property a node of this label is found by: `id`, or `url` for Source and FeedItem. */
export function nodeKeyOf(label: string): string {
  return (BOOKKEEPING_KEYS as Record<string, string>)[label] ?? 'id';
}
const ENTITY_LABELS: readonly string[] = ['Person', 'Organization', 'Document', 'Event', 'Position'];

export interface SnapshotHeader {
  kind: 'header';
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  exportedAt: string;
  since: string | null;
  types: string[] | null;
}
export interface SnapshotNode {
  kind: 'node';
  labels: string[];
  props: Record<string, unknown>;
  integerKeys: string[];
  /** Properties stored as datetimes (written as ISO strings); absent when there are none. */
  datetimeKeys?: string[];
}
export interface SnapshotRelationship {
  kind: 'relationship';
  type: string;
  from: string;
  fromLabel: string;
  to: string;
  toLabel: string;
  props: Record<string, unknown>;
  integerKeys: string[];
}
export interface SnapshotEnd {
  kind: 'end';
  nodes: number;
  relationships: number;
}
export type SnapshotLine = SnapshotHeader | SnapshotNode | SnapshotRelationship | SnapshotEnd;

/** The label a node is known by: its one label besides Entity. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? '';
}

/** A snapshot line that cannot be loaded: where it is and what is wrong. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface ImportProgress {
  nodes: number;
  relationships: number;
}

export interface ImportOptions {
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

const NODE_TEMPLATE = cypher('import-nodes');
const RELATIONSHIP_TEMPLATE = cypher('import-relationships');
// The claim summaries (decision 0017) are part of the store like any relationship: a snapshot
// carries them, so a graph loaded from it reads exactly as the one exported.
// So are the first meetings per (body, document) and the co-participant pairs (decision 0044),
// recomputed after the import for a snapshot written before them.
const KNOWN_TYPES: readonly string[] = [
  ...ALL_RELATIONSHIP_TYPES,
  ...CLAIM_TYPES.map(summaryTypeOf),
  FIRST_MEETINGS_TYPE,
  CO_PARTICIPANTS_TYPE,
  BODY_LINKS_TYPE,
];

/** The graph holds nothing but its schema records (what kg import requires). */
export async function graphNodeCount(graph: GraphHandle): Promise<number> {
  const session = openSession(graph, 'READ');
  try {
    const result = await session.run('MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n');
    return Number(result.records[0]?.get('n') ?? 0);
  } finally {
    await session.close();
  }
}

function withIntegers(props: Record<string, unknown>, integerKeys: string[]): Record<string, unknown> {
  if (integerKeys.length === 0) return props;
  const out = { ...props };
  for (const key of integerKeys) {
    const value = out[key];
    out[key] = Array.isArray(value) ? value.map((v) => neo4j.int(v as number)) : neo4j.int(value as number);
  }
  return out;
}

async function* snapshotLines(file: string): AsyncGenerator<{ line: SnapshotLine; number: number }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    let line: SnapshotLine;
    try {
      line = JSON.parse(text) as SnapshotLine;
    } catch (err) {
      throw new SnapshotError(`${file}:${number}: not JSON (${(err as Error).message})`);
    }
    if (number === 1 && (line.kind !== 'header' || line.format !== SNAPSHOT_FORMAT)) {
      throw new SnapshotError(
        `${file}:1: not a graph snapshot (its first line must be a "${SNAPSHOT_FORMAT}" header, as kg export --format jsonl writes)`,
      );
    }
    if (line.kind === 'header' && line.version !== SNAPSHOT_VERSION) {
      throw new SnapshotError(
        `${file}:${number}: snapshot version ${String(line.version)}; this kg reads version ${SNAPSHOT_VERSION}`,
      );
    }
    yield { line, number };
  }
}

function readSlice(file: string, from: 'start' | 'end', length: number): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, length));
    readSync(fd, buffer, 0, buffer.length, from === 'start' ? 0 : size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The snapshot's closing line, read before anything is written: a file that is not a snapshot, or
 * one cut short, is refused with nothing loaded.
 */
export function readSnapshotEnd(file: string): SnapshotEnd {
  const first = readSlice(file, 'start', 4096).split('\n')[0] ?? '';
  let header: Partial<SnapshotHeader> = {};
  try {
    header = JSON.parse(first) as Partial<SnapshotHeader>;
  } catch {
    // reported below
  }
  if (header.kind !== 'header' || header.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(
      `${file}:1: not a graph snapshot (its first line must be a "${SNAPSHOT_FORMAT}" header, as kg export --format jsonl writes)`,
    );
  }
  const last = readSlice(file, 'end', 4096).trimEnd().split('\n').at(-1) ?? '';
  try {
    const end = JSON.parse(last) as Partial<SnapshotEnd>;
    if (end.kind === 'end' && typeof end.nodes === 'number' && typeof end.relationships === 'number')
      return { kind: 'end', nodes: end.nodes, relationships: end.relationships };
  } catch {
    // reported below
  }
  throw new SnapshotError(
    `${file} does not end with a snapshot's closing line ({"kind":"end",…}): it is cut short (or was written by a kg older than the closing line); nothing was loaded`,
  );
}

function checkLabel(label: string, where: string): void {
  if (!SNAPSHOT_LABELS.includes(label)) {
    throw new SnapshotError(
      `${where}: unknown node label ${JSON.stringify(label)} (known: ${SNAPSHOT_LABELS.join(', ')})`,
    );
  }
}

function nodeStatement(labels: string[], where: string): string {
  const primary = primaryLabel(labels);
  checkLabel(primary, where);
  const expected = ENTITY_LABELS.includes(primary) ? [primary, 'Entity'] : [primary];
  if (labels.length !== expected.length || !expected.every((l) => labels.includes(l))) {
    throw new SnapshotError(`${where}: labels ${JSON.stringify(labels)} are not ${JSON.stringify(expected)}`);
  }
  return NODE_TEMPLATE.replaceAll('PRIMARY_LABEL', primary)
    .replaceAll('NODE_LABELS', expected.join(':'))
    .replaceAll('KEY_PROPERTY', nodeKeyOf(primary));
}

function relationshipStatement(rel: SnapshotRelationship, where: string): string {
  if (!KNOWN_TYPES.includes(rel.type)) {
    throw new SnapshotError(
      `${where}: unknown relationship type ${JSON.stringify(rel.type)} (known: ${KNOWN_TYPES.join(', ')})`,
    );
  }
  checkLabel(rel.fromLabel, where);
  checkLabel(rel.toLabel, where);
  return RELATIONSHIP_TEMPLATE.replaceAll('REL_TYPE', rel.type)
    .replaceAll('FROM_LABEL', rel.fromLabel)
    .replaceAll('TO_LABEL', rel.toLabel);
}

/**
 * Loads a snapshot file into the graph, which the caller has checked is empty: nodes first (one
 * pass), then relationships (a second pass), in batches of one statement each. A relationship whose
 * end is not in the file is an error naming its line.
 */
export async function importSnapshot(
  graph: GraphHandle,
  file: string,
  options: ImportOptions = {},
): Promise<ImportProgress> {
  const batchSize = options.batchSize ?? 2000;
  const expected = readSnapshotEnd(file);
  const progress: ImportProgress = { nodes: 0, relationships: 0 };
  const pending = new Map<string, { rows: unknown[]; firstLine: number }>();
  const flush = async (statement: string, kind: 'nodes' | 'relationships') => {
    const batch = pending.get(statement);
    if (!batch || batch.rows.length === 0) return;
    pending.delete(statement);
    const created = await writeWithRetry(graph, async (tx) => {
      const result = await tx.run(statement, { rows: batch.rows });
      return kind === 'relationships' ? Number(result.records[0]?.get('created') ?? 0) : batch.rows.length;
    });
    if (kind === 'relationships' && created !== batch.rows.length) {
      throw new SnapshotError(
        `${file}: ${batch.rows.length - created} of the relationships from line ${batch.firstLine} on name a node the snapshot does not hold`,
      );
    }
    progress[kind] += batch.rows.length;
    options.onProgress?.({ ...progress });
  };
  const add = async (statement: string, row: unknown, number: number, kind: 'nodes' | 'relationships') => {
    let batch = pending.get(statement);
    if (!batch) pending.set(statement, (batch = { rows: [], firstLine: number }));
    batch.rows.push(row);
    if (batch.rows.length >= batchSize) await flush(statement, kind);
  };

  for await (const { line, number } of snapshotLines(file)) {
    if (line.kind !== 'node') continue;
    const where = `${file}:${number}`;
    const statement = nodeStatement(line.labels, where);
    const key = nodeKeyOf(primaryLabel(line.labels));
    const id = line.props?.[key];
    if (typeof id !== 'string' || id === '') throw new SnapshotError(`${where}: a node without its ${key}`);
    await add(
      statement,
      {
        id,
        props: withIntegers(line.props, line.integerKeys ?? []),
        datetimeKeys: line.datetimeKeys ?? [],
      },
      number,
      'nodes',
    );
  }
  for (const statement of [...pending.keys()]) await flush(statement, 'nodes');

  for await (const { line, number } of snapshotLines(file)) {
    if (line.kind !== 'relationship') continue;
    const statement = relationshipStatement(line, `${file}:${number}`);
    const row = {
      from: line.from,
      to: line.to,
      props: withIntegers(line.props ?? {}, line.integerKeys ?? []),
    };
    await add(statement, row, number, 'relationships');
  }
  for (const statement of [...pending.keys()]) await flush(statement, 'relationships');
  if (progress.nodes !== expected.nodes || progress.relationships !== expected.relationships) {
    throw new SnapshotError(
      `${file} promised ${expected.nodes} nodes and ${expected.relationships} relationships, but holds ${progress.nodes} and ${progress.relationships}`,
    );
  }
  // The tallies are derived (from events, IMPLEMENTS and HOLDS summaries, articles' dates) and are
  // not in a snapshot: built again here.
  await retallyAllEvents(graph);
  await retallyAllArticleDays(graph);
  // A snapshot from before migration 110 has summaries without their index keys (decision 0037).
  for (const type of CLAIM_TYPES) await writeWithRetry(graph, (tx) => tx.run(Q.summaryOrderKeys[type]));
  await retallyAllAggregates(graph);
  // Derived too, and absent from a snapshot written before decision 0044: computed again.
  await refirstAllMeetings(graph);
  await refreshAllCoParticipations(graph);
  // The body links too (decision 0053): built from the posts, participations and bodies imported.
  await refreshAllBodyLinks(graph);
  // The resolver's name contexts are derived from the mentions too (decision 0046).
  await recountAllPersonNameContexts(graph);
  return progress;
}
