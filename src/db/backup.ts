// A backup any Neo4j can take and give back, local or remote (Aura, a cluster): the graph as JSON
// Lines, streamed both ways so memory does not grow with the graph (only the map from the backup's
// node keys to the restored nodes' element ids is held, about 100 bytes a node).
//
//   {"format":"kg-backup","version":1,"createdAt":"…","source":"bolt://…","database":"neo4j"}
//   {"node":"4:…:0","labels":["Person","Entity"],"props":[{"k":"id","t":"STRING","v":"person:…"},…]}
//   {"rel":"KNOWS","from":"4:…:0","to":"4:…:1","props":[…]}
//   {"end":true,"nodes":1234,"relationships":5678}
//
// Every property carries its Cypher type, so integers, dates and datetimes come back as they were
// (integers and temporals travel as strings). The schema's migration records are not in it: the
// target has its own (restore applies the migrations first). The closing line is checked before
// restore writes anything, so a truncated file is refused instead of half-restored.
import fs from 'node:fs';
import readline from 'node:readline';
import { finished } from 'node:stream/promises';
import neo4j from 'neo4j-driver';
import { UserError } from '../../ingest/base/errors.ts';
import { cypherFolder } from '../../ingest/base/cypher-files.ts';
import type { Graph } from './graph.ts';

const backupFile = cypherFolder(new URL('./cypher/', import.meta.url));
const read = (name: string) => backupFile(name).statement;
const BACKUP_NODES = read('backup-nodes');
const BACKUP_RELATIONSHIPS = read('backup-relationships');
const RESTORE_NODES = read('restore-nodes');
const RESTORE_RELATIONSHIPS = read('restore-relationships');

export const BACKUP_FORMAT = 'kg-backup';
const BATCH = 1000;

const SCALARS = [
  'FLOAT',
  'STRING',
  'BOOLEAN',
  'INTEGER',
  'DATE',
  'ZONED DATETIME',
  'LOCAL DATETIME',
  'ZONED TIME',
  'LOCAL TIME',
  'DURATION',
];
const LISTS = ['FLOAT', 'STRING', 'BOOLEAN', 'INTEGER', 'DATE', 'ZONED DATETIME', 'NOTHING'].map(
  (t) => `LIST<${t}>`,
);
const SUPPORTED = new Set([...SCALARS, ...LISTS]);

interface TypedProperty {
  k: string;
  t: string;
  v: unknown;
}

export interface BackupSummary {
  nodes: number;
  relationships: number;
  bytes: number;
}

function checkTypes(props: TypedProperty[], where: string): void {
  for (const p of props) {
    if (!SUPPORTED.has(p.t)) {
      throw new UserError(
        `${where} has property ${JSON.stringify(p.k)} of type ${p.t}, which the JSON Lines backup cannot keep; use the local server's dump ('kg db backup' without NEO4J_URI)`,
      );
    }
  }
}

/** Writes the graph to `file` (through a temporary file renamed at the end: never a half-written backup). */
export async function backupGraph(
  graph: Graph,
  file: string,
  onProgress?: (done: number) => void,
): Promise<BackupSummary> {
  const tmp = `${file}.${process.pid}.partial`;
  const out = fs.createWriteStream(tmp, { encoding: 'utf8' });
  const write = async (value: unknown) => {
    if (!out.write(JSON.stringify(value) + '\n'))
      await new Promise<void>((r) => out.once('drain', () => r()));
  };
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  let nodes = 0;
  let relationships = 0;
  try {
    await write({
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      source: graph.uri,
      database: graph.database,
    });
    // One read transaction: nodes and relationships from the same moment (stop writers for a
    // consistent copy: Neo4j reads are read-committed, not a snapshot).
    const tx = session.beginTransaction();
    try {
      for await (const record of tx.run(BACKUP_NODES)) {
        const props = record.get('props') as TypedProperty[];
        checkTypes(props, `node ${record.get('key')}`);
        await write({ node: record.get('key'), labels: record.get('labels'), props });
        if (++nodes % 10_000 === 0) onProgress?.(nodes);
      }
      for await (const record of tx.run(BACKUP_RELATIONSHIPS)) {
        const props = record.get('props') as TypedProperty[];
        checkTypes(props, `relationship ${record.get('type')}`);
        await write({ rel: record.get('type'), from: record.get('from'), to: record.get('to'), props });
        if (++relationships % 10_000 === 0) onProgress?.(nodes + relationships);
      }
    } finally {
      await tx.rollback().catch(() => {});
    }
    await write({ end: true, nodes, relationships });
    out.end();
    await finished(out);
    fs.renameSync(tmp, file);
    return { nodes, relationships, bytes: fs.statSync(file).size };
  } catch (err) {
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    await session.close();
  }
}

