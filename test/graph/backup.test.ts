// The JSON Lines backup, which works against any server (here the run's Neo4j, reached as an
// external one through NEO4J_URI, as a remote server would be): it is the graph snapshot of
// kg export --format jsonl (src/export/backup.ts). backup → reset → restore gives the identical
// graph dump, types included (integers, a curation's list); restore refuses a graph that holds data
// without --yes, and a cut-short file before writing or emptying anything; the snapshot carries the
// whole graph, kg fetch's feeds and items and kg analyse's results included (backup → kg db reset →
// restore of such a graph: identical dump, datetimes as datetimes); a graph holding nodes of a label
// the snapshot does not know is refused unless --partial says to leave them out; a snapshot from
// before migration 110 is restored with the claim summaries' index keys (decision 0037).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { emptyGraph, type Graph } from '../../src/db/index.ts';
import {
  backupToSnapshot as backupGraph,
  restoreFromSnapshot as restoreGraph,
} from '../../src/export/backup.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { runIngest } from '../../ingest/run.ts';
import { judgeEntities } from '../../ingest/curate/curation.ts';
import { recordItems, recordSourceState } from '../../ingest/fetch/source-store.ts';
import type { SnapshotEnd } from '../../ingest/load/snapshot.ts';
import { clearGraph, openTestGraph, testNeo4jEnv } from '../support/graph.ts';
import { SAMPLES_DIR } from './api-harness.ts';
import { recordFigures } from '../support/reliability-figures.ts';

let graph: Graph;
let dir: string;
let original: string[];

