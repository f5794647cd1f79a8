// Chaos for ingest: `kg ingest` over a generated corpus is killed with SIGKILL at random points
// (after a random number of committed articles plus a random delay, so often mid-batch), for batch
// sizes 1, 10 and 100; each time it is run again, and the graph must equal a clean run's, line for
// line: 0 lost, 0 duplicated. Quick size (npm test): one kill per batch size, over 40 articles for
// batch size 1 and 120 for 10 and 100; full size: 20 kills per batch size, 120 articles each
// (`npm run test:reliability -- --full`). KG_CHAOS_SEED replays one run's kill points.
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
import { generatedArticles } from '../support/generated-articles.ts';
import { fullSize, recordFigures } from '../support/reliability-figures.ts';

// Articles per batch size. One a transaction, 120 articles were 75 of the file's 114 s at load 13
// (decision 0074): the quick size kills batch size 1 in a corpus of 40, which still spans 39 commits
// to land in. 10 and 100 keep 120 (100 needs more than one batch for a kill to land mid-run).
const ARTICLES: Record<number, number> = fullSize
  ? { 1: 120, 10: 120, 100: 120 }
  : { 1: 40, 10: 120, 100: 120 };
// The quick size kills once per batch size (the suite's time budget, decision 0049's amendment);
// KG_RELIABILITY_SIZE=full (npm run test:reliability) runs 20 each.
const KILLS: Record<number, number> = fullSize ? { 1: 20, 10: 20, 100: 20 } : { 1: 1, 10: 1, 100: 1 };
const SEED = Number(process.env.KG_CHAOS_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failing run's kill points can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let graph: Graph;
let dir: string;
/** The generated corpus of each size in ARTICLES, by batch size (the smaller ones are the first articles of the larger). */
const inputs: Record<number, string> = {};
const next = random(SEED);

beforeAll(async () => {
  graph = await openTestGraph();
  dir = mkdtempSync(path.join(tmpdir(), 'kg-chaos-'));
  const corpus = generatedArticles(Math.max(...Object.values(ARTICLES)), 'chaos');
  for (const [batch, count] of Object.entries(ARTICLES)) {
    inputs[Number(batch)] = path.join(dir, `articles-${count}.jsonl`);
    writeFileSync(
      inputs[Number(batch)]!,
      corpus
        .slice(0, count)
        .map((a) => JSON.stringify(a))
        .join('\n') + '\n',
    );
  }
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const articleCount = (): Promise<number> => countArticles(graph);

/** Starts `kg ingest`, kills it with SIGKILL once `atArticles` are in and `extraMs` more passed. */
async function killMidIngest(
  input: string,
  batch: number,
  atArticles: number,
  extraMs: number,
): Promise<{ killed: boolean; atKill: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--batch-size', String(batch), input],
    {
      cwd: projectRoot,
      env: { ...process.env, ...testNeo4jEnv(), KG_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const started = Date.now(); Date.now() - started < 120_000 && child.exitCode === null;) {
    if ((await articleCount()) >= atArticles) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, extraMs));
  const killed = child.exitCode === null && child.signalCode === null;
  child.kill('SIGKILL');
  await exited;
  return { killed, atKill: await articleCount() };
}

describe('kg ingest killed at random points, then rerun', () => {
  const figures: Record<string, unknown> = { seed: SEED, articles: ARTICLES };
  afterAll(() => recordFigures('chaos-ingest', figures));

  it.each(Object.keys(KILLS).map(Number))(
    'batch size %i: every rerun ends in the clean run’s graph',
    async (batch) => {
      const COUNT = ARTICLES[batch]!;
      const input = inputs[batch]!;
      await clearGraph(graph);
      await runIngest(graph, [input], { batchSize: batch });
      const clean = await dumpGraph(graph);
      expect(clean.length).toBeGreaterThan(COUNT);
      let survived = 0;
      let finishedFirst = 0;
      let lost = 0;
      let duplicated = 0;
      const points: number[] = [];
      // A kill can come too late: with 100 a batch, the last 20 of 120 articles are written within
      // the random delay after the first batch, and the run ends before the kill (stop 16's CI). Such
      // a try still checks the rerun, and the next try of the same kill comes sooner (half the
      // articles, half the delay), up to TRIES, so each planned kill lands.
      const TRIES = 4;
      for (let i = 0, tries = 0; i < KILLS[batch]! && tries < KILLS[batch]! * TRIES; tries++) {
        await clearGraph(graph);
        // After at least one committed article (the start-up of node is not the point), often mid-batch.
        const late = tries - i;
        const at = Math.max(1, Math.floor((next() * (COUNT - batch)) / 2 ** late));
        const { killed, atKill } = await killMidIngest(
          input,
          batch,
          at,
          Math.floor((next() * 300) / 2 ** late),
        );
        points.push(atKill);
        if (killed) {
          survived++;
          i++;
        } else finishedFirst++;
        await runIngest(graph, [input], { batchSize: batch });
        const after = await dumpGraph(graph);
        const cleanSet = new Set(clean);
        lost += clean.filter((line) => !after.includes(line)).length;
        duplicated += after.length - new Set(after).size + after.filter((line) => !cleanSet.has(line)).length;
        expect(after, `seed ${SEED}, batch ${batch}, killed at ${atKill} articles`).toEqual(clean);
      }
      figures[`batch ${batch}`] = {
        kills: survived,
        finishedBeforeKill: finishedFirst,
        articlesAtKill: points,
        lost,
        duplicated,
      };
      expect(survived, `kills that landed of ${KILLS[batch]} planned`).toBe(KILLS[batch]);
    },
    900_000,
  );
});
