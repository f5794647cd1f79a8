// Validation of one article record (CONTRACT.md) into an ArticleRecord, or a RecordError that says
// what is wrong with which record and what to do. Every reader (JSON Lines, JSON, stdin) ends here,
// so `kg extract` and `kg ingest` accept and reject exactly the same records.
import type { ArticleRecord, Language, RecordError } from '../types.ts';
import { childLog } from '../base/log.ts';
import { articleDateline, isCalendarDate } from './dateline.ts';
import { notProseReason } from '../detect-language.ts';
import { unnamed } from '../base/unnamed.ts';

export { isCalendarDate };

const log = childLog('read');

/**
 * The longest article text accepted, in characters (UTF-16 code units): room for a 10 MB article
 * of any script (UTF-8 never takes fewer bytes than characters). The pipeline is linear in article
 * length, so such a record is processed (10 MB of Vietnamese: 13 s of CPU, 750 MB peak); beyond
 * this, memory rather than time is the risk, so longer texts are refused with a message saying to
 * split them, never truncated silently. Measurements: docs/decisions/0007-article-size-limit.md.
 */
export const MAX_TEXT_CHARS = 12_000_000;

/** The size-limit error, or null when the text fits. `subject` names the record or file. */
export function textOverLimit(
  text: string,
  id: string | null,
  subject: string,
  origin: string,
): RecordError | null {
  if (text.length <= MAX_TEXT_CHARS) return null;
  return recordError(
    id,
    `${subject} has a text of ${text.length} characters, over the limit of ${MAX_TEXT_CHARS} for one article; split it into smaller records`,
    origin,
  );
}

/**
 * The not-language error (random letters, base64, a hex dump), or null when the text reads as
 * prose: such a record is reported and skipped like any other bad record, never stored as an
 * article. The gate is ingest/detect-language.ts notProseReason.
 */
export function textNotProse(
  text: string,
  id: string | null,
  subject: string,
  origin: string,
): RecordError | null {
  const reason = notProseReason(text);
  if (reason === null) return null;
  return recordError(
    id,
    `${subject}: the text ${reason}; it was skipped, not stored as an article; check that the source gives the article's text`,
    origin,
  );
}

const FIELDS =
  'expected {"id", "url", "language": "vi"|"en"|null, "publishedAt": "YYYY-MM-DD"|null, "title", "text"}';

/** A reader's failure to read, as a record-level error with the record's id when it is known. */
export function recordError(id: string | null, error: string, origin?: string): RecordError {
  return origin === undefined ? { id, error } : { id, error, origin };
}

/**
 * Parses and validates one line of JSON Lines into an ArticleRecord, or a RecordError whose
 * message names the line (`origin`, e.g. "feed.jsonl:17" or "stdin:3") and says what to fix.
 *
 * Blank lines are not records: callers skip them before calling (readInputs does); given one,
 * this returns an error. When the line is not valid JSON, the error still carries the record's
 * `id` if one can be seen in the raw text, so a consumer can match the error to its input.
 * Dates: see `normalisePublishedAt` — a publishedAt that is not a date becomes null with a warning.
 */
export function parseRecordLine(line: string, origin: string): ArticleRecord | RecordError {
  const trimmed = line.trim();
  if (trimmed === '') {
    return recordError(null, `${origin}: the line is empty; expected one JSON object per line`, origin);
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return recordError(
      idSeenInRawText(trimmed),
      `${origin}: not valid JSON (${reason}); each line must be one complete JSON object`,
      origin,
    );
  }
  return validateRecord(value, origin);
}

/** Validates an already parsed JSON value (a JSON Lines line, or one element of a JSON file). */
export function validateRecord(value: unknown, origin: string): ArticleRecord | RecordError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return recordError(null, `${origin}: the record is ${got}, not an object; ${FIELDS}`, origin);
  }
  const fields = value as Record<string, unknown>;

  let id: string;
  if (typeof fields.id === 'string' && fields.id.trim() !== '') id = fields.id.trim();
  else if (typeof fields.id === 'number' && Number.isFinite(fields.id)) id = String(fields.id);
  else {
    const what = fields.id === undefined ? 'has no "id"' : `has an "id" of ${describe(fields.id)}`;
    return recordError(
      null,
      `${origin}: the record ${what}; give every record a non-empty string id`,
      origin,
    );
  }
  const fail = unnamed((message: string): RecordError =>
    recordError(id, `${origin}: record "${id}" ${message}`, origin),
  );

  const text = fields.text;
  if (text === undefined || text === null)
    return fail('has no "text" field; add the article text, or drop the record');
  if (typeof text !== 'string') return fail(`has a "text" of ${describe(text)}; "text" must be a string`);
  if (text.trim() === '') return fail('has empty "text"; nothing to extract, so it was skipped');
  const tooLong = textOverLimit(text, id, `${origin}: record "${id}"`, origin);
  if (tooLong) return tooLong;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return fail(
      `has a NUL character in "text" at position ${nul}, so it is binary data, not article text; fix the source`,
    );
  }

  const url = optionalString(fields.url);
  if (url === undefined) return fail(`has a "url" of ${describe(fields.url)}; expected a string or null`);
  const title = optionalString(fields.title);
  if (title === undefined)
    return fail(`has a "title" of ${describe(fields.title)}; expected a string or null`);

  const language = parseLanguage(fields.language);
  if (language === undefined) {
    return fail(
      `has a "language" of ${describe(fields.language)}; expected "vi", "en" or null (detected from the text)`,
    );
  }

  // Last: a record with a wrong field is told about the field first.
  const notProse = textNotProse(text, id, `${origin}: record "${id}"`, origin);
  if (notProse) return notProse;

  const record: ArticleRecord = {
    id,
    url: url === null || url.trim() === '' ? null : url.trim(),
    language,
    // A record without a date may be a saved page that shows its own dateline.
    publishedAt:
      normalisePublishedAt(fields.publishedAt, `${origin}: record "${id}"`) ?? articleDateline(text),
    title: title === null || title.trim() === '' ? null : title.trim(),
    text,
    origin,
  };
  if (Array.isArray(fields.authors) && fields.authors.every((a) => typeof a === 'string')) {
    record.authors = (fields.authors as string[]).map((a) => a.trim()).filter(Boolean);
  }
  return record;
}

/** True when a reader's result is an error rather than a record. */
export function isRecordError(item: ArticleRecord | RecordError): item is RecordError {
  return 'error' in item;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;

/**
 * The article date as YYYY-MM-DD. An ISO date-time ("2021-12-28T08:30:00+07:00") keeps its date
 * part as written, which is the publisher's local date. Anything else that is not a real calendar
 * date becomes null with a warning naming the record: a wrong date would date every position the
 * article states, while a missing one only leaves them undated, and the article itself is kept.
 */
export function normalisePublishedAt(value: unknown, where: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value.trim());
    if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  log.warn(
    { where, publishedAt: value },
    `${where} has a "publishedAt" of ${describe(value)}, not a YYYY-MM-DD date; it is read as unknown (null)`,
  );
  return null;
}

function parseLanguage(value: unknown): Language | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return undefined;
  // "vi-VN", "VI", "en_US" are the same languages as far as the recognisers go.
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}

/** A string, null when absent, or undefined when present with the wrong type. */
function optionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** The id of a record whose JSON cannot be parsed (or was cut), when it can be seen in the raw text. */
export function idSeenInRawText(raw: string): string | null {
  const m = RAW_ID.exec(raw);
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return null;
  }
}

const RAW_ID = /"id"\s*:\s*(?:"((?:[^"\\]|\\.){1,200})"|(\d{1,20})[,}\s])/;
