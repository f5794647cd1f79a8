/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON, checked for errors only */
// Growth benchmark: does answering cost what the page costs, or what the hub has? For each size
// (ascending), the generated corpus (bench/scale-corpus.ts) is ingested up to that many articles
// by `kg ingest` run as its own process (articles/s of the articles added to reach the size, from
// its --json summary, and its peak RSS, read by bench/peak-rss.ts as it exits), then every
// question of bench:api (bench/questions.ts) is sent to the GraphQL API — rate limit off — on one
// connection and on 8 (autocannon, --duration seconds each): p50, p99 and requests/s per size, and
// the ratio of the largest size's p99 to the smallest's (one connection; the aim is ≤ 1.5×). From
// the measured growth it also states, per question, the size at which p99 would pass 1 s.
// Measured steadily (decision 0069): at each size every question is first asked --warmup times,
// round-robin, before any is measured (so no question pays the caches an ingest left cold); the
// order of the measured window is rotated from size to size and window to window; and the smallest
// size is measured in --windows windows (one connection), whose p99 spread is printed beside the
// ratio, so the ratio comes with the noise of its denominator.
// Prints figures; asserts nothing. With --json the last line of stdout is one JSON object
// { sizes, questions: { name: { p99: [..], ratio, … } }, ingest: { articlesPerSecond: [..], peakRssMb: [..], … } }.
//
//   npm run bench:scale -- --sizes 10000,100000 [--json] [--duration 5] [--batch-size 100]
//                          [--warmup 5] [--windows 2]
//                          [--write-corpus file.jsonl]   (also writes the largest corpus, for kg ingest)
//
// The database: its own local Neo4j (bench/bench-graph.ts), wiped first, or an empty NEO4J_URI.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../src/db/index.ts';
import { startApiServer, type RunningApiServer } from '../src/api/server.ts';
import { DEFAULT_BATCH_SIZE } from '../ingest/run.ts';
import { openBenchGraph } from './bench-graph.ts';
import { parseBenchArgs } from './bench-args.ts';
import {
  benchQuestions,
  dashboardQuestions,
  leadersOnQuestion,
  networkQuestions,
  type BenchQuestion,
} from './questions.ts';
import { BUSY_PROVINCE, scaleSubjects } from './scale-corpus.ts';
import { loadFigures, sendLoad, type LoadFigures } from './load.ts';
import { ingestInChild, writeCorpus } from './ingest-child.ts';

const USAGE = `usage: npm run bench:scale -- --sizes 10000,100000 [--json] [--duration 5] [--batch-size ${DEFAULT_BATCH_SIZE}] [--warmup 5] [--windows 2] [--write-corpus file.jsonl]`;

