// The options `kg fetch` and `kg watch` share: politeness, sizes, chunking, and how the run's
// summary is printed.
import { integerOption, UserError } from '../command.ts';
import { DEFAULT_POLITE_OPTIONS, type PoliteOptions } from '../../../ingest/fetch/polite-http.ts';
import {
  DEFAULT_FETCH_BATCH,
  DEFAULT_RECHECK_MS,
  type FetchSummary,
} from '../../../ingest/fetch/run-fetch.ts';
import { parseDuration } from '../../../ingest/fetch/watch.ts';
import type { FetchOptions } from '../../../ingest/fetch/run-fetch.ts';

export const FETCH_OPTIONS = {
  delay: { type: 'string' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  retries: { type: 'string' },
  'user-agent': { type: 'string' },
  'batch-size': { type: 'string' },
  recheck: { type: 'string' },
  source: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
} as const;

export const FETCH_OPTIONS_HELP = `  --delay <time>        pause between two requests to one host (default ${DEFAULT_POLITE_OPTIONS.delayMs}ms;
                        a longer robots.txt Crawl-delay wins)
  --timeout <time>      time allowed for one request (default ${DEFAULT_POLITE_OPTIONS.timeoutMs / 1000}s)
  --max-bytes <n>       largest response read (default ${DEFAULT_POLITE_OPTIONS.maxBytes}); larger pages are skipped
  --retries <n>         tries after the first on timeouts, network errors, 429 and 5xx, with
                        doubling backoff (default ${DEFAULT_POLITE_OPTIONS.retries})
  --user-agent <text>   the User-Agent sent (default "${DEFAULT_POLITE_OPTIONS.userAgent}")
  --batch-size <n>      articles per ingest transaction (default ${DEFAULT_FETCH_BATCH})
  --recheck <time>      items first seen this recently are asked for again (conditionally) when
                        their feed changes, to catch edits (default ${DEFAULT_RECHECK_MS / 3_600_000}h; 0 to never)
  --source <url>        only this source (repeatable)
  --json                print the summary as JSON on stdout
Times: 500ms, 20s, 30m, 2h, 1d.`;

function duration(flag: string, raw: string | undefined, allowZero = false): number | undefined {
  if (raw === undefined) return undefined;
  if (allowZero && /^0+(ms|s|m|h|d)?$/.test(raw.trim())) return 0;
  const ms = parseDuration(raw);
  if (ms === null)
    throw new UserError(
      `--${flag} ${JSON.stringify(raw)} is not a duration: expected e.g. 500ms, 20s, 30m, 2h`,
      2,
    );
  return ms;
}

export function fetchOptionsFrom(values: {
  delay?: string;
  timeout?: string;
  'max-bytes'?: string;
  retries?: string;
  'user-agent'?: string;
  'batch-size'?: string;
  recheck?: string;
  source?: string[];
}): FetchOptions {
  const polite: Partial<PoliteOptions> = {};
  const delay = duration('delay', values.delay, true);
  if (delay !== undefined) polite.delayMs = delay;
  const timeout = duration('timeout', values.timeout);
  if (timeout !== undefined) polite.timeoutMs = timeout;
  const maxBytes = integerOption('max-bytes', values['max-bytes'], 1024, 1024 ** 3);
  if (maxBytes !== undefined) polite.maxBytes = maxBytes;
  const retries = integerOption('retries', values.retries, 0, 10);
  if (retries !== undefined) polite.retries = retries;
  if (values['user-agent'] !== undefined) {
    if (values['user-agent'].trim() === '')
      throw new UserError('--user-agent must not be empty: sites block anonymous crawlers', 2);
    polite.userAgent = values['user-agent'];
  }
  const options: FetchOptions = { polite };
  const batchSize = integerOption('batch-size', values['batch-size'], 1, 1000);
  if (batchSize !== undefined) options.batchSize = batchSize;
  const recheck = duration('recheck', values.recheck, true);
  if (recheck !== undefined) options.recheckMs = recheck;
  if (values.source?.length) options.only = values.source;
  return options;
}

export function formatFetchSummary(s: FetchSummary): string {
  const reasons = new Map<string, number>();
  for (const k of s.skipped) {
    const kind = k.reason.replace(/https?:\/\/\S+/g, '<url>').replace(/\d+/g, 'N');
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  return [
    `sources: ${s.sources} (${s.sourcesFetched} read, ${s.sourcesNotModified} not modified, ${s.sourcesFailed} failed)`,
    ...s.perSource.filter((p) => p.outcome === 'failed').map((p) => `  - ${p.url}: ${p.error}`),
    `items seen: ${s.itemsSeen}, pages fetched: ${s.pagesFetched}`,
    `  new: ${s.new}`,
    `  changed: ${s.changed}`,
    `  unchanged: ${s.unchanged}`,
    `  known (not fetched): ${s.known}`,
    `  skipped: ${s.skipped.length}`,
    ...s.skipped.slice(0, 50).map((k) => `    - ${k.url}: ${k.reason}`),
    ...(s.skipped.length > 50 ? [`    … and ${s.skipped.length - 50} more (--json lists all)`] : []),
    `requests: ${s.requests} (${s.notModifiedResponses} answered 304), ${(s.bytes / 1024).toFixed(0)} KiB in ${s.seconds.toFixed(1)} s${s.stopped ? ' (stopped early)' : ''}`,
  ].join('\n');
}

/**
 * An AbortSignal that Ctrl-C or SIGTERM aborts, so a run stops after its current page with its
 * committed work kept; `release` removes the handlers.
 */
export function stopOnSignals(command: string): { signal: AbortSignal; release: () => void } {
  const stop = new AbortController();
  const onSignal = () => {
    process.stderr.write(`${command}: stopping after the current page (committed work stays)\n`);
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal: stop.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
