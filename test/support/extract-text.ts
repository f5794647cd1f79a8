// One short article extracted from text alone, and the relation views the extraction tests assert
// on: the tests of each language's rule classes share them rather than keep a copy each.
import type { ArticleRecord, Extraction } from '../../ingest/types.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

/** The extraction of `text` as one article of `language`, dated `publishedAt`. */
export function extractText(text: string, language: 'vi' | 'en', publishedAt: string | null): Extraction {
  const record: ArticleRecord = { id: 't', url: null, language, publishedAt, title: null, text };
  return extractArticle(record).extraction;
}

/** The persons of the relations of `type` (CHAIRED, ATTENDED …), sorted. */
export const relationPeople = (e: Extraction, type: string) =>
  e.relations
    .filter((r) => r.type === type)
    .map((r) => r.person)
    .sort();

/** "organisation | document" of the relations of `type` (ISSUED, IMPLEMENTS), sorted; "-" for none. */
export const documentPairs = (e: Extraction, type: string) =>
  e.relations
    .filter((r) => r.type === type)
    .map((r) => `${r.organization ?? '-'} | ${r.document}`)
    .sort();
