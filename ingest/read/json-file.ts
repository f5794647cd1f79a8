// A .json file: one record, or an array of records. The file is parsed whole (it is bounded by
// MAX_FILE_BYTES; many records belong in JSON Lines, which streams), and each element's origin
// is the line where it begins, so errors point at the element to fix.
import type { ArticleRecord, RecordError } from '../types.ts';
import { recordError, validateRecord } from './record.ts';

export function readJsonText(text: string, name: string): Array<ArticleRecord | RecordError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(reason);
    const where = position ? `${name}:${lineAt(text, Number(position[1]))}` : name;
    return [
      recordError(
        null,
        `${where}: not valid JSON (${reason}); expected one record object or an array of them`,
        where,
      ),
    ];
  }
  if (!Array.isArray(value)) return [validateRecord(value, `${name}:${lineAt(text, firstNonSpace(text))}`)];
  if (value.length === 0)
    return [recordError(null, `${name}: the array has no records; nothing to read`, name)];
  const starts = topLevelElementStarts(text);
  return value.map((element, i) => validateRecord(element, `${name}:${lineAt(text, starts[i] ?? 0)}`));
}

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/**
 * Offsets where the elements of a top-level JSON array begin. Runs only on text JSON.parse has
 * accepted, so it needs to know just strings (to skip their brackets and commas) and nesting.
 */
function topLevelElementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (expectElement) {
      starts.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return starts;
}
