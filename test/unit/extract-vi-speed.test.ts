// The shortcuts of decision 0072 (Vietnamese extraction speed) give what the forms they replace
// give. keysBetween stands for `tokens.slice(from, to).map((t) => t.key).join(' ')`, which V8 fell
// into a deopt loop on; the texts are our own plus seeded random ones, and the bounds every pair
// slice reads differently (negative, past the end, crossed).
import { describe, expect, it } from 'vitest';
import { keysBetween, tokenize } from '../../ingest/extract/vi/tokens.ts';
import { matchKey } from '../../ingest/text/normalise.ts';
import { randomText } from '../support/random-text.ts';

const OWN = [
  'Tư lệnh Bộ đội Biên phòng, Thiếu tướng Lê Đức Thái chủ trì Hội nghị.',
  'Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Bắc Ninh dự buổi làm việc tại Trung tâm Hội nghị tỉnh.',
  '',
  'Đảng',
];
const PIECES = [
  'Bộ',
  'Chính',
  'trị',
  ' ',
  ', ',
  '\n',
  'ủy',
  'UBND',
  '(',
  ')',
  '.',
  'Tỉnh',
  'T.Ư',
  '05-CT/TW',
];

function tokensOf(text: string) {
  return tokenize(text, matchKey(text).length === text.length ? matchKey(text) : text.toLowerCase());
}

describe('keysBetween', () => {
  const texts = [...OWN, ...Array.from({ length: 60 }, (_, i) => randomText(i + 1, PIECES, 12 + (i % 20)))];
  it('gives what slice, map and join give, at every pair of bounds slice reads', () => {
    let compared = 0;
    for (const text of texts) {
      const tokens = tokensOf(text);
      for (let from = -tokens.length - 2; from <= tokens.length + 2; from++)
        for (let to = -tokens.length - 2; to <= tokens.length + 2; to++) {
          const expected = tokens
            .slice(from, to)
            .map((t) => t.key)
            .join(' ');
          expect(keysBetween(tokens, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toBe(expected);
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('joins the keys of our own sentence with single spaces', () => {
    const tokens = tokensOf(OWN[0]!);
    expect(keysBetween(tokens, 0, 5)).toBe('tư lệnh bộ đội biên');
    expect(keysBetween(tokens, 5, 7)).toBe('phòng ,');
    expect(keysBetween(tokens, 3, 3)).toBe('');
  });
});
