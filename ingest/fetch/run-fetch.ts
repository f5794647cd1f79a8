// `kg fetch`: every source once — the feed or sitemap fetched conditionally, its new and changed
// items' pages fetched, read and sent through the same ingest path as `kg ingest` (ingestRecords),
// chunk by chunk, and what each item gave recorded in the graph after its chunk's articles commit.
// A run killed at any point loses at most the chunk in flight, which the next run redoes (its
// articles are then found unchanged by ingest); a source's validators are recorded only once all
// its items are done, so a half-read source is read again in full, never skipped.
import { nfc } from '../text/normalise.ts';
import { fullHash } from '../resolve/keys.ts';
import { decodeText } from '../read/decode-text.ts';
import type { ArticleRecord } from '../types.ts';
import { ingestRecords } from '../run.ts';
import { childLog } from '../base/log.ts';
import { articleRecordOf } from './article-page.ts';
import { canonicalUrl } from './canonical-url.ts';
import { FeedParseError, parseFeed, type FeedItem } from './feed-parse.ts';
import { PoliteClient, type PoliteOptions } from './polite-http.ts';
import {
  articlesWithText,
  knownItems,
  listSources,
  recordItems,
  recordSourceState,
  type ItemState,
  type SourceState,
} from './source-store.ts';
import { type GraphHandle } from '../base/graph-session.ts';

const log = childLog('fetch');

/** Articles per ingest transaction; a kill loses at most one chunk's page fetches. */
export const DEFAULT_FETCH_BATCH = 20;
/** Items first seen this recently are fetched again (conditionally) when their feed changes: edits come early. */
export const DEFAULT_RECHECK_MS = 2 * 24 * 3600_000;
/** A page that failed this many runs in a row is no longer tried until its feed stamp changes. */
export const MAX_ITEM_FAILURES = 3;

export interface FetchOptions {
  polite?: Partial<PoliteOptions>;
  batchSize?: number;
  recheckMs?: number;
  /** Only these sources (addresses as stored); all when absent. */
  only?: string[];
  onProgress?: (line: string) => void;
  /** Stops between pages; what was committed stays, the source is read again next run. */
  signal?: AbortSignal;
}

export interface SkippedItem {
  url: string;
  source: string;
  reason: string;
}

export interface SourceReport {
  url: string;
  kind: string | null;
  outcome: 'fetched' | 'not-modified' | 'failed' | 'stopped';
  error?: string;
  itemsSeen: number;
  new: number;
  changed: number;
  unchanged: number;
  known: number;
  skipped: number;
}

export interface FetchSummary {
  sources: number;
  sourcesFetched: number;
  sourcesNotModified: number;
  sourcesFailed: number;
  itemsSeen: number;
  pagesFetched: number;
  /** Articles written for the first time. */
  new: number;
  /** Articles whose text changed: re-ingested as a new version. */
  changed: number;
  /** Pages fetched again that were the same (304, same text or same extraction). */
  unchanged: number;
  /** Items read before whose feed stamp did not change: not fetched. */
  known: number;
  skipped: SkippedItem[];
  requests: number;
  notModifiedResponses: number;
  bytes: number;
  seconds: number;
  perSource: SourceReport[];
  stopped: boolean;
}

interface PendingPage {
  item: FeedItem;
  key: string;
  previous: ItemState | undefined;
  record: ArticleRecord;
  textHash: string;
  etag: string | null;
  lastModified: string | null;
}

/** True for the driver's errors: the graph is unreachable, so the run stops (watch retries it). */
function isGraphError(err: unknown): boolean {
  const e = err as { name?: string; code?: string };
  return e?.name === 'Neo4jError' || /^(ServiceUnavailable|SessionExpired)/.test(String(e?.code ?? ''));
}

