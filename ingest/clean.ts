// Cleaning: Unicode normalisation and removal of page chrome. Placeholder until issue 3's cleaner lands.
import type { ArticleRecord, CleanArticle } from './types.ts';

export function cleanArticle(record: ArticleRecord): CleanArticle {
  const text = record.text.normalize('NFC').replace(/\u00a0/g, ' ');
  return { record, language: record.language ?? 'vi', text, matchText: text.toLowerCase(), authors: [] };
}
