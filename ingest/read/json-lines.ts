// JSON Lines, streamed: one record per line, split on bytes so that every line is decoded (and its
// encoding checked) on its own, a broken line costs only itself, and a line with no end in sight
// is skipped at MAX_LINE_BYTES instead of filling memory.
import type { ArticleRecord, RecordError } from '../types.ts';
import { decodeText } from './decode-text.ts';
import { idSeenInRawText, parseRecordLine, recordError } from './record.ts';

const NEWLINE = 0x0a;

/**
 * The longest JSON Lines line kept: a text at MAX_TEXT_CHARS in Vietnamese (up to 3 bytes a
 * character) with room to spare. A longer line's bytes are dropped as they stream by and only its
 * start is kept, to name the record in the error, so an endless line cannot exhaust memory.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
const KEPT_HEAD_BYTES = 4096;
const lenientUtf8 = new TextDecoder('utf-8');

interface RawLine {
  number: number;
  /** Byte offset of the line in its file. */
  offset: number;
  /** The bytes of the line without its newline, or null when the line was too long to keep. */
  bytes: Uint8Array | null;
  /** The first bytes of a line too long to keep (else empty). */
  head: Uint8Array;
  byteLength: number;
}

/** Splits a byte stream into lines, keeping at most `maxLineBytes` of any one line. */
export async function* splitLines(
  source: AsyncIterable<Uint8Array>,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let kept = 0;
  let lineLength = 0;
  let overflow = false;
  let head = new Uint8Array(0);
  let number = 1;
  let offset = 0;

  const finish = (): RawLine => {
    const line: RawLine = {
      number,
      offset,
      bytes: overflow ? null : concat(parts, kept),
      head,
      byteLength: lineLength,
    };
    offset += lineLength + 1;
    number += 1;
    parts = [];
    kept = 0;
    lineLength = 0;
    overflow = false;
    head = new Uint8Array(0);
    return line;
  };
  const take = (piece: Uint8Array) => {
    lineLength += piece.length;
    if (overflow) return;
    if (kept + piece.length > maxLineBytes) {
      overflow = true;
      head = concat([...parts, piece], kept + piece.length).slice(0, KEPT_HEAD_BYTES);
      parts = [];
      kept = 0;
      return;
    }
    parts.push(piece);
    kept += piece.length;
  };

  for await (const chunk of source) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy the tail: stream chunks may be reused by their producer after we return.
    if (start < chunk.length) take(chunk.slice(start));
  }
  if (lineLength > 0 || overflow) yield finish();
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts, length);
}

/**
 * Reads JSON Lines from a byte stream: one ArticleRecord or RecordError per non-blank line, in
 * order, with `origin` "<name>:<line>". Blank lines are skipped; a trailing "\r" (CRLF files) is
 * ignored; a UTF-8 byte-order mark is dropped.
 */
export async function* readJsonLines(
  source: AsyncIterable<Uint8Array>,
  name: string,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<ArticleRecord | RecordError> {
  for await (const line of splitLines(source, maxLineBytes)) {
    const origin = `${name}:${line.number}`;
    if (line.bytes === null) {
      const id = idSeenInRawText(lenientUtf8.decode(line.head));
      yield recordError(
        id,
        `${origin}: ${id === null ? 'the record' : `record "${id}"`} is a line of ${line.byteLength} bytes, over the limit of ${maxLineBytes} for one record; split the article into smaller records`,
        origin,
      );
      continue;
    }
    const decoded = decodeText(line.bytes, 'the line', line.offset);
    if ('error' in decoded) {
      // Name the record if its id can be seen through the bad bytes, so the error can be matched to it.
      const id = idSeenInRawText(lenientUtf8.decode(line.bytes));
      yield recordError(id, `${origin}: ${decoded.error}`, origin);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    yield parseRecordLine(decoded.text, origin);
  }
}