export async function runFetch(graph: GraphHandle, options: FetchOptions = {}): Promise<FetchSummary> {
  const started = performance.now();
  const client = new PoliteClient(options.polite);
  const batchSize = options.batchSize ?? DEFAULT_FETCH_BATCH;
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const progress = options.onProgress ?? (() => {});
  const all = await listSources(graph);
  const byUrl = new Map(all.map((s) => [s.url, s]));
  const roots = all.filter((s) => !s.parentUrl && (!options.only || options.only.includes(s.url)));
  const summary: FetchSummary = {
    sources: 0,
    sourcesFetched: 0,
    sourcesNotModified: 0,
    sourcesFailed: 0,
    itemsSeen: 0,
    pagesFetched: 0,
    new: 0,
    changed: 0,
    unchanged: 0,
    known: 0,
    skipped: [],
    requests: 0,
    notModifiedResponses: 0,
    bytes: 0,
    seconds: 0,
    perSource: [],
    stopped: false,
  };

  const fetchSource = async (source: SourceState, listedStamp?: string | null): Promise<void> => {
    if (options.signal?.aborted) return;
    summary.sources++;
    const report: SourceReport = {
      url: source.url,
      kind: source.kind ?? null,
      outcome: 'fetched',
      itemsSeen: 0,
      new: 0,
      changed: 0,
      unchanged: 0,
      known: 0,
      skipped: 0,
    };
    summary.perSource.push(report);
    const fail = async (reason: string): Promise<void> => {
      report.outcome = 'failed';
      report.error = reason;
      summary.sourcesFailed++;
      progress(`${source.url}: failed: ${reason}`);
      await recordSourceState(graph, source.url, {
        parentUrl: source.parentUrl ?? null,
        lastStatus: 'failed',
        lastError: reason,
        consecutiveErrors: (source.consecutiveErrors ?? 0) + 1,
        errorCount: (source.errorCount ?? 0) + 1,
      });
    };
    try {
      const answer = await client.get(
        source.url,
        { etag: source.etag, lastModified: source.lastModified },
        'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
      );
      if (answer.kind === 'not-modified') {
        report.outcome = 'not-modified';
        summary.sourcesNotModified++;
        progress(`${source.url}: not modified`);
        // A 304 leaves the source as its last good read left it: only the time of the check moves.
        await recordSourceState(graph, source.url, {
          lastStatus: 'ok',
          lastError: null,
          consecutiveErrors: 0,
        });
        return;
      }
      if (answer.kind === 'failed') return await fail(answer.reason);
      const decoded = decodeText(answer.body, source.url);
      if ('error' in decoded) return await fail(decoded.error);
      let feed;
      try {
        feed = parseFeed(decoded.text, answer.url);
      } catch (err) {
        if (err instanceof FeedParseError) return await fail(err.message);
        throw err;
      }
      report.kind = feed.kind;
      for (const child of feed.sitemaps) {
        const key = canonicalUrl(child.url) ?? child.url;
        const known = byUrl.get(key);
        // A sitemap whose lastmod in the index is what it was at its last good fetch has nothing new.
        if (known && child.stamp && known.listedStamp === child.stamp && known.lastStatus !== 'failed')
          continue;
        await fetchSource({ ...(known ?? { url: key }), parentUrl: source.url }, child.stamp);
      }
      if (options.signal?.aborted) {
        report.outcome = 'stopped';
        return;
      }
      await readItems(source, feed.items, report);
      if (options.signal?.aborted) {
        report.outcome = 'stopped';
        return;
      }
      summary.sourcesFetched++;
      await recordSourceState(graph, source.url, {
        kind: feed.kind,
        parentUrl: source.parentUrl ?? null,
        etag: answer.etag,
        lastModified: answer.lastModified,
        lastStatus: 'ok',
        lastError: null,
        consecutiveErrors: 0,
        itemsListed: feed.items.length + feed.sitemaps.length,
        ...(listedStamp !== undefined ? { listedStamp } : {}),
      });
      progress(
        `${source.url}: ${feed.kind}, ${report.itemsSeen} items: ${report.new} new, ${report.changed} changed, ${report.unchanged} unchanged, ${report.known} known, ${report.skipped} skipped`,
      );
    } catch (err) {
      if (isGraphError(err)) throw err;
      await fail(`unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const readItems = async (source: SourceState, listed: FeedItem[], report: SourceReport): Promise<void> => {
    const items = new Map<string, FeedItem>();
    for (const item of listed) {
      const key = canonicalUrl(item.url);
      if (key && !items.has(key)) items.set(key, item);
    }
    report.itemsSeen = items.size;
    summary.itemsSeen += items.size;
    const known = await knownItems(graph, [...items.keys()]);
    const skip = (url: string, reason: string) => {
      report.skipped++;
      summary.skipped.push({ url, source: source.url, reason });
    };
    let pending: PendingPage[] = [];
    let failures: ItemState[] = [];
    const flush = async (): Promise<void> => {
      const done = await ingestPages(pending, source, report, skip);
      await recordItems(graph, [...done, ...failures]);
      pending = [];
      failures = [];
    };
    let index = 0;
    for (const [key, item] of items) {
      index++;
      if (options.signal?.aborted) break;
      const previous = known.get(key);
      const due = dueForFetch(previous, item, recheckMs);
      if (due === 'no') {
        report.known++;
        summary.known++;
        continue;
      }
      if (typeof due === 'object') {
        skip(key, due.skip);
        continue;
      }
      // A page re-checked (same stamp) or an item already read is asked for conditionally.
      const validators = previous && previous.status !== 'failed' ? previous : {};
      const answer = await client.get(
        item.url,
        validators,
        'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
      );
      if (answer.kind === 'not-modified') {
        report.unchanged++;
        summary.unchanged++;
        continue;
      }
      if (answer.kind === 'failed') {
        skip(key, answer.reason);
        failures.push({
          url: key,
          stamp: item.stamp,
          status: answer.permanent ? 'refused' : 'failed',
          reason: answer.reason,
          failures: (previous?.failures ?? 0) + 1,
        });
        continue;
      }
      summary.pagesFetched++;
      const record = articleRecordOf(answer.body, answer.url, item);
      if ('error' in record && !('text' in record)) {
        skip(key, record.error);
        failures.push({
          url: key,
          stamp: item.stamp,
          status: 'refused',
          reason: record.error,
          failures: (previous?.failures ?? 0) + 1,
        });
        continue;
      }
      const article = record as ArticleRecord;
      pending.push({
        item,
        key,
        previous,
        record: article,
        textHash: fullHash(nfc(article.text)),
        etag: answer.etag,
        lastModified: answer.lastModified,
      });
      if (pending.length >= batchSize) {
        await flush();
        progress(`${source.url}: ${index}/${items.size} items`);
      }
    }
    await flush();
  };

  /** Ingests a chunk of pages (duplicates and same-text pages left out); the item states to record. */
  const ingestPages = async (
    pages: PendingPage[],
    source: SourceState,
    report: SourceReport,
    skip: (url: string, reason: string) => void,
  ): Promise<ItemState[]> => {
    if (pages.length === 0) return [];
    const elsewhere = await articlesWithText(graph, [...new Set(pages.map((p) => p.textHash))]);
    const toIngest: ArticleRecord[] = [];
    const states: ItemState[] = [];
    const inChunk = new Map<string, string>();
    for (const page of pages) {
      const url = page.record.url!;
      const state: ItemState = {
        url: page.key,
        stamp: page.item.stamp,
        etag: page.etag,
        lastModified: page.lastModified,
        articleUrl: url,
        textHash: page.textHash,
        status: 'ingested',
        reason: null,
        failures: 0,
      };
      states.push(state);
      const other =
        (elsewhere.get(page.textHash) ?? []).find((u) => u !== url) ??
        (inChunk.has(page.textHash) && inChunk.get(page.textHash) !== url
          ? inChunk.get(page.textHash)
          : undefined);
      if (other) {
        state.status = 'duplicate';
        state.reason = `the same text as ${other}`;
        skip(page.key, `duplicate: the same text as ${other}`);
        continue;
      }
      inChunk.set(page.textHash, url);
      if (page.previous?.textHash === page.textHash && page.previous.articleUrl === url) {
        report.unchanged++;
        summary.unchanged++;
        continue;
      }
      toIngest.push(page.record);
    }
    if (toIngest.length > 0) {
      const ingested = await ingestRecords(graph, toIngest, { batchSize: toIngest.length });
      report.new += ingested.created;
      report.changed += ingested.replaced;
      report.unchanged += ingested.unchanged;
      summary.new += ingested.created;
      summary.changed += ingested.replaced;
      summary.unchanged += ingested.unchanged;
      for (const s of ingested.skipped) {
        const state = states.find((x) => x.articleUrl === s.id);
        if (state) {
          state.status = 'refused';
          state.reason = s.reason;
          state.textHash = null;
        }
        skip(s.id ?? source.url, s.reason);
      }
    }
    return states;
  };

  try {
    for (const source of roots) {
      if (options.signal?.aborted) break;
      await fetchSource(source);
    }
  } finally {
    summary.stopped = options.signal?.aborted ?? false;
    summary.requests = client.stats.requests;
    summary.notModifiedResponses = client.stats.notModified;
    summary.bytes = client.stats.bytes;
    summary.seconds = (performance.now() - started) / 1000;
  }
  log.debug({ ...summary, perSource: undefined, skipped: summary.skipped.length }, 'fetch run done');
  return summary;
}

/**
 * Whether an item's page is fetched this run: 'yes' (new, its stamp changed, a failure to retry),
 * 'recheck' (read recently: edits come early, so it is asked for conditionally), 'no' (read, and
 * nothing says it changed) or a reason to skip it.
 */
function dueForFetch(
  previous: ItemState | undefined,
  item: FeedItem,
  recheckMs: number,
): 'yes' | 'recheck' | 'no' | { skip: string } {
  if (!previous) return 'yes';
  const stampChanged = (item.stamp ?? null) !== (previous.stamp ?? null);
  if (previous.status === 'failed') {
    if (stampChanged || (previous.failures ?? 0) < MAX_ITEM_FAILURES) return 'yes';
    return { skip: `gave up after ${previous.failures} failed runs: ${previous.reason}` };
  }
  if (previous.status === 'refused') {
    return stampChanged ? 'yes' : { skip: `refused before and unchanged since: ${previous.reason}` };
  }
  if (stampChanged) return 'yes';
  const firstSeen = previous.firstSeenAt ? Date.parse(previous.firstSeenAt) : NaN;
  if (Number.isFinite(firstSeen) && Date.now() - firstSeen < recheckMs) return 'recheck';
  return 'no';
}
