// Safety of ingest against the real Neo4j: `kg ingest` killed with SIGKILL after its first batch
// committed, then run again, ends in the same graph as one uninterrupted run; two ingests of the
// same input at the same time create no duplicates.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { projectRoot } from '../../src/config.ts';
import { runIngest } from '../../ingest/run.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { clearGraph, countArticles, openTestGraph, testNeo4jEnv } from '../support/graph.ts';
import { generatedArticles as articles } from '../support/generated-articles.ts';

let graph: Graph;
let dir: string;
let input: string;
let cleanRun: string[];
const COUNT = 24;
const BATCH = 2;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  dir = mkdtempSync(path.join(tmpdir(), 'kg-ingest-crash-'));
  input = path.join(dir, 'articles.jsonl');
  writeFileSync(
    input,
    articles(COUNT)
      .map((a) => JSON.stringify(a))
      .join('\n') + '\n',
  );
  await runIngest(graph, [input], { batchSize: BATCH });
  cleanRun = await dumpGraph(graph);
});
afterAll(async () => {
  await graph?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const articleCount = (): Promise<number> => countArticles(graph);

describe('kill -9 mid-ingest, then rerun', () => {
  it('ends in the same graph as an uninterrupted run', async () => {
    await clearGraph(graph);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--batch-size', String(BATCH), input],
      {
        cwd: projectRoot,
        env: { ...process.env, ...testNeo4jEnv(), KG_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let atKill = 0;
    for (const started = Date.now(); Date.now() - started < 120_000;) {
      atKill = await articleCount();
      if (atKill >= BATCH) break;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(
      atKill,
      `the child should have been killed after its first batch and before its last; stderr: ${stderr}`,
    ).toBeGreaterThanOrEqual(BATCH);
    expect(atKill).toBeLessThan(COUNT);
    // Whole batches only: every article in the graph is complete (its ingestHash is written with its claims).
    const partial = await graph.read(async (tx) =>
      Number(
        (await tx.run('MATCH (a:Article) WHERE a.ingestHash IS NULL RETURN count(a) AS n')).records[0]!.get(
          'n',
        ),
      ),
    );
    expect(partial).toBe(0);

    const rerun = await runIngest(graph, [input], { batchSize: BATCH });
    expect(rerun.unchanged).toBeGreaterThanOrEqual(BATCH);
    expect(rerun.written + rerun.unchanged).toBe(COUNT);
    expect(await dumpGraph(graph)).toEqual(cleanRun);
  }, 300_000);
});

describe('concurrent ingests of the same input', () => {
  it('create no duplicates: the graph equals one clean run', async () => {
    await clearGraph(graph);
    const other = await openTestGraph();
    try {
      const [a, b] = await Promise.all([
        runIngest(graph, [input], { batchSize: BATCH }),
        runIngest(other, [input], { batchSize: BATCH }),
      ]);
      expect(a.read).toBe(COUNT);
      expect(b.read).toBe(COUNT);
    } finally {
      await other.close();
    }
    expect(await dumpGraph(graph)).toEqual(cleanRun);
  }, 300_000);
});
