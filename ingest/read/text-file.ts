// A plain .txt article: the first non-blank line is its title, the rest its text, and its id the
// one readInputs derives from the file's path. Language and date are unknown here (the cleaner
// detects the language).
import type { ArticleRecord, RecordError } from '../types.ts';
import { recordError, textOverLimit } from './record.ts';

export function readPlainText(content: string, name: string, id: string): ArticleRecord | RecordError {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0)
    return recordError(id, `${name}: the file is empty; expected a title line, then the article text`, name);
  const rest = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  // A one-line file is all text: an article with no title is more useful than a title with no text.
  const title = rest === '' ? null : lines[first]!.trim();
  const text = rest === '' ? lines[first]!.trim() : rest;
  const tooLong = textOverLimit(text, id, name, name);
  if (tooLong) return tooLong;
  return { id, url: null, language: null, publishedAt: null, title, text, origin: `${name}:${first + 1}` };
}
