// One short article extracted from text alone, and one-line views of its Extraction for the
// recogniser tests of both languages: who holds which relation, which posts, which bodies, sorted
// so that a test compares sets, not the order rules happen to emit.
import type { ArticleRecord, Extraction } from '../../ingest/types.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

/** The extraction of `text` as one article of `language`, dated `publishedAt`, as `kg extract` gives it. */
export function extractText(text: string, language: 'vi' | 'en', publishedAt: string | null): Extraction {
  const record: ArticleRecord = { id: 't', url: null, language, publishedAt, title: null, text };
  return extractArticle(record).extraction;
}

/** extractText for English articles dated `defaultDate` unless a test gives its own date (or null). */
export const englishExtractor =
  (defaultDate: string) =>
  (text: string, publishedAt: string | null = defaultDate): Extraction =>
    extractText(text, 'en', publishedAt);

/** The persons of the relations of one type (CHAIRED, ATTENDED …). */
export const peopleOf = (e: Extraction, type: string): string[] =>
  e.relations
    .filter((r) => r.type === type)
    .map((r) => r.person!)
    .sort();

/** "person | role" of every HOLDS_POSITION. */
export const postsOf = (e: Extraction): string[] =>
  e.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role}`)
    .sort();

/** "person | role | organization" of every HOLDS_POSITION; "-" for a post that names no body. */
export const seatsOf = (e: Extraction): string[] =>
  e.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '-'}`)
    .sort();

/** "organization | document" of the relations of one type (ISSUED, IMPLEMENTS); "-" for no organization. */
export const documentPairsOf = (e: Extraction, type: string): string[] =>
  e.relations
    .filter((r) => r.type === type)
    .map((r) => `${r.organization ?? '-'} | ${r.document}`)
    .sort();

export const personNamesOf = (e: Extraction): string[] => e.persons.map((p) => p.name).sort();
export const bodyNamesOf = (e: Extraction): string[] => e.organizations.map((o) => o.name).sort();
