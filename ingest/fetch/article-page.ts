// A fetched article page to an ArticleRecord for the ingest path: the body, title, date and bylines
// read by the project's own HTML reader (ingest/read/html-page.ts, chosen over @mozilla/readability
// by measurement: docs/decisions/0015-feeds.md), the address made canonical, the date taken from the
// page's metadata, else the feed's, else the dateline, and the language detected from the text.
import { decodeHtml } from '../read/decode-text.ts';
import { readHtmlText } from '../read/html-page.ts';
import { isCalendarDate } from '../read/record.ts';
import { detectLanguage } from '../detect-language.ts';
import { findDates } from '../extract/en/dates.ts';
import type { ArticleRecord, RecordError } from '../types.ts';
import { canonicalUrl } from './canonical-url.ts';
import type { FeedItem } from './feed-parse.ts';

export function articleRecordOf(
  bytes: Uint8Array,
  servedFrom: string,
  item: FeedItem,
): ArticleRecord | RecordError {
  const decoded = decodeHtml(bytes, `page ${servedFrom}`);
  if ('error' in decoded) return { id: servedFrom, error: decoded.error, origin: servedFrom };
  const read = readHtmlText(decoded.text, servedFrom, servedFrom);
  if ('error' in read && !('text' in read)) return read;
  const record = read as ArticleRecord;
  // A canonical link that is not a web address (or is broken) is ignored, not trusted.
  const url =
    (record.url ? canonicalUrl(record.url, servedFrom) : null) ?? canonicalUrl(servedFrom) ?? servedFrom;
  const publishedAt = record.publishedAt ?? item.publishedAt ?? datelineDate(record.text);
  return {
    ...record,
    id: url,
    url,
    // The feed's title is the bare headline; a page's <title> often carries the site's name.
    title: item.title ?? record.title,
    publishedAt,
    // The text decides: templates often keep one lang attribute for every edition of a site.
    language: detectLanguage(`${record.title ?? ''}\n${record.text.slice(0, 4000)}`),
    origin: servedFrom,
  };
}

/**
 * A full date in the first lines of the text: "Ngày 12/7/2023", "(12-07-2023)" or "Hanoi, July 12,
 * 2023". A dateline without a year ("Ngày 12/7") dates nothing: the year would be a guess.
 */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 400);
  const numeric = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/.exec(head);
  if (numeric && isCalendarDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))) {
    return `${numeric[3]}-${numeric[2]!.padStart(2, '0')}-${numeric[1]!.padStart(2, '0')}`;
  }
  const written = findDates(head).find((d) => d.year !== null && isCalendarDate(d.year, d.month, d.day));
  if (written)
    return `${written.year}-${String(written.month).padStart(2, '0')}-${String(written.day).padStart(2, '0')}`;
  return null;
}