/** Whether `file` starts like a JSON Lines backup (else it may be a neo4j-admin dump). */
export function isJsonLinesBackup(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, 64, 0);
    return head.subarray(0, n).toString('utf8').startsWith(`{"format":"${BACKUP_FORMAT}"`);
  } finally {
    fs.closeSync(fd);
  }
}

/** The closing line of a backup, or an error saying the file is cut short. */
function readEnd(file: string): { nodes: number; relationships: number } {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 4096));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    const last = tail.toString('utf8').trimEnd().split('\n').at(-1) ?? '';
    const end = JSON.parse(last) as { end?: boolean; nodes?: number; relationships?: number };
    if (end.end !== true || typeof end.nodes !== 'number' || typeof end.relationships !== 'number')
      throw new Error('no end line');
    return { nodes: end.nodes, relationships: end.relationships };
  } catch {
    throw new UserError(
      `${file} does not end with a backup's closing line: it is cut short or not a kg backup; nothing was restored`,
    );
  } finally {
    fs.closeSync(fd);
  }
}

/** Restores a JSON Lines backup into `graph`, which must hold no data (migrations applied). */
export async function restoreGraph(
  graph: Graph,
  file: string,
  onProgress?: (done: number) => void,
): Promise<BackupSummary> {
  const expected = readEnd(file);
  const ids = new Map<string, string>();
  let nodeRows: Record<string, unknown>[] = [];
  let relRows: Record<string, unknown>[] = [];
  let nodes = 0;
  let relationships = 0;
  const flushNodes = async () => {
    if (nodeRows.length === 0) return;
    const rows = nodeRows;
    nodeRows = [];
    const created = await graph.write(async (tx) => (await tx.run(RESTORE_NODES, { rows })).records);
    for (const r of created) ids.set(r.get('key') as string, r.get('id') as string);
    nodes += created.length;
    onProgress?.(nodes);
  };
  const flushRelationships = async () => {
    if (relRows.length === 0) return;
    const rows = relRows;
    relRows = [];
    relationships += await graph.write(async (tx) =>
      Number((await tx.run(RESTORE_RELATIONSHIPS, { rows })).records[0]?.get('created') ?? 0),
    );
    onProgress?.(nodes + relationships);
  };

  const lines = readline.createInterface({
    input: fs.createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let item: Record<string, unknown>;
    try {
      item = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new UserError(
        `${file}:${lineNo} is not JSON; the backup is damaged (${nodes} nodes, ${relationships} relationships restored so far)`,
      );
    }
    if (lineNo === 1) {
      if (item.format !== BACKUP_FORMAT || item.version !== 1)
        throw new UserError(`${file} is not a kg backup (version 1)`);
      continue;
    }
    if (typeof item.node === 'string') {
      nodeRows.push({ key: item.node, labels: item.labels, props: item.props });
      if (nodeRows.length >= BATCH) await flushNodes();
    } else if (typeof item.rel === 'string') {
      await flushNodes(); // nodes come first; every endpoint exists before its relationships
      const from = ids.get(item.from as string);
      const to = ids.get(item.to as string);
      if (!from || !to)
        throw new UserError(`${file}:${lineNo}: a relationship names a node the backup does not hold`);
      relRows.push({ type: item.rel, from, to, props: item.props });
      if (relRows.length >= BATCH) await flushRelationships();
    }
  }
  await flushNodes();
  await flushRelationships();
  if (nodes !== expected.nodes || relationships !== expected.relationships) {
    throw new UserError(
      `${file} promised ${expected.nodes} nodes and ${expected.relationships} relationships, but ${nodes} and ${relationships} were restored`,
    );
  }
  return { nodes, relationships, bytes: fs.statSync(file).size };
}
