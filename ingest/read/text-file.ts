// A plain .txt article: the first non-blank line is its title, the rest its text, and its id the
// one readInputs derives from the file's path. A page saved by hand opens with the site's date
// ("Thứ Ba, 16/4/2024"): date lines are never the title, and the article's own dateline (the
// one with a time of day) is its date. The language is unknown here (the cleaner detects it).
import type { ArticleRecord, RecordError } from '../types.ts';
import { recordError, textNotProse, textOverLimit } from './record.ts';
import { articleDateline, isDateLine } from './dateline.ts';

export function readPlainText(content: string, name: string, id: string): ArticleRecord | RecordError {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  if (firstLine < 0)
    return recordError(id, `${name}: the file is empty; expected a title line, then the article text`, name);
  const titleLine = lines.findIndex((line) => line.trim() !== '' && !isDateLine(line));
  const first = titleLine < 0 ? firstLine : titleLine;
  const rest = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  // A one-line file is all text: an article with no title is more useful than a title with no text.
  const title = rest === '' ? null : lines[first]!.trim();
  const text = rest === '' ? lines[first]!.trim() : rest;
  const tooLong = textOverLimit(text, id, name, name);
  if (tooLong) return tooLong;
  const notProse = textNotProse(text, id, name, name);
  if (notProse) return notProse;
  return {
    id,
    url: null,
    language: null,
    publishedAt: articleDateline(content),
    title,
    text,
    origin: `${name}:${first + 1}`,
  };
}
