// The bridge from the API's mutations to the ingest pipeline and the curation functions, which
// live in ingest/. Loaded on first use so that a read-only deployment never loads the extractor.
import type { ArticleRecord } from '../../ingest/types.ts';
import type { ApiGraph } from './graph-reader.ts';
import type { DecodedId } from './global-id.ts';
import type { CurationResultRow } from './model.ts';
import type { ArticleInput, IngestResult } from './generated/graphql.ts';

export interface WriteOperations {
  ingest: ((graph: ApiGraph, articles: ArticleInput[]) => Promise<IngestResult>) | null;
  merge: ((graph: ApiGraph, keep: DecodedId, drop: DecodedId, reason: string | null) => Promise<CurationResultRow>) | null;
  split: ((graph: ApiGraph, ids: DecodedId[], reason: string | null) => Promise<CurationResultRow>) | null;
}

export function toArticleRecord(input: ArticleInput): ArticleRecord {
  return {
    id: input.id,
    url: input.url ?? null,
    language: input.language === 'vi' || input.language === 'en' ? input.language : null,
    publishedAt: input.publishedAt ?? null,
    title: input.title ?? null,
    text: input.text,
    ...(input.authors ? { authors: input.authors } : {}),
    origin: `ingestArticles(${input.id})`,
  };
}

let cached: Promise<WriteOperations> | null = null;

export function loadWriteOperations(): Promise<WriteOperations> {
  cached ??= Promise.resolve({ ingest: null, merge: null, split: null });
  return cached;
}
