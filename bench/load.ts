// One load generator for the API benchmarks that compare runs (bench:scale, bench:peer): autocannon
// sending one GraphQL operation for a fixed time, keeping the latency of every response so that
// several runs (the rounds of an A/B race) merge into one p50 / p99 instead of an average of
// percentiles, which would hide a slow round.
import autocannon from 'autocannon';

export interface LoadRun {
  /** Milliseconds of every answered request. */
  latencies: number[];
  seconds: number;
}

export interface LoadFigures {
  p50: number;
  p99: number;
  /** Requests answered per second over all the runs. */
  rps: number;
}

/** POSTs `body` to `url` on `connections` connections for `seconds`; fails on any error or non-2xx. */
export async function sendLoad(
  url: string,
  body: string,
  connections: number,
  seconds: number,
  label: string,
): Promise<LoadRun> {
  const latencies: number[] = [];
  // Without a callback autocannon returns its tracker (an EventEmitter with then); the types only
  // know the promise side of it.
  const run = autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  run.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await run;
  if (result.errors + result.non2xx > 0)
    throw new Error(`${label}: ${result.errors} errors and ${result.non2xx} non-2xx answers under load`);
  return { latencies, seconds: result.duration };
}

/** p50, p99 and requests/s of one or more runs taken together. */
export function loadFigures(runs: LoadRun[]): LoadFigures {
  const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const percentile = (p: number) =>
    all.length === 0 ? NaN : all[Math.min(all.length - 1, Math.ceil(p * all.length) - 1)]!;
  return { p50: percentile(0.5), p99: percentile(0.99), rps: seconds > 0 ? all.length / seconds : 0 };
}
