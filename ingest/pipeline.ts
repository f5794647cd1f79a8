// The one path from an article record to its extraction: clean → segment → extract.
// `kg extract` prints this; `kg ingest` resolves and loads exactly this.
import type { ArticleRecord, Extraction, SegmentedArticle } from './types.ts';
import { cleanArticle } from './clean.ts';
import { recogniserFor } from './extract/index.ts';

export function segmentArticle(record: ArticleRecord): SegmentedArticle {
  const clean = cleanArticle(record);
  const recogniser = recogniserFor(clean.language);
  // The cleaned article itself gains its sentences (a spread would read its lazy matchText).
  return Object.assign(clean, { sentences: recogniser.segment(clean) });
}

export function extractArticle(record: ArticleRecord): { article: SegmentedArticle; extraction: Extraction } {
  const article = segmentArticle(record);
  const found = recogniserFor(article.language).extract(article);
  const authors = [...new Set([...(record.authors ?? []), ...article.authors, ...found.authors])];
  return { article, extraction: { id: record.id, language: article.language, ...found, authors } };
}
