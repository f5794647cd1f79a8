// `kg watch`: `kg fetch` every interval until stopped. Each round starts from the state in the
// graph, so a watcher restarted (or a Neo4j restarted under it) goes on where the last committed
// chunk left off; a round that cannot reach the graph is reported and tried again next interval.
import { childLog } from '../base/log.ts';
import { runFetch, type FetchOptions, type FetchSummary } from './run-fetch.ts';
import { sleep } from './polite-http.ts';
import { type GraphHandle } from '../base/graph-session.ts';

const log = childLog('watch');

export interface WatchOptions extends FetchOptions {
  everyMs: number;
  /** Called after every round, with its summary or the error that ended it. */
  onRound?: (round: number, outcome: { summary: FetchSummary } | { error: Error }) => void;
}

/** Runs fetch rounds `everyMs` apart (start to start) until `signal` aborts; the number of rounds. */
export async function watchSources(graph: GraphHandle, options: WatchOptions): Promise<number> {
  let round = 0;
  while (!options.signal?.aborted) {
    round++;
    const started = Date.now();
    try {
      // A Neo4j that is down fails the round at once (connection refused), instead of after the
      // driver's 30 s of retries inside the round's first transaction.
      await graph.driver.getServerInfo({ database: graph.database });
      const summary = await runFetch(graph, options);
      options.onRound?.(round, { summary });
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      log.warn(
        { round, err: error.message },
        'fetch round failed; the next round starts from the state in the graph',
      );
      options.onRound?.(round, { error });
    }
    await sleep(Math.max(0, started + options.everyMs - Date.now()), options.signal);
  }
  return round;
}

/** "30m", "2h", "45s", "1d", "500ms" → milliseconds; null when not a duration. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    m[2] as 'ms' | 's' | 'm' | 'h' | 'd'
  ];
  const ms = Number(m[1]) * unit;
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}
