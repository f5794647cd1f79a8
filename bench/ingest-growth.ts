// Does writing an article cost more as the graph grows, and what does `kg ingest` hold in memory?
// The generated corpus (bench/scale-corpus.ts) is ingested by `kg ingest` as its own process
// (bench/ingest-child.ts) up to each size; the last --window articles before each size are one
// measured window: articles/s, peak RSS, and every write statement's mean time per batch (the
// loader logs each statement with its time at debug level, decision 0046). It prints the rate and
// each statement's time per batch at each size, and the ratio largest / smallest: a statement whose
// ratio grows is a write that reads what the graph holds, not what the batch brings.
// With --compare-heap each window is ingested in four chunks alternating the heap bound `kg ingest`
// sets for itself (decision 0055) off and on, at the same graph size: its cost in rate, its gain in
// peak RSS. Prints figures; asserts nothing. With --json the last line of stdout is one JSON object.
//
//   npm run bench:ingest-growth -- --sizes 5000,40000 [--window 1000] [--batch-size 100]
//                                  [--compare-heap] [--resume] [--json]
//
// The database: its own local Neo4j (bench/bench-graph.ts), wiped first unless --resume (which goes
// on from the articles a previous run wrote), or an empty NEO4J_URI.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, graphCounts } from '../src/db/index.ts';
import { DEFAULT_BATCH_SIZE } from '../ingest/run.ts';
import { openBenchGraph } from './bench-graph.ts';
import { parseBenchArgs } from './bench-args.ts';
import { ingestInChild, type ChildIngest } from './ingest-child.ts';

const USAGE = `usage: npm run bench:ingest-growth -- --sizes 5000,40000 [--window 1000] [--batch-size ${DEFAULT_BATCH_SIZE}] [--compare-heap] [--resume] [--json]`;

