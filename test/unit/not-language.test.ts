// The not-language gate of the read stage (ingest/detect-language.ts notProseReason): random letters,
// base64, hex dumps and a 5 MB line of random letters are reported and skipped with the reason,
// through every reader; every real article (the dev corpus, the raw seeds, the bundled samples, the
// saved pages and HTML fixtures) passes, with its margin printed. Noise is generated here from a
// seeded generator, so it is new on no run and the same on every one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MIN_LANGUAGE_SHARE,
  MIN_VIETNAMESE_LANGUAGE_SHARE,
  MIN_WORD_SHAPED_SHARE,
  VIETNAMESE_ALPHABET_SHARE,
  notProseReason,
  proseEvidenceOf,
} from '../../ingest/detect-language.ts';
import { readInputs, type ReadResult } from '../../ingest/read/inputs.ts';
import { parseRecordLine } from '../../ingest/read/record.ts';
import { DEV_CORPUS } from '../support/score-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = seeded(20261206);
const pick = (alphabet: string) => alphabet[Math.floor(next() * alphabet.length)]!;
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const VIETNAMESE =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const word = (alphabet: string, max: number) =>
  Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(alphabet)).join('');
const bytesHex = (n: number) =>
  Array.from({ length: n }, () => pick('0123456789abcdef') + pick('0123456789abcdef'));
const base64 = (n: number) =>
  Array.from({ length: n }, () =>
    pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
  ).join('');

const NOISE: Record<string, () => string> = {
  'a 5 MB line of random letters': () => Array.from({ length: 5 * 1024 * 1024 }, () => pick(LATIN)).join(''),
  'random letters in word-sized groups': () => Array.from({ length: 400 }, () => word(LATIN, 9)).join(' '),
  'random Vietnamese letters in groups': () =>
    Array.from({ length: 400 }, () => word(VIETNAMESE, 6)).join(' '),
  'base64 in 76-character lines': () => base64(8000).replace(/(.{76})/g, '$1\n'),
  'a hex dump (offset, 16 bytes, ASCII column)': () =>
    Array.from(
      { length: 120 },
      (_, i) => `${(i * 16).toString(16).padStart(8, '0')}: ${bytesHex(16).join(' ')}  ................`,
    ).join('\n'),
  'hex bytes separated by spaces': () => bytesHex(3000).join(' '),
};

const line = (id: string, text: string) =>
  JSON.stringify({ id, url: null, language: null, publishedAt: null, title: null, text });

// The 5 MB inputs take about 0.6 s on a quiet machine; the limit is for a hang, not a speed goal.
describe('text that is not language', { timeout: 60_000 }, () => {
  it.each(Object.keys(NOISE))('%s: reported and skipped with the reason, as JSON Lines', (name) => {
    const result = parseRecordLine(line('noise', NOISE[name]!()), 'noise.jsonl:1');
    expect('error' in result, `${name} was accepted as an article`).toBe(true);
    const { error, id } = result as { error: string; id: string };
    expect(id).toBe('noise');
    expect(error).toMatch(
      /^noise\.jsonl:1: record "noise": the text is not .*; it was skipped, not stored as an article/,
    );
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'kg-not-language-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is skipped by the .txt and .html readers too, and prose beside it is read', async () => {
    const letters = NOISE['a 5 MB line of random letters']!();
    writeFileSync(path.join(dir, 'letters.txt'), `Tiêu đề\n${letters}\n`);
    writeFileSync(
      path.join(dir, 'dump.html'),
      `<html><body><article><p>${NOISE['base64 in 76-character lines']!().split('\n').join('</p><p>')}</p></article></body></html>`,
    );
    writeFileSync(
      path.join(dir, 'prose.txt'),
      'Hội nghị Ban Chấp hành\nSáng 14/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết việc thực hiện Chỉ thị của Bộ Chính trị về công tác cán bộ.\n',
    );
    const results: ReadResult[] = [];
    for await (const r of readInputs([dir])) results.push(r);
    const byId = new Map(results.map((r) => [r.id, r]));
    expect((byId.get('letters') as { error?: string }).error).toMatch(
      /the text is not prose: .* shaped like words/,
    );
    expect((byId.get('dump') as { error?: string }).error).toMatch(/the text is not prose/);
    expect('text' in byId.get('prose')!).toBe(true);
  });

  it('never refuses a real article, with a margin over every threshold', async () => {
    const inputs = [
      DEV_CORPUS,
      path.join(DEV_CORPUS, '../raw'),
      path.join(ROOT, 'samples/articles'),
      path.join(ROOT, 'test/fixtures/saved-pages'),
      path.join(ROOT, 'test/fixtures/html'),
    ];
    let articles = 0;
    let minShape = 1;
    let minLanguage = 1;
    let minVietnameseLanguage = 1;
    let maxMarkedOfOthers = 0;
    for await (const r of readInputs(inputs)) {
      if (!('text' in r)) {
        // The one fixture page with no article body is refused for that, not for its language.
        expect(r.error).not.toMatch(/not prose|not Vietnamese/);
        continue;
      }
      articles++;
      expect(notProseReason(r.text), `${r.origin} refused`).toBeNull();
      const e = proseEvidenceOf(r.text);
      minShape = Math.min(minShape, e.wordShapedShare);
      if (e.tokens >= 30) {
        minLanguage = Math.min(minLanguage, e.languageShare);
        if (e.markedShare >= VIETNAMESE_ALPHABET_SHARE)
          minVietnameseLanguage = Math.min(minVietnameseLanguage, e.languageShare);
        else maxMarkedOfOthers = Math.max(maxMarkedOfOthers, e.markedShare);
      }
    }
    expect(articles).toBeGreaterThan(60);
    process.stderr.write(
      `not-language gate over ${articles} real articles: word-shaped share ≥ ${minShape.toFixed(3)} (threshold ${MIN_WORD_SHAPED_SHARE}), ` +
        `language share ≥ ${minLanguage.toFixed(3)} (threshold ${MIN_LANGUAGE_SHARE}), Vietnamese-alphabet texts ≥ ${minVietnameseLanguage.toFixed(3)} ` +
        `(threshold ${MIN_VIETNAMESE_LANGUAGE_SHARE}), marked share of the others ≤ ${maxMarkedOfOthers.toFixed(3)} (threshold ${VIETNAMESE_ALPHABET_SHARE})\n`,
    );
  });

  it('leaves texts too short to judge alone, and judges codes and numbers as neither', () => {
    expect(notProseReason('x')).toBeNull();
    expect(notProseReason('Bổ nhiệm Phó Thủ tướng')).toBeNull();
    const codes =
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 và Nghị định 12/2024/NĐ-CP của Chính phủ về COVID-19, năm 2021.';
    expect(proseEvidenceOf(codes).wordShapedShare).toBe(1);
    expect(notProseReason(codes)).toBeNull();
    expect(notProseReason('12 345 678 910 '.repeat(20))).toMatch(/has no words/);
  });
});
