// bench:fetch — kg fetch over a local news site (bench/fetch-site.ts, its own process) of N items
// (default 10,000) in one sitemap index, with the politeness delay at 0: pages per second, CPU per
// page (this process: fetching, reading, extraction, driver), peak RSS; then a second, unchanged run
// and its cost (time, CPU, requests) as a share of the first. Prints figures; asserts nothing.
// Run: npm run bench:fetch [-- --items 10000]
import { spawn } from 'node:child_process';
import { migrate } from '../src/db/index.ts';
import { runFetch, type FetchSummary } from '../ingest/fetch/run-fetch.ts';
import { addSource } from '../ingest/fetch/source-store.ts';
import { openBenchGraph } from './bench-graph.ts';
import { parseBenchArgs } from './bench-args.ts';

const USAGE = 'usage: npm run bench:fetch -- [--items 10000]';

const { values } = parseBenchArgs('bench:fetch', USAGE, { items: { type: 'string', default: '10000' } });
const items = Number(values.items);

const site = spawn(process.execPath, ['--import', 'tsx', 'bench/fetch-site.ts', String(items)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const origin = await new Promise<string>((resolve, reject) => {
  site.stdout.once('data', (d) => resolve(String(d).trim()));
  site.once('exit', (code) => reject(new Error(`the bench site exited (${code})`)));
});

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
const { graph, stop } = await openBenchGraph();
try {
  await migrate(graph);
  await addSource(graph, `${origin}/sitemap-index.xml`);
  const measure = async (label: string): Promise<{ s: FetchSummary; wall: number; cpu: number }> => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let last = 0;
    const s = await runFetch(graph, {
      polite: { delayMs: 0 },
      recheckMs: 0,
      onProgress: (line) => {
        if (Date.now() - last > 10_000) {
          last = Date.now();
          process.stderr.write(`${label}: ${line}\n`);
        }
      },
    });
    const wall = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu0);
    return { s, wall, cpu: (used.user + used.system) / 1e6 };
  };
  const first = await measure('first run');
  const firstRss = peakRss;
  const second = await measure('second run');
  const pages = first.s.pagesFetched;
  console.log(
    `bench:fetch — ${items} items in ${Math.ceil(items / 1000)} news sitemaps, delay 0, Node ${process.version}`,
  );
  console.log(
    `first run:  ${first.wall.toFixed(1)} s wall, ${pages} pages, ${first.s.new} new articles, ${(pages / first.wall).toFixed(1)} pages/s, ` +
      `CPU ${((1000 * first.cpu) / Math.max(pages, 1)).toFixed(1)} ms/page (${first.cpu.toFixed(1)} s), ${first.s.requests} requests, peak RSS ${(firstRss / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(
    `second run (unchanged): ${second.wall.toFixed(2)} s wall, CPU ${second.cpu.toFixed(2)} s, ${second.s.requests} requests (${second.s.notModifiedResponses} answered 304), ${second.s.pagesFetched} pages, ${second.s.new + second.s.changed} written`,
  );
  console.log(
    `second/first: wall ${((100 * second.wall) / first.wall).toFixed(2)}%, CPU ${((100 * second.cpu) / first.cpu).toFixed(2)}%, requests ${((100 * second.s.requests) / first.s.requests).toFixed(2)}%`,
  );
  console.log(`peak RSS over both runs: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
} finally {
  clearInterval(sampler);
  site.kill();
  await stop();
}