const { values: args, fail } = parseBenchArgs('bench:scale', USAGE, {
  sizes: { type: 'string', default: '10000,100000' },
  json: { type: 'boolean', default: false },
  duration: { type: 'string', default: '5' },
  'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
  'write-corpus': { type: 'string' },
  warmup: { type: 'string', default: '5' },
  windows: { type: 'string', default: '2' },
});
const SIZES = args.sizes.split(',').map((s) => Number(s.trim()));
if (SIZES.length === 0 || SIZES.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes ${args.sizes}: expected whole numbers of articles separated by commas, e.g. 10000,100000`);
SIZES.sort((a, b) => a - b);
const DURATION = Number(args.duration);
if (!(DURATION > 0)) fail(`--duration ${args.duration}: expected seconds, more than 0`);
const BATCH = Number(args['batch-size']);
if (!Number.isInteger(BATCH) || BATCH < 1)
  fail(`--batch-size ${args['batch-size']}: expected a whole number ≥ 1`);

const WARMUP = Number(args.warmup);
if (!Number.isInteger(WARMUP) || WARMUP < 0)
  fail(`--warmup ${args.warmup}: expected a whole number of rounds ≥ 0 (each asks every question once)`);
const WINDOWS = Number(args.windows);
if (!Number.isInteger(WINDOWS) || WINDOWS < 1)
  fail(`--windows ${args.windows}: expected a whole number ≥ 1 of measured windows at the smallest size`);

const log = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);

async function measure(
  server: RunningApiServer,
  q: BenchQuestion,
  connections: number,
): Promise<LoadFigures> {
  const body = JSON.stringify({ query: q.query, variables: q.variables });
  return loadFigures([await sendLoad(server.url, body, connections, DURATION, `"${q.name}"`)]);
}

async function ask(server: RunningApiServer, q: BenchQuestion, attempts = 3): Promise<any> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  const answer = (await res.json()) as any;
  if (answer.errors || !answer.data) {
    // A first execution plans the query (seconds on a busy server): the warm-up asks again.
    if (attempts > 1 && answer.errors?.some((e: any) => e.extensions?.code === 'QUERY_TIMEOUT'))
      return ask(server, q, attempts - 1);
    throw new Error(`"${q.name}" failed: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

/** The questions in a turned order: the `turn`-th window measured starts a little further on. */
function rotated<T>(items: readonly T[], turn: number): T[] {
  // A step near a third of the list, so successive windows start far from each other's start.
  const step = Math.max(1, Math.round(items.length / 3) + 1);
  const start = (turn * step) % Math.max(items.length, 1);
  return [...items.slice(start), ...items.slice(0, start)];
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

const { graph, stop, dataDir } = await openBenchGraph();
let server: RunningApiServer | null = null;
const work = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-scale-'));
try {
  await migrate(graph);
  const ingestRates: number[] = [];
  const ingestPeakRss: number[] = [];
  const storeBytes: (number | null)[] = [];
  const perQuestion = new Map<string, { one: LoadFigures[]; eight: LoadFigures[] }>();
  // The smallest size's p99 (one connection) in each of its windows.
  const smallestWindows = new Map<string, number[]>();
  const shapes: string[] = [];
  let written = 0;
  let windowsMeasured = 0;
  for (const [sizeIndex, size] of SIZES.entries()) {
    log(`ingesting articles ${written}–${size - 1} with kg ingest (its own process)`);
    const ingest = await ingestInChild(graph, work, written, size, { batchSize: BATCH });
    if (ingest.written !== size - written)
      throw new Error(`kg ingest wrote ${ingest.written} of ${size - written} generated articles`);
    ingestRates.push(ingest.articlesPerSecond);
    ingestPeakRss.push(ingest.peakRssMb);
    log(
      `${size} articles: kg ingest ${ingest.articlesPerSecond.toFixed(1)} articles/s, peak RSS ${ingest.peakRssMb} MB`,
    );
    written = size;
    storeBytes.push(dataDir ? directorySize(dataDir) : null);

    // Every question of bench:api that needs no `kg analyse` run (communities and centrality do;
    // career and succession ask about the sample graph's stated appointments, which the generator
    // does not write): the shared mix, the network fields, leaders on a date and the dashboards.
    const subjects = await scaleSubjects(graph);
    const questions = [
      ...benchQuestions(subjects),
      ...networkQuestions({ directive: subjects.directive, person: subjects.chair, body: subjects.body }),
      leadersOnQuestion(subjects.body, '2022-01-01'),
      ...dashboardQuestions({
        province: BUSY_PROVINCE,
        directive: '05-CT/TW',
        role: 'Bí thư',
        from: subjects.from,
        to: subjects.to,
        year: 2024,
      }),
    ];
    // The server plans every named query at start (warm-up.ts): started once, on the first graph.
    // A 30 s query budget, as bench:peer's: on a loaded machine a hub question's first answers passed
    // the default 5 s and the whole run died in its warm-up (decisions 0044, 0069); a slow answer
    // still shows in p99.
    server ??= await startApiServer({
      graph,
      port: 0,
      production: true,
      queryTimeoutMs: 30_000,
      limits: { rateLimit: false },
    });
    await server.ready; // warm and past the first integrity check (decisions 0084, 0083)
    const hub = await ask(
      server,
      questions.find((q) => q.name === 'directive implementers')!,
    );
    const officials = await ask(
      server,
      questions.find((q) => q.name === 'body officials')!,
    );
    shapes.push(
      `${size}: 05-CT/TW implementers ${hub.document.implementedBy.totalCount}, ` +
        `Tỉnh ủy ${BUSY_PROVINCE} officials ${officials.organization.officials.totalCount}`,
    );
    // Every question warmed before any is measured: the first ones measured no longer pay for the
    // caches the ingest left cold (decision 0069).
    log(`${size} articles: warming up, ${WARMUP} round(s) of the ${questions.length} questions`);
    for (let round = 0; round < WARMUP; round++) for (const q of questions) await ask(server, q);
    const windows = sizeIndex === 0 ? WINDOWS : 1;
    for (let window = 0; window < windows; window++) {
      const order = rotated(questions, windowsMeasured++);
      log(`${size} articles: window ${window + 1} of ${windows}, starting with "${order[0]!.name}"`);
      for (const q of order) {
        const one = await measure(server, q, 1);
        if (sizeIndex === 0) smallestWindows.set(q.name, [...(smallestWindows.get(q.name) ?? []), one.p99]);
        // The first window is the size's figure; later windows (smallest size) measure its noise.
        if (window > 0) {
          log(`${size} articles, ${q.name}: p99 ${one.p99} ms (1), window ${window + 1}`);
          continue;
        }
        const eight = await measure(server, q, 8);
        const entry = perQuestion.get(q.name) ?? { one: [], eight: [] };
        entry.one.push(one);
        entry.eight.push(eight);
        perQuestion.set(q.name, entry);
        log(`${size} articles, ${q.name}: p99 ${one.p99} ms (1), ${eight.p99} ms (8)`);
      }
    }
  }

  const f = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const last = SIZES.length - 1;
  const lines: string[] = [
    `sizes (articles): ${SIZES.join(', ')}; ${DURATION} s per question, per size and per connection count`,
    `ingest (articles/s reaching each size, extraction included): ${ingestRates.map(f).join(', ')}` +
      (SIZES.length > 1 ? `; largest / smallest ${(ingestRates[last]! / ingestRates[0]!).toFixed(2)}×` : ''),
    `peak RSS of kg ingest (its own process, per size): ${ingestPeakRss.map((mb) => `${mb} MB`).join(', ')}`,
    `peak RSS of this process (generator, API, load client): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    `store on disk: ${storeBytes.map((b) => (b === null ? 'n/a' : `${(b / 1e6).toFixed(0)} MB`)).join(', ')}`,
    `hubs: ${shapes.join('; ')}`,
    '',
    'question | connections | p50 ms | p99 ms | req/s (per size) | p99 largest / smallest | size at which p99 reaches 1 s',
  ];
  const noiseLines: string[] = [
    '',
    `p99 at ${SIZES[0]} articles in each of ${WINDOWS} window(s), one connection (the first is the figure above): ` +
      'spread = largest / smallest window; the ratio over each window',
  ];
  const json: {
    sizes: number[];
    questions: Record<string, Record<string, unknown>>;
    ingest: Record<string, unknown>;
  } = {
    sizes: SIZES,
    questions: {},
    ingest: {
      articlesPerSecond: ingestRates.map((r) => Math.round(r * 10) / 10),
      peakRssMb: ingestPeakRss,
      benchPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      storeBytes,
    },
  };
  for (const [name, { one, eight }] of perQuestion) {
    const ratio = one[last]!.p99 / Math.max(one[0]!.p99, 1);
    // p99 = a · size^k through the smallest and largest sizes; where k ≤ 0 it does not grow.
    const k =
      SIZES.length > 1
        ? Math.log(Math.max(one[last]!.p99, 1) / Math.max(one[0]!.p99, 1)) /
          Math.log(SIZES[last]! / SIZES[0]!)
        : 0;
    // Growth this slow (or noise) puts the size past any corpus: said as "beyond 10^9 articles".
    const projected = k > 0 ? SIZES[last]! * Math.pow(1000 / Math.max(one[last]!.p99, 1), 1 / k) : null;
    const atOneSecond = projected === null ? null : Math.round(Math.min(projected, 1e9));
    for (const [label, figures] of [
      ['1', one],
      ['8', eight],
    ] as const) {
      lines.push(
        `${name} | ${label} | ${figures.map((x) => f(x.p50)).join(', ')} | ${figures.map((x) => f(x.p99)).join(', ')} | ` +
          `${figures.map((x) => f(x.rps)).join(', ')} | ` +
          (label === '1'
            ? `${ratio.toFixed(2)}× | ${atOneSecond === null ? 'not growing' : atOneSecond >= 1e9 ? 'beyond 10^9 articles' : `~${atOneSecond.toLocaleString('en')} articles`}`
            : `${(eight[last]!.p99 / Math.max(eight[0]!.p99, 1)).toFixed(2)}× |`),
      );
    }
    const windows = smallestWindows.get(name) ?? [one[0]!.p99];
    const spread = Math.max(...windows) / Math.max(Math.min(...windows), 1);
    const ratios = windows.map((w) => Math.round((one[last]!.p99 / Math.max(w, 1)) * 100) / 100);
    // A window in which no request completed has no p99 (null in --json): no ratio is stated.
    const ratioText = ratios.every(Number.isFinite)
      ? `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`
      : 'n/a (a window without a completed request)';
    noiseLines.push(
      `${name}: ${windows.map(f).join(', ')} ms; spread ${spread.toFixed(2)}×; ratio ${ratioText}`,
    );
    json.questions[name] = {
      p99: one.map((x) => x.p99),
      ratio: Math.round(ratio * 100) / 100,
      // Extra keys (decision 0069): the smallest size's windows, their spread, the ratio over each.
      p99SmallestWindows: windows,
      smallestSpread: Math.round(spread * 100) / 100,
      ratioOverWindows: ratios,
      p50: one.map((x) => x.p50),
      requestsPerSecond: one.map((x) => Math.round(x.rps * 10) / 10),
      p99At8: eight.map((x) => x.p99),
      requestsPerSecondAt8: eight.map((x) => Math.round(x.rps * 10) / 10),
      sizeAtOneSecond: atOneSecond,
    };
  }
  if (WINDOWS > 1) lines.push(...noiseLines);
  process.stdout.write(lines.join('\n') + '\n');
  if (args['write-corpus']) {
    await writeCorpus(args['write-corpus'], 0, SIZES[last]!);
    log(`wrote the ${SIZES[last]}-article corpus to ${args['write-corpus']}`);
  }
  if (args.json) process.stdout.write(JSON.stringify(json) + '\n');
} finally {
  await server?.close();
  await stop();
  rmSync(work, { recursive: true, force: true });
}
