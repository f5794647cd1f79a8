// Explorer speed on the bundled sample graph, in Debian's Chromium (playwright-core): time to
// interactive of the search page and of a person page (navigation start to the page's data drawn,
// main.ts's 'explorer-ready' mark, each in a fresh browser context: a first visit), printed beside
// the API's own time for the same GraphQL request sent from Node, so the ratio shows what the page
// adds (goal: page ≤ 1.5 × API + 300 ms), with where the page's time goes (document, scripts, the
// GraphQL request); the time to draw a 2,000-node network (goal ≤ 1 s) and for its force layout to
// stop; and the gzipped JavaScript of the first page (goal ≤ 400 KB). Each time is the median of 5
// runs; the load average is printed with them (the machine is shared). Prints figures; asserts nothing.
//
//   npm run bench:explorer
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import { migrate } from '../src/db/index.ts';
import { openBenchGraph } from './bench-graph.ts';
import { runIngest } from '../ingest/run.ts';
import { startApiServer } from '../src/api/server.ts';
import { buildExplorer, firstPageScriptBytes } from '../src/api/explorer.ts';
import { toGlobalId } from '../src/api/global-id.ts';
import { launchChromium } from '../test/browser/browser.ts';
import { PERSON, SEARCH } from '../web/src/queries.ts';
import { parseBenchArgs } from './bench-args.ts';

// No options: --help prints this, anything else is refused before Neo4j or Chromium start.
parseBenchArgs(
  'bench:explorer',
  'usage: npm run bench:explorer (no options: the sample graph, each figure the median of 5 runs)',
  {},
);

const RUNS = 5;
const SEARCH_TEXT = 'pham minh chinh';
const PERSON_ID = toGlobalId('Person', 'person:le-quoc-phong');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

process.stdout.write(
  'bench:explorer: building the explorer, starting Neo4j and the API on the sample graph…\n',
);
await buildExplorer();
// Its own Neo4j (bench-graph.ts), not the one `kg up` serves: the sample graph is written afresh.
const { graph, stop } = await openBenchGraph();
await migrate(graph);
await runIngest(graph, [path.join(projectRoot, 'samples', 'articles')]);
const server = await startApiServer({ graph, port: 0, production: true, limits: { rateLimit: false } });
await server.ready; // warm and past the first integrity check (decisions 0084, 0083)
const origin = new URL(server.url).origin;
const browser = await launchChromium();

async function apiMs(query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`API errors: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

interface PageTimes {
  /** Navigation start to the page's data drawn. */
  ready: number;
  /** The page's GraphQL requests, as the browser timed them. */
  request: number;
  /** Navigation start to: the HTML received, the last script received, the first GraphQL request sent. */
  document: number;
  scripts: number;
  requestSent: number;
}

/** Time to interactive, and where it went. */
async function pageTimes(url: string): Promise<PageTimes> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 30_000 });
  const times = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const graphql = resources.filter((e) => e.name.endsWith('/graphql'));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      ready: performance.getEntriesByName('explorer-ready')[0]!.startTime,
      request: graphql.reduce((sum, e) => sum + e.duration, 0),
      document: navigation.responseEnd,
      scripts: Math.max(0, ...resources.filter((e) => e.name.endsWith('.js')).map((e) => e.responseEnd)),
      requestSent: Math.min(...graphql.map((e) => e.startTime)),
    };
  });
  await context.close();
  return times;
}

const SCREENSHOT = path.join(projectRoot, 'test-output', 'bench', 'network-2000.png');
let screenshotTaken = false;

interface NetworkBench {
  ms: number;
  settledMs: number;
  layout: { reason: string; iterations: number; ms: number };
  frameMs: number;
  frameWithoutLabelsMs: number;
}

async function networkRun(nodes: number): Promise<NetworkBench> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${origin}/bench-network.html?n=${nodes}`);
  const result = await page.evaluate(
    () => (window as unknown as { benchResult: Promise<NetworkBench> }).benchResult,
  );
  if (!screenshotTaken) {
    // Once, after the layout has stopped (benchResult waits for it): what a dense view looks like.
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    screenshotTaken = true;
  }
  await context.close();
  return result;
}

async function medianOf(run: () => Promise<number>): Promise<number> {
  await run(); // warm-up: the first run pays for the server's and the browser's caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await run());
  return median(times);
}

try {
  const pages: [string, string, () => Promise<number>][] = [
    [
      `search page (“${SEARCH_TEXT}”)`,
      `${origin}/search?q=${encodeURIComponent(SEARCH_TEXT)}`,
      () => apiMs(SEARCH, { query: SEARCH_TEXT, first: 50 }),
    ],
    [
      'person page (Lê Quốc Phong)',
      `${origin}/person/${encodeURIComponent(PERSON_ID)}`,
      () => apiMs(PERSON, { id: PERSON_ID }),
    ],
  ];
  process.stdout.write(
    `\nload average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (1, 5, 15 min; ${os.cpus().length} cores)\n` +
      `time to interactive, median of ${RUNS} (goal: page ≤ 1.5 × API + 300 ms); 'in page' is the same GraphQL request timed by the browser\n`,
  );
  for (const [name, url, api] of pages) {
    const runs: PageTimes[] = [];
    await pageTimes(url);
    for (let i = 0; i < RUNS; i++) runs.push(await pageTimes(url));
    const page = median(runs.map((r) => r.ready));
    const inPage = median(runs.map((r) => r.request));
    const apiTime = await medianOf(api);
    const goal = 1.5 * apiTime + 300;
    process.stdout.write(
      `  ${name.padEnd(30)} page ${ms(page).padStart(7)}   API ${ms(apiTime).padStart(6)} (in page ${ms(inPage)})   page/API ${(page / apiTime).toFixed(1)}×   goal ${ms(goal)} ${page <= goal ? 'met' : 'MISSED'}\n` +
        `  ${''.padEnd(30)} HTML at ${ms(median(runs.map((r) => r.document)))}, scripts at ${ms(median(runs.map((r) => r.scripts)))}, GraphQL sent at ${ms(median(runs.map((r) => r.requestSent)))}\n`,
    );
  }
  await networkRun(2000); // warm-up, and the screenshot
  const networkRuns: NetworkBench[] = [];
  for (let i = 0; i < RUNS; i++) networkRuns.push(await networkRun(2000));
  const network = median(networkRuns.map((r) => r.ms));
  const settled = median(networkRuns.map((r) => r.settledMs));
  process.stdout.write(
    `\n2,000-node network drawn (sigma.js, first frame), median of ${RUNS}: ${ms(network)} (goal ≤ 1000 ms ${network <= 1000 ? 'met' : 'MISSED'}); settled view in ${path.relative(projectRoot, SCREENSHOT)}\n` +
      `  layout stopped at ${ms(settled)} (median; runs ${networkRuns.map((r) => `${ms(r.settledMs)} ${r.layout.reason} after ${r.layout.iterations} iterations`).join(', ')})\n` +
      `  a redraw of it: ${ms(median(networkRuns.map((r) => r.frameMs)))} with labels, ${ms(median(networkRuns.map((r) => r.frameWithoutLabelsMs)))} without\n`,
  );
  process.stdout.write(
    `load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  const { files, gzipped } = firstPageScriptBytes();
  process.stdout.write(
    `first page JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${files} file(s) (goal ≤ 400 KB ${gzipped <= 400 * 1024 ? 'met' : 'MISSED'})\n`,
  );
} finally {
  await browser.close();
  await server.close();
  await stop();
}
