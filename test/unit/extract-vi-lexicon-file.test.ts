// The one lexicon reader (ingest/lexicon/shared/lexicon-file.ts) on files written for these tests:
// every lexicon and pattern file goes through it, so its handling of line ends, byte-order marks,
// decomposed Vietnamese and comments is what every rule sees.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LexiconError,
  listCell,
  readLexicon,
  readLexiconRows,
  readPatterns,
} from '../../ingest/lexicon/shared/lexicon-file.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string): string {
  const p = path.join(dir, `f${n++}.tsv`);
  writeFileSync(p, content, 'utf8');
  return p;
}

describe('readLexiconRows', () => {
  it('reads CRLF lines, a byte-order mark, comments and blank lines the same as plain LF', () => {
    const lf = readLexiconRows(
      file('# heading\nBộ Chính trị\tparty-central\n\n Ban Bí thư \t party-central \n'),
    );
    const crlf = readLexiconRows(
      file('\uFEFF# heading\r\nBộ Chính trị\tparty-central\r\n\r\n Ban Bí thư \t party-central \r\n'),
    );
    expect(crlf.map((r) => r.cells)).toEqual(lf.map((r) => r.cells));
    expect(lf.map((r) => r.cells)).toEqual([
      ['Bộ Chính trị', 'party-central'],
      ['Ban Bí thư', 'party-central'],
    ]);
  });

  it('normalises decomposed (NFD) Vietnamese to NFC, so it matches the articles', () => {
    const [row] = readLexiconRows(file(`${'Thủ tướng'.normalize('NFD')}\thead\n`));
    expect(row!.cells[0]).toBe('Thủ tướng'.normalize('NFC'));
    expect(row!.cells[0]).not.toBe('Thủ tướng'.normalize('NFD'));
  });

  it('gives each row its line number and the comment lines just above it', () => {
    const rows = readLexiconRows(file('# first class\n# of phrasing\nchủ trì\tchair\n\nphát biểu\tspeak\n'));
    expect(rows.map((r) => [r.line, r.comment])).toEqual([
      [3, 'first class of phrasing'],
      [5, ''],
    ]);
  });

  it('refuses a row missing a required column, naming the file and the line', () => {
    const p = file('# ok\nchủ trì\tchair\ndự\n');
    expect(() => readLexiconRows(p, { minColumns: 2 })).toThrow(LexiconError);
    expect(() => readLexiconRows(p, { minColumns: 2 })).toThrow(
      `${p} line 3: expected 2 tab-separated columns`,
    );
  });
});

describe('readPatterns', () => {
  it('expands {{name}} with a pattern defined above and with pieces the caller builds', () => {
    const patterns = readPatterns(
      file(
        '# a day and month\nday-month\t(\\d{1,2})/(\\d{1,2})\n# a dated kind\ndated\t(?:{{kinds}}) ngày {{day-month}}\n',
      ),
      new Map([['kinds', 'Chỉ thị|Nghị quyết']]),
    );
    expect([...patterns.keys()]).toEqual(['day-month', 'dated']);
    const dated = new RegExp(patterns.get('dated')!, 'u');
    expect(dated.exec('Chỉ thị ngày 5/3')?.slice(1)).toEqual(['5', '3']);
    expect(dated.test('Công văn ngày 5/3')).toBe(false);
  });

  it('refuses a pattern with no comment saying what it covers', () => {
    expect(() => readPatterns(file('# one\na\tx\n\nb\ty\n'))).toThrow(
      /line 4: pattern b needs a '#' comment/,
    );
  });

  it('refuses an unknown {{name}}, a duplicate name and an invalid expression', () => {
    expect(() => readPatterns(file('# c\na\t{{nowhere}}\n'))).toThrow(/\{\{nowhere\}\} names no pattern/);
    expect(() => readPatterns(file('# c\na\tx\n# c\na\ty\n'))).toThrow(/defined twice/);
    expect(() => readPatterns(file('# c\na\t(unclosed\n'))).toThrow(/not a valid expression/);
  });
});

describe('the existing exports', () => {
  it('still read the shared lexicon files by name, and split list cells', () => {
    const provinces = readLexicon('provinces.tsv');
    expect(provinces.length).toBeGreaterThan(60);
    expect(provinces.every((row) => row[0] && !row[0].startsWith('#'))).toBe(true);
    expect(listCell(' a | b ||c ')).toEqual(['a', 'b', 'c']);
    expect(listCell(undefined)).toEqual([]);
  });
});