const kg = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...testNeo4jEnv(), KG_LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await runIngest(graph, [SAMPLES_DIR]);
  // A curation: datetimes and a list on a node of its own.
  await judgeEntities(graph, 'unsure', 'person:vu-dai-thang', 'person:vu-dai-thang:quang-ninh', {
    by: 'backup-test',
    reason: 'two provinces',
  });
  original = await dumpGraph(graph);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-backup-'));
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('JSON Lines backup (any server)', () => {
  it('round-trips backup → reset → restore to the identical graph', async () => {
    const file = path.join(dir, 'graph.jsonl');
    const started = Date.now();
    const backup = await backupGraph(graph, file);
    const backupSeconds = (Date.now() - started) / 1000;
    expect(backup.nodes).toBeGreaterThan(10);
    expect(backup.relationships).toBeGreaterThan(10);
    expect(fs.readdirSync(dir)).toEqual(['graph.jsonl']); // no partial file left beside it

    await emptyGraph(graph);
    expect(await dumpGraph(graph)).toEqual([]);
    const restoreStarted = Date.now();
    const restored = await restoreGraph(graph, file);
    expect(restored).toMatchObject({ nodes: backup.nodes, relationships: backup.relationships });
    expect(await dumpGraph(graph)).toEqual(original);
    recordFigures('backup-jsonl', {
      nodes: backup.nodes,
      relationships: backup.relationships,
      bytes: backup.bytes,
      backupSeconds,
      restoreSeconds: (Date.now() - restoreStarted) / 1000,
      identical: true,
    });
  });

  it('gives the summaries of a snapshot from before migration 110 their index keys', async () => {
    // A body's officials are read through the keys (decision 0037): a restore without them would
    // list no officials. The backup is edited to what an older version wrote.
    const file = path.join(dir, 'before-110.jsonl');
    await backupGraph(graph, file);
    let stripped = 0;
    const lines = fs
      .readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((text) => {
        const line = JSON.parse(text) as { kind: string; type?: string; props?: Record<string, unknown> };
        if (line.kind !== 'relationship' || !line.type?.endsWith('_SUMMARY')) return text;
        delete line.props!.toId;
        delete line.props!.recency;
        stripped++;
        return JSON.stringify(line);
      });
    fs.writeFileSync(file, lines.join('\n') + '\n');
    expect(stripped).toBeGreaterThan(10);
    await emptyGraph(graph);
    await restoreGraph(graph, file);
    expect(await dumpGraph(graph)).toEqual(original);
  });

  it('kg db backup / restore: refuses to overwrite data without --yes, then restores it', async () => {
    const file = path.join(dir, 'cli.jsonl');
    const backup = kg(['db', 'backup', file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/backed up .* nodes, \d+ relationships \(JSON Lines/);

    const refused = kg(['db', 'restore', file]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/holds data .* --yes' replaces it/);
    expect(await dumpGraph(graph)).toEqual(original);

    await graph.write((tx) =>
      tx.run("CREATE (:Person:Entity {id: 'person:backup-test-extra', name: 'Extra'})"),
    );
    const replaced = kg(['db', 'restore', file, '--yes']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(await dumpGraph(graph)).toEqual(original);
  });

  it('refuses a cut-short backup before writing anything', async () => {
    const file = path.join(dir, 'graph.jsonl');
    const cut = path.join(dir, 'cut.jsonl');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    await emptyGraph(graph);
    await expect(restoreGraph(graph, cut)).rejects.toThrow(/it is cut short .*nothing was loaded/);
    expect(await dumpGraph(graph)).toEqual([]);
    await restoreGraph(graph, file);
    expect(await dumpGraph(graph)).toEqual(original);

    // Through the command, with --yes: refused before the graph it would replace is emptied.
    const refused = kg(['db', 'restore', cut, '--yes']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/cut short .*the graph is untouched/);
    expect(await dumpGraph(graph)).toEqual(original);

    // A backup of the format kg wrote before the snapshot took over: named, not misread as a dump.
    const old = path.join(dir, 'old.jsonl');
    fs.writeFileSync(old, '{"format":"kg-backup","version":1}\n{"end":true,"nodes":0,"relationships":0}\n');
    const oldRefused = kg(['db', 'restore', old, '--yes']);
    expect(oldRefused.status).not.toBe(0);
    expect(oldRefused.stderr).toMatch(
      /format kg used before decision 0027; restore it with the kg that wrote it/,
    );
    expect(await dumpGraph(graph)).toEqual(original);
  });

  it('carries kg fetch’s feeds and kg analyse’s results: backup → reset → restore, identical dump', async () => {
    // The bookkeeping as the commands write it: two sources (kg sources add), a fetch's state and items
    // (kg fetch's own recorders: datetimes, integers, nulls), a network analysis (kg analyse).
    const feed = 'https://feeds.kg.invalid/rss/thoi-su.rss';
    const added = kg(['sources', 'add', feed, 'https://feeds.kg.invalid/sitemap-index.xml']);
    expect(added.status, added.stderr).toBe(0);
    await recordSourceState(graph, feed, {
      kind: 'rss',
      etag: '"v1"',
      lastStatus: 'ok',
      consecutiveErrors: 0,
      errorCount: 2,
      itemsListed: 2,
    });
    await recordItems(graph, [
      { url: 'https://news.kg.invalid/bai-1', status: 'ingested', textHash: 'h1', failures: 0 },
      { url: 'https://news.kg.invalid/bai-2', status: 'failed', reason: 'HTTP 503', failures: 3 },
    ]);
    const analysed = kg(['analyse']);
    expect(analysed.status, analysed.stderr).toBe(0);
    const labels = await labelCounts();
    expect(labels).toMatchObject({ Source: 2, FeedItem: 2, Analysis: 1 });
    expect(labels.Community).toBeGreaterThan(0);
    const whole = await dumpGraph(graph);
    // The datetimes kg fetch writes are datetimes in the dump (not strings), so the comparison below
    // sees a type lost on the way.
    const source = whole.find((line) => line.includes(feed) && line.includes('"Source"'))!;
    expect(JSON.parse(source).addedAt).toHaveProperty('timeZoneOffsetSeconds');

    const file = path.join(dir, 'whole.jsonl');
    const backup = kg(['db', 'backup', file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).not.toMatch(/left out/);
    const end = JSON.parse(fs.readFileSync(file, 'utf8').trimEnd().split('\n').at(-1)!) as SnapshotEnd;
    const nodes = Object.values(labels).reduce((a, b) => a + b, 0);
    expect(end).toMatchObject({ kind: 'end', nodes });

    const reset = kg(['db', 'reset', '--yes', '--external']);
    expect(reset.status, reset.stderr).toBe(0);
    expect(await dumpGraph(graph)).toEqual([]);
    const restored = kg(['db', 'restore', file]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(`restored ${nodes} nodes and ${end.relationships} relationships`),
    );
    expect(await dumpGraph(graph)).toEqual(whole);
  }, 240_000); // five kg commands: 10–20 s each to start at load 25

  it('refuses to leave out nodes of a label the snapshot does not know unless --partial', async () => {
    const file = path.join(dir, 'partial.jsonl');
    const before = await dumpGraph(graph);
    await graph.write((tx) => tx.run("CREATE (:Scratchpad {id: 'scratch:1', note: 'written by hand'})"));
    try {
      const refused = kg(['db', 'backup', file]);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/does not know \(1 Scratchpad\); nothing was written.*--partial/);
      expect(fs.existsSync(file)).toBe(false);

      const partial = kg(['db', 'backup', file, '--partial']);
      expect(partial.status, partial.stderr).toBe(0);
      expect(partial.stdout).toMatch(/; left out: 1 Scratchpad\n$/);
      await emptyGraph(graph);
      const restored = kg(['db', 'restore', file]);
      expect(restored.status, restored.stderr).toBe(0);
      expect(await dumpGraph(graph)).toEqual(before); // everything but the hand-written node
    } finally {
      await graph.write((tx) => tx.run('MATCH (s:Scratchpad) DETACH DELETE s'));
    }
  }, 180_000);
});

/** Nodes by label (Entity, the entities' shared label, and the schema records aside). */
async function labelCounts(): Promise<Record<string, number>> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      // Tallies and person name contexts are derived (decisions 0033, 0038, 0043, 0046): no snapshot
      // carries them, restore builds them again.
      `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:EventTally AND NOT n:ImplementerTally AND NOT n:HolderTally
         AND NOT n:HolderCell AND NOT n:ArticleDay AND NOT n:PersonNameContext UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS n`,
    );
    return Object.fromEntries(result.records.map((r) => [r.get('label') as string, Number(r.get('n'))]));
  });
}