const { values: args, fail } = parseBenchArgs('bench:ingest-growth', USAGE, {
  sizes: { type: 'string', default: '5000,40000' },
  window: { type: 'string', default: '1000' },
  'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
  'compare-heap': { type: 'boolean', default: false },
  resume: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
});
const SIZES = args.sizes.split(',').map((s) => Number(s.trim()));
if (SIZES.length === 0 || SIZES.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes ${args.sizes}: expected whole numbers of articles separated by commas, e.g. 5000,40000`);
SIZES.sort((a, b) => a - b);
const WINDOW = Number(args.window);
if (!Number.isInteger(WINDOW) || WINDOW < 4 || WINDOW > SIZES[0]!)
  fail(`--window ${args.window}: expected a whole number of articles from 4 to the smallest size`);
const BATCH = Number(args['batch-size']);
if (!Number.isInteger(BATCH) || BATCH < 1)
  fail(`--batch-size ${args['batch-size']}: expected a whole number ≥ 1`);

const log = (line: string) => process.stderr.write(`bench:ingest-growth: ${line}\n`);

// The bound off: a heap size of the user's own (V8's default limit on this machine) leaves it alone.
const HEAP_OFF = ['--max-old-space-size=4096'];

/** Statement times per batch from `kg ingest`'s debug log; a batch starts with article-states. */
class StatementTimes {
  batches = 0;
  readonly ms = new Map<string, number>();
  line = (text: string): void => {
    // Progress lines go on to the bench's stderr; the log's JSON lines are read.
    if (!text.startsWith('{')) return void process.stderr.write(`${text}\n`);
    let entry: { msg?: string; statement?: string; ms?: number };
    try {
      entry = JSON.parse(text) as typeof entry;
    } catch {
      return;
    }
    if (entry.msg !== 'statement' || !entry.statement || typeof entry.ms !== 'number') return;
    if (entry.statement === 'article-states') this.batches++;
    this.ms.set(entry.statement, (this.ms.get(entry.statement) ?? 0) + entry.ms);
  };
  perBatch(): Record<string, number> {
    return Object.fromEntries([...this.ms].map(([name, ms]) => [name, ms / Math.max(this.batches, 1)]));
  }
}

type Window = {
  size: number;
  articlesPerSecond: number;
  peakRssMb: number;
  msPerBatch: Record<string, number>;
  heap?: { off: ChildIngest[]; on: ChildIngest[] };
  loadAverage: number;
};

const { graph, stop } = await openBenchGraph({
  port: process.env.KG_BENCH_NEO4J_PORT,
  keepData: args.resume,
});
const work = mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-growth-'));
const windows: Window[] = [];
try {
  await migrate(graph);
  let written = args.resume ? ((await graphCounts(graph)).nodes.Article ?? 0) : 0;
  if (written > 0) log(`resuming on a graph of ${written} articles`);
  for (const size of SIZES) {
    if (written >= size) throw new Error(`the graph holds ${written} articles, not fewer than ${size}`);
    const start = Math.max(written, size - WINDOW);
    if (start > written) {
      log(`articles ${written}–${start - 1}, not measured`);
      await ingestInChild(graph, work, written, start, { batchSize: BATCH, onStderrLine: () => {} });
    }
    const times = new StatementTimes();
    const verbose = { batchSize: BATCH, env: { KG_LOG_LEVEL: 'debug' }, onStderrLine: times.line };
    let window: Window;
    if (args['compare-heap']) {
      const chunk = Math.floor((size - start) / 4);
      const runs: { off: ChildIngest[]; on: ChildIngest[] } = { off: [], on: [] };
      for (let i = 0; i < 4; i++) {
        const from = start + i * chunk;
        const to = i === 3 ? size : from + chunk;
        const bound = i % 2 === 1;
        log(`articles ${from}–${to - 1}, heap bound ${bound ? 'on' : 'off'}`);
        const run = await ingestInChild(graph, work, from, to, {
          ...verbose,
          nodeArgs: bound ? [] : HEAP_OFF,
        });
        (bound ? runs.on : runs.off).push(run);
      }
      const all = [...runs.off, ...runs.on];
      const secs = all.reduce((n, r) => n + r.seconds, 0);
      window = {
        size,
        articlesPerSecond: all.reduce((n, r) => n + r.written, 0) / secs,
        peakRssMb: Math.max(...runs.on.map((r) => r.peakRssMb)),
        msPerBatch: times.perBatch(),
        heap: runs,
        loadAverage: os.loadavg()[0]!,
      };
    } else {
      log(`articles ${start}–${size - 1}, measured`);
      const run = await ingestInChild(graph, work, start, size, verbose);
      window = {
        size,
        articlesPerSecond: run.articlesPerSecond,
        peakRssMb: run.peakRssMb,
        msPerBatch: times.perBatch(),
        loadAverage: os.loadavg()[0]!,
      };
    }
    windows.push(window);
    written = size;
    // Each window as it ends: a long run stopped early keeps what it measured.
    const slowest = Object.entries(window.msPerBatch).sort((a, b) => b[1] - a[1]);
    log(`${size}: ms per batch ${slowest.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
    if (window.heap)
      log(
        `${size}: heap bound off ${window.heap.off.map((r) => `${r.articlesPerSecond.toFixed(1)}/s ${r.peakRssMb} MB`).join(', ')}; on ${window.heap.on.map((r) => `${r.articlesPerSecond.toFixed(1)}/s ${r.peakRssMb} MB`).join(', ')}`,
      );
    log(
      `${size}: ${window.articlesPerSecond.toFixed(1)} articles/s, peak RSS ${window.peakRssMb} MB, load average ${window.loadAverage.toFixed(1)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await stop();
}

const first = windows[0]!;
const last = windows.at(-1)!;
const f = (n: number) => n.toFixed(1);
const names = Object.keys(last.msPerBatch).sort(
  (a, b) => (last.msPerBatch[b] ?? 0) - (last.msPerBatch[a] ?? 0),
);
const lines = [
  `kg ingest of the generated corpus, the ${WINDOW} articles before each size (batches of ${BATCH})`,
  `articles/s: ${windows.map((w) => f(w.articlesPerSecond)).join(', ')}; largest / smallest ${(last.articlesPerSecond / first.articlesPerSecond).toFixed(2)}×`,
  `peak RSS${args['compare-heap'] ? ' (heap bound on)' : ''}: ${windows.map((w) => `${w.peakRssMb} MB`).join(', ')}`,
  `load average (1 min) at each size: ${windows.map((w) => f(w.loadAverage)).join(', ')}`,
  `ms per batch, by statement (sizes ${SIZES.join(', ')}; ratio largest / smallest):`,
  ...names.map(
    (name) =>
      `  ${name.padEnd(34)} ${windows.map((w) => f(w.msPerBatch[name] ?? 0).padStart(8)).join(' ')}   ${((last.msPerBatch[name] ?? 0) / (first.msPerBatch[name] || 1)).toFixed(2)}×`,
  ),
  ...(args['compare-heap']
    ? windows.map((w) => {
        const rate = (runs: ChildIngest[]) =>
          runs.reduce((n, r) => n + r.written, 0) / runs.reduce((n, r) => n + r.seconds, 0);
        const rss = (runs: ChildIngest[]) => runs.map((r) => `${r.peakRssMb}`).join('/');
        return `heap bound at ${w.size}: off ${f(rate(w.heap!.off))} articles/s, peak RSS ${rss(w.heap!.off)} MB; on ${f(rate(w.heap!.on))} articles/s, peak RSS ${rss(w.heap!.on)} MB`;
      })
    : []),
];
process.stdout.write(lines.join('\n') + '\n');
if (args.json) process.stdout.write(JSON.stringify({ sizes: SIZES, window: WINDOW, windows }) + '\n');
