// The one reader of the lexicon and pattern files (ingest/lexicon/**): data, not code, so adding an
// abbreviation, a spelling, a cue word or a pattern is a one-line change to a text file. Every file
// is read the same way: UTF-8 with or without a byte-order mark, LF or CRLF line ends, '#' lines
// and blank lines skipped, columns split on tabs, trimmed and NFC-normalised (a file saved by an
// editor that writes decomposed Vietnamese still matches the NFC text of the articles).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A lexicon or pattern file that cannot be used; the message names the file, the line and the fix. */
export class LexiconError extends Error {
  override name = 'LexiconError';
}

/** One data line of a lexicon file, with its 1-based line number and the comment lines just above it. */
export interface LexiconRow {
  cells: string[];
  line: number;
  /** The '#' lines directly above this row (without the '#'), joined by spaces; '' when none. */
  comment: string;
}

export interface ReadOptions {
  /** Each row must have this many non-empty leading columns; LexiconError otherwise. */
  minColumns?: number;
}

/** Rows of a lexicon file at `location` (a file URL, or a path), with line numbers and comments. */
export function readLexiconRows(location: URL | string, options: ReadOptions = {}): LexiconRow[] {
  const file = location instanceof URL ? fileURLToPath(location) : location;
  const minColumns = options.minColumns ?? 0;
  const rows: LexiconRow[] = [];
  let comment: string[] = [];
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .forEach((raw, i) => {
      const trimmed = raw.trim();
      if (trimmed === '') {
        comment = [];
        return;
      }
      if (trimmed.startsWith('#')) {
        comment.push(trimmed.slice(1).trim().normalize('NFC'));
        return;
      }
      const cells = raw.split('\t').map((cell) => cell.trim().normalize('NFC'));
      for (let j = 0; j < minColumns; j++) {
        if (!cells[j]) {
          throw new LexiconError(
            `${file} line ${i + 1}: expected ${minColumns} tab-separated columns, got ${JSON.stringify(raw)}; fix the line`,
          );
        }
      }
      rows.push({ cells, line: i + 1, comment: comment.join(' ') });
    });
  return rows;
}

/** Rows of a lexicon file beside this module (ingest/lexicon/shared/), as columns. */
export function readLexicon(fileName: string): string[][] {
  return readLexiconRows(new URL(fileName, import.meta.url)).map((row) => row.cells);
}

/** The " | "-separated list in a lexicon cell; empty when the cell is missing. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A pattern file: `<name>\t<regular expression>` rows, each under a '#' comment saying what class
 * of phrasing it covers (a pattern without one is refused, so no rule arrives unexplained). The
 * expressions are compiled with the 'u' flag; `{{other}}` inside one is replaced by the source of
 * the pattern named `other` defined above it, or of a piece the caller builds from a word list
 * (`pieces`), so shared parts (a date cue, the document kinds) are written once.
 */
export function readPatterns(
  location: URL | string,
  pieces: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const out = new Map<string, string>(pieces);
  const file = location instanceof URL ? fileURLToPath(location) : location;
  for (const row of readLexiconRows(location, { minColumns: 2 })) {
    const [name = '', written = ''] = row.cells;
    const where = `${file} line ${row.line}`;
    if (!row.comment)
      throw new LexiconError(`${where}: pattern ${name} needs a '#' comment above it saying what it covers`);
    if (out.has(name)) throw new LexiconError(`${where}: pattern ${name} is defined twice; rename one`);
    const source = written.replace(/\{\{([\w-]+)\}\}/gu, (_, ref: string) => {
      const piece = out.get(ref);
      if (piece === undefined)
        throw new LexiconError(`${where}: {{${ref}}} names no pattern defined above it`);
      return piece;
    });
    try {
      new RegExp(source, 'u');
    } catch (err) {
      throw new LexiconError(
        `${where}: pattern ${name} is not a valid expression (${(err as Error).message})`,
      );
    }
    out.set(name, source);
  }
  for (const piece of pieces.keys()) out.delete(piece);
  return out;
}
