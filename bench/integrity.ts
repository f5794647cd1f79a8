// What `kg check` costs as the graph grows (decisions 0084, 0089): for each size (ascending), the
// generated corpus (bench/scale-corpus.ts, as bench:scale) is ingested up to that many articles by
// `kg ingest` as its own process, then every invariant's named query is run --rounds times with
// the API's 100 examples (wall time) and PROFILEd once with 5 (db hits, the plan's sum), and the
// whole check (the thirteen in order, as `checkIntegrity` runs them) is timed per round. With
// --compare <folder>, the integrity-*.cypher files of that folder (say, an older checkout's
// queries/cypher) are measured beside this tree's, alternating within each round, and their
// answers compared (identical, or which invariant differs). Prints figures; asserts nothing; with
// --json the last line of stdout is one JSON object { sizes, invariants: { name: { dbHits: [..],
// ms: [[..]] , … } }, wholeMs: [[..]] }.
//
//   npm run bench:integrity -- --sizes 2000,8000 [--rounds 3] [--compare ../old/queries/cypher] [--json]
//
// The database: its own local Neo4j (bench/bench-graph.ts: KG_BENCH_NEO4J_PORT, default 7697),
// wiped first, or an empty NEO4J_URI.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCypherFile } from '../ingest/base/cypher-files.ts';
import { DEFAULT_BATCH_SIZE } from '../ingest/run.ts';
import { CYPHER_DIR } from '../src/api/cypher.ts';
import { INTEGRITY_INVARIANTS, integrityParameters, MAX_EXAMPLES } from '../src/check/integrity.ts';
import { migrate, type Graph } from '../src/db/index.ts';
import { parseBenchArgs } from './bench-args.ts';
import { openBenchGraph } from './bench-graph.ts';
import { ingestInChild } from './ingest-child.ts';

const USAGE =
  'usage: npm run bench:integrity -- --sizes 2000,8000 [--rounds 3] [--compare <folder of integrity-*.cypher>] [--json]';

const { values: args, fail } = parseBenchArgs('bench:integrity', USAGE, {
  sizes: { type: 'string', default: '2000,8000' },
  rounds: { type: 'string', default: '3' },
  compare: { type: 'string' },
  json: { type: 'boolean', default: false },
});
const SIZES = args.sizes.split(',').map((s) => Number(s.trim()));
if (SIZES.length === 0 || SIZES.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes ${args.sizes}: expected whole numbers of articles separated by commas, e.g. 2000,8000`);
SIZES.sort((a, b) => a - b);
const ROUNDS = Number(args.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) fail(`--rounds ${args.rounds}: expected a whole number ≥ 1`);

/** The folders measured: this tree's queries, then --compare's. */
const FOLDERS = [CYPHER_DIR, ...(args.compare ? [path.resolve(args.compare)] : [])];
const label = (i: number) => (i === 0 ? 'this tree' : 'compared');
const statement = (folder: string, query: string) =>
  readCypherFile(pathToFileURL(path.join(folder, `${query}.cypher`))).statement;

const log = (line: string) => process.stderr.write(`bench:integrity: ${line}\n`);

function planHits(plan: { dbHits?: number; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((s, c) => s + planHits(c as never), 0);
}

async function read(graph: Graph, text: string, params: Record<string, unknown>) {
  // Plain numbers (not the driver's Integer objects) so two answers compare as JSON.
  return graph.read((tx) => tx.run(text, params), { timeout: 600_000 });
}

type Figures = { dbHits: number[][]; ms: number[][][]; same: boolean[] };

const { graph, stop } = await openBenchGraph();
const work = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-integrity-'));
const figures: Record<string, Figures> = Object.fromEntries(
  INTEGRITY_INVARIANTS.map((i) => [i.name, { dbHits: [], ms: [], same: [] }]),
);
const wholeMs: number[][][] = [];
try {
  await migrate(graph);
  const params = { ...integrityParameters(), limit: MAX_EXAMPLES };
  let written = 0;
  for (const size of SIZES) {
    log(`ingesting articles ${written}–${size - 1} with kg ingest (its own process)`);
    const ingest = await ingestInChild(graph, work, written, size, { batchSize: DEFAULT_BATCH_SIZE });
    if (ingest.written !== size - written)
      throw new Error(`kg ingest wrote ${ingest.written} of ${size - written} generated articles`);
    written = size;
    const whole: number[][] = FOLDERS.map(() => []);
    const per = INTEGRITY_INVARIANTS.map(() => FOLDERS.map((): number[] => []));
    const answers = INTEGRITY_INVARIANTS.map(() => FOLDERS.map(() => ''));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [f, folder] of FOLDERS.entries()) {
        const started = performance.now();
        for (const [i, invariant] of INTEGRITY_INVARIANTS.entries()) {
          const t = performance.now();
          const result = await read(graph, statement(folder, invariant.query), params);
          per[i]![f]!.push(Math.round(performance.now() - t));
          if (round === 0) answers[i]![f] = JSON.stringify(result.records.map((r) => r.toObject()));
        }
        whole[f]!.push(Math.round(performance.now() - started));
        log(
          `${size} articles, round ${round + 1}, ${label(f)}: the whole check ${whole[f]!.at(-1)} ms (load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
    wholeMs.push(whole);
    for (const [i, invariant] of INTEGRITY_INVARIANTS.entries()) {
      const hits: number[] = [];
      for (const folder of FOLDERS) {
        const result = await read(graph, `PROFILE ${statement(folder, invariant.query)}`, {
          ...params,
          limit: 5,
        });
        hits.push(planHits(result.summary.profile as never));
      }
      const entry = figures[invariant.name]!;
      entry.dbHits.push(hits);
      entry.ms.push(per[i]!);
      entry.same.push(answers[i]!.every((a) => a === answers[i]![0]));
    }
    // One table per size: db hits and median ms per folder.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const s = SIZES.indexOf(size);
    process.stdout.write(`\n${size} articles\n`);
    process.stdout.write(
      `${'invariant'.padEnd(34)}${FOLDERS.map((_, f) => `${`db hits (${label(f)})`.padStart(24)}${`median ms`.padStart(11)}`).join('')}${args.compare ? '  answers' : ''}\n`,
    );
    for (const invariant of INTEGRITY_INVARIANTS) {
      const e = figures[invariant.name]!;
      process.stdout.write(
        `${invariant.name.padEnd(34)}${FOLDERS.map((_, f) => `${e.dbHits[s]![f]!.toLocaleString('en').padStart(24)}${String(median(e.ms[s]![f]!)).padStart(11)}`).join('')}${args.compare ? `  ${e.same[s] ? 'identical' : 'DIFFERENT'}` : ''}\n`,
      );
    }
    process.stdout.write(
      `${'all thirteen / the whole check'.padEnd(34)}${FOLDERS.map(
        (_, f) =>
          `${INTEGRITY_INVARIANTS.reduce((t, i) => t + figures[i.name]!.dbHits[s]![f]!, 0)
            .toLocaleString('en')
            .padStart(24)}${String(median(whole[f]!)).padStart(11)}`,
      ).join('')}\n`,
    );
  }
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ sizes: SIZES, folders: FOLDERS, invariants: figures, wholeMs })}\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await stop();
}
