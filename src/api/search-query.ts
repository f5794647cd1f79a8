// From what a user types to a Lucene query for the full-text indexes. The indexes fold
// diacritics and case when they index (standard-folding analyzer); the query is folded the same
// way here, split into words and escaped, so no Lucene syntax from the user reaches the parser.
import { nameKey } from '../../ingest/text/normalise.ts';
import { badInput } from './errors.ts';

export const MAX_SEARCH_LENGTH = 200;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function searchWords(typed: string): string[] {
  return nameKey(typed)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Several words: the whole phrase ranks highest, then all of the words with the last one as a
 * prefix (type-ahead: "Phạm Ngọc Th"); requiring every word keeps "pham ngoc thuong" from
 * matching "Ban Thường vụ" on one shared syllable. One word: itself, or as a prefix.
 */
export function luceneQuery(typed: string): string {
  if (typed.length > MAX_SEARCH_LENGTH) {
    throw badInput(
      `query: ${typed.length} characters is too long; search with at most ${MAX_SEARCH_LENGTH}.`,
      'query',
    );
  }
  const words = searchWords(typed).map((w) => w.replace(LUCENE_SPECIAL, '\\$&'));
  if (words.length === 0) {
    throw badInput(`query: ${JSON.stringify(typed)} has no letters or digits to search for.`, 'query');
  }
  const last = words.at(-1)!;
  const withPrefix = [...words.slice(0, -1), last.length >= 2 ? `${last}*` : last];
  if (words.length === 1) return last.length >= 2 ? `${last}^2 OR ${last}*` : last;
  return `"${words.join(' ')}"^4 OR (${withPrefix.join(' AND ')})^2`;
}
