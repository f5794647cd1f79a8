// Ingest: records → extraction (the same code path as `kg extract`) → resolution → batched writes.
// `kg ingest`, `kg up` (the bundled samples) and the API's ingestArticles mutation all call here.
import type { ArticleRecord, RecordError } from './types.ts';
import { extractArticle } from './pipeline.ts';
import { readInputs } from './read/inputs.ts';
import { articleIdOf, ingestHashOf, personKeysOf } from './resolve/resolve-article.ts';
import {
  addCounters,
  writeBatch,
  zeroCounters,
  type PreparedArticle,
  type WriteCounters,
} from './load/write-batch.ts';
import { writeWithRetry } from './load/write-with-retry.ts';
import { childLog } from './base/log.ts';
import { type GraphHandle } from './base/graph-session.ts';

const log = childLog('ingest');

/** Written on every claim, so that evidence says which extractor produced it. */
export const EXTRACTOR_VERSION = 'kg-extract-0.1';

// 100 articles per transaction wrote 35% faster than 50 and as fast as 200 in bench:ingest
// (docs/decisions/0004-graph-writes.md); a crash loses at most one batch, which a rerun redoes.
export const DEFAULT_BATCH_SIZE = 100;

// A batch also closes when what it will write reaches either budget, so a transaction is bounded
// by work, not by a count of articles of any size (decision 0017): 100 typical articles write
// ~2,500 claims and hold ~300 KB of text. An article over a budget on its own is one batch alone
// (its claims and its ingestHash commit together or not at all).
export const DEFAULT_MAX_BATCH_CLAIMS = 5_000;
export const DEFAULT_MAX_BATCH_BYTES = 4 * 1024 * 1024;

export interface IngestProgress {
  read: number;
  written: number;
  unchanged: number;
  skipped: number;
  batches: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** A batch closes once its articles' extracted relations reach this many (default 5,000). */
  maxBatchClaims?: number;
  /** A batch closes once its articles' texts reach this many UTF-8 bytes (default 4 MB). */
  maxBatchBytes?: number;
  /** Called after every batch commits. */
  onProgress?: (progress: IngestProgress) => void;
  /** Extractor version stored on claims; part of the skip decision. */
  extractor?: string;
}

export interface SkippedRecord {
  id: string | null;
  origin?: string;
  reason: string;
}

export interface IngestSummary {
  /** Records read (good and bad). */
  read: number;
  /** Articles written: new ones plus changed ones. */
  written: number;
  created: number;
  replaced: number;
  /** Already in the graph with the same content and extraction: nothing written. */
  unchanged: number;
  skipped: SkippedRecord[];
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  claims: number;
  droppedRelations: number;
  batches: number;
  seconds: number;
}

function isRecordError(x: ArticleRecord | RecordError): x is RecordError {
  return 'error' in x && !('text' in x);
}

/** Reads files, folders (recursively) or '-' (stdin) and ingests every record found. */
export async function runIngest(
  graph: GraphHandle,
  inputs: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  return ingestRecords(graph, readInputs(inputs), options);
}

export async function ingestRecords(
  graph: GraphHandle,
  records: AsyncIterable<ArticleRecord | RecordError> | Iterable<ArticleRecord | RecordError>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(
      `batch size ${batchSize} is not valid: expected a whole number of articles, 1 or more`,
    );
  }
  const maxClaims = options.maxBatchClaims ?? DEFAULT_MAX_BATCH_CLAIMS;
  const maxBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  for (const [name, value] of [
    ['maxBatchClaims', maxClaims],
    ['maxBatchBytes', maxBytes],
  ] as const) {
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`${name} ${value} is not valid: expected a whole number, 1 or more`);
  }
  const extractor = options.extractor ?? EXTRACTOR_VERSION;
  const started = performance.now();
  const counters: WriteCounters = zeroCounters();
  const summary: IngestSummary = {
    read: 0,
    written: 0,
    created: 0,
    replaced: 0,
    unchanged: 0,
    skipped: [],
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    claims: 0,
    droppedRelations: 0,
    batches: 0,
    seconds: 0,
  };
  const progress = (): void =>
    options.onProgress?.({
      read: summary.read,
      written: summary.written,
      unchanged: summary.unchanged,
      skipped: summary.skipped.length,
      batches: summary.batches,
    });

  // One batch is written while the next is read and extracted: extraction needs no database, so
  // Node extracts while Neo4j writes. Writes stay one at a time and in input order, so resolution
  // (which reads the graph inside each write) sees exactly what a sequential run would.
  let batch: PreparedArticle[] = [];
  let batchClaims = 0;
  let batchBytes = 0;
  let writing: Promise<void> | null = null;
  let writeDone = true;
  const write = async (current: PreparedArticle[]): Promise<void> => {
    const outcome = await writeWithRetry(graph, (tx) => writeBatch(tx, current, extractor));
    summary.batches++;
    summary.created += outcome.created.length;
    summary.replaced += outcome.replaced.length;
    summary.written += outcome.created.length + outcome.replaced.length;
    summary.unchanged += outcome.unchanged.length;
    summary.claims += outcome.claims;
    summary.droppedRelations += outcome.droppedRelations;
    addCounters(counters, outcome.counters);
    log.debug({ batch: summary.batches, articles: current.length, ...outcome.counters }, 'batch committed');
    progress();
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    batchClaims = 0;
    batchBytes = 0;
    if (writing) await writing;
    writeDone = false;
    writing = write(current).finally(() => {
      writeDone = true;
    });
    // A failed write is thrown where it is awaited: by the next flush or at the end.
    writing.catch(() => undefined);
  };

  try {
    for await (const item of records) {
      summary.read++;
      if (isRecordError(item)) {
        summary.skipped.push({
          id: item.id,
          ...(item.origin ? { origin: item.origin } : {}),
          reason: item.error,
        });
        progress();
        continue;
      }
      let prepared: PreparedArticle;
      try {
        const { article, extraction } = extractArticle(item);
        const input = { record: item, article, extraction };
        prepared = {
          input,
          articleId: articleIdOf(item),
          ingestHash: ingestHashOf(input, extractor),
          personKeys: personKeysOf(extraction),
        };
      } catch (err) {
        const where = item.origin ? ` (${item.origin})` : '';
        summary.skipped.push({
          id: item.id,
          ...(item.origin ? { origin: item.origin } : {}),
          reason: `record ${item.id}${where} could not be extracted: ${err instanceof Error ? err.message : String(err)}; it was skipped, the rest of the run went on`,
        });
        progress();
        continue;
      }
      // The same article twice in one batch would be resolved against itself: write the first first.
      if (batch.some((b) => b.articleId === prepared.articleId)) await flush();
      const claims = prepared.input.extraction.relations.length;
      const bytes = Buffer.byteLength(item.text, 'utf8');
      // An article that would take the batch over a budget starts the next one.
      if (batch.length > 0 && (batchClaims + claims > maxClaims || batchBytes + bytes > maxBytes))
        await flush();
      batch.push(prepared);
      batchClaims += claims;
      batchBytes += bytes;
      if (batch.length >= batchSize || batchClaims >= maxClaims || batchBytes >= maxBytes) await flush();
      // Let the write in flight have its turn between articles (its statements go out as soon as
      // the previous one answers), rather than waiting for a whole batch of extraction.
      if (!writeDone) await new Promise((resolve) => setImmediate(resolve));
    }
    await flush();
    if (writing) await writing;
  } finally {
    // Reading failed midway: let the write in flight finish (or fail) before the error goes up.
    if (writing) await (writing as Promise<void>).catch(() => undefined);
  }
  Object.assign(summary, counters);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
