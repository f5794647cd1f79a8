// The state of `kg fetch` in the graph: Source nodes (feeds and sitemaps, with their validators,
// last fetch and errors) and FeedItem nodes (every item address seen, with what fetching it gave).
// Everything a rerun needs to fetch nothing twice lives here, so `kg watch` can be restarted at any
// moment, and Neo4j with it, without losing or repeating work.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFolder } from '../base/cypher-files.ts';
import { writeWithRetry } from '../load/write-with-retry.ts';
import { canonicalUrl } from './canonical-url.ts';
import { type GraphHandle, readTransaction } from '../base/graph-session.ts';

const fetchFile = cypherFolder(new URL('./cypher/', import.meta.url));
const cypher = (name: string): string => fetchFile(name).statement;

const Q = {
  add: cypher('source-add'),
  list: cypher('sources-list'),
  remove: cypher('source-remove'),
  recordState: cypher('source-record-state'),
  itemsKnown: cypher('feed-items-known'),
  itemsRecord: cypher('feed-items-record'),
  itemsByText: cypher('feed-items-by-text'),
} as const;

/** More sources than anyone follows; `kg sources list --limit` pages below it. */
export const MAX_SOURCES = 10_000;

export interface SourceState {
  url: string;
  /** Set by the first fetch: rss, atom, sitemap or sitemap-index. */
  kind?: string | null;
  /** For a sitemap a sitemap index lists: the index. */
  parentUrl?: string | null;
  addedAt?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  lastFetchedAt?: string | null;
  /** ok (read, or answered 304: nothing new) or failed. */
  lastStatus?: string | null;
  lastError?: string | null;
  /** Failures in a row (0 after a good fetch), and in all. */
  consecutiveErrors?: number | null;
  errorCount?: number | null;
  /** For a listed sitemap: the lastmod its index gave at the last fetch. */
  listedStamp?: string | null;
  itemsListed?: number | null;
}

export type ItemStatus = 'ingested' | 'duplicate' | 'failed' | 'refused';

export interface ItemState {
  url: string;
  stamp?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  articleUrl?: string | null;
  textHash?: string | null;
  status?: ItemStatus;
  reason?: string | null;
  failures?: number | null;
  firstSeenAt?: string | null;
  fetchedAt?: string | null;
}

// Writes go through the loader's writeWithRetry: two runs adding one FeedItem at once is a
// constraint race it retries.
const read = <T>(graph: GraphHandle, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
  readTransaction(graph, work);

/** The form a source's address is stored under (fragment and tracking parameters dropped), or null. */
export function sourceUrl(raw: string): string | null {
  return canonicalUrl(raw);
}

export async function addSource(
  graph: GraphHandle,
  url: string,
): Promise<{ source: SourceState; created: boolean }> {
  return writeWithRetry(graph, async (tx) => {
    const record = (await tx.run(Q.add, { url })).records[0]!;
    return { source: record.get('source') as SourceState, created: record.get('created') as boolean };
  });
}

export async function listSources(graph: GraphHandle, limit = MAX_SOURCES): Promise<SourceState[]> {
  return read(graph, async (tx) =>
    (await tx.run(Q.list, { limit })).records.map((r) => r.get('source') as SourceState),
  );
}

/** Removes a source and the sitemaps its index listed; the number of Source nodes removed. */
export async function removeSource(graph: GraphHandle, url: string): Promise<number> {
  return writeWithRetry(
    graph,
    async (tx) => (await tx.run(Q.remove, { url })).records[0]!.get('removed') as number,
  );
}

export async function recordSourceState(
  graph: GraphHandle,
  url: string,
  state: Omit<SourceState, 'url'>,
): Promise<void> {
  await writeWithRetry(graph, (tx) => tx.run(Q.recordState, { url, state }));
}

export async function knownItems(graph: GraphHandle, urls: string[]): Promise<Map<string, ItemState>> {
  if (urls.length === 0) return new Map();
  const items = await read(graph, async (tx) =>
    (await tx.run(Q.itemsKnown, { urls })).records.map((r) => r.get('item') as ItemState),
  );
  return new Map(items.map((i) => [i.url, i]));
}

export async function recordItems(graph: GraphHandle, items: ItemState[]): Promise<void> {
  if (items.length === 0) return;
  const rows = items.map(({ url, firstSeenAt: _first, fetchedAt: _fetched, ...state }) => ({ url, state }));
  await writeWithRetry(graph, (tx) => tx.run(Q.itemsRecord, { rows }));
}

/** For each text hash, addresses of articles already read with that text. */
export async function articlesWithText(graph: GraphHandle, hashes: string[]): Promise<Map<string, string[]>> {
  if (hashes.length === 0) return new Map();
  return read(graph, async (tx) => {
    const result = await tx.run(Q.itemsByText, { hashes });
    return new Map(result.records.map((r) => [r.get('hash') as string, r.get('articleUrls') as string[]]));
  });
}
