// The not-language gate reads a window's tokens by character codes and judges each one met before
// from a table compared in place (decision 0082); these tests hold it to the form it replaced: the
// window split by /\s+/u, each piece judged by judgeRawToken, the same counts.
import { describe, expect, it } from 'vitest';
import { judgeRawToken, proseEvidenceOf } from '../../ingest/detect-language.ts';
import { randomText } from '../support/random-text.ts';

const WINDOW = 3000;
/** proseEvidenceOf as it was written before: split, then judge each piece. */
function bySplit(text: string) {
  const windows =
    text.length <= 3 * WINDOW
      ? [text]
      : [
          text.slice(0, WINDOW),
          text.slice(
            Math.floor(text.length / 2 - WINDOW / 2),
            Math.floor(text.length / 2 - WINDOW / 2) + WINDOW,
          ),
          text.slice(-WINDOW),
        ];
  let tokens = 0;
  let wordShaped = 0;
  let languageWords = 0;
  let markedWords = 0;
  for (const window of windows)
    for (const raw of window.normalize('NFC').split(/\s+/u)) {
      const judged = judgeRawToken(raw);
      if (judged < 0) continue;
      tokens++;
      if (judged & 1) wordShaped++;
      if (judged & 2) languageWords++;
      if (judged & 4) markedWords++;
    }
  return { tokens, wordShaped, languageWords, markedWords };
}
const counts = (text: string) => {
  const { tokens, wordShaped, languageWords, markedWords } = proseEvidenceOf(text);
  return { tokens, wordShaped, languageWords, markedWords };
};

describe('the gate reads tokens by character codes as split(/\\s+/u) cuts them (decision 0082)', () => {
  it('cuts at every code unit of the Basic Multilingual Plane that /\\s/u matches, and at no other', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `Party${String.fromCharCode(c)}Committee và các đồng chí`;
      const expected = bySplit(text);
      const got = counts(text);
      if (got.tokens !== expected.tokens || got.wordShaped !== expected.wordShaped)
        expect(got, `U+${c.toString(16)}`).toEqual(expected);
    }
  });

  it('counts what split and judgeRawToken count, on seeded random texts long and short', () => {
    const pieces = [
      'Ha',
      'Noi',
      'hà',
      'nội',
      'Đảng',
      'UBND',
      '05-CT/TW',
      'x9q',
      ',',
      '.',
      ' ',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\ufeff',
      '😀',
      'the',
      'of',
    ];
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, pieces, seed % 10 === 0 ? 6000 : 1 + (seed % 60));
      expect(counts(text), JSON.stringify(text.slice(0, 80))).toEqual(bySplit(text));
    }
  });

  it('still counts right when the table of tokens met fills and is emptied', () => {
    // 80,000 distinct tokens (more than half the table), prefixes of each other among them.
    const letters = ['a', 'b', 'n', 'g', 'h', 'o', 'ư', 'đ', 'X', '1'];
    for (let round = 0; round < 3; round++) {
      const words: string[] = [];
      for (let k = 0; k < 2000; k++) words.push(randomText(round * 2000 + k + 1, letters, 1 + (k % 9)));
      const text = words.join(' ');
      expect(counts(text)).toEqual(bySplit(text));
    }
    const many: string[] = [];
    for (let k = 0; k < 80_000; k++) many.push(`w${k.toString(36)}`);
    for (let from = 0; from < many.length; from += 1000) {
      const text = many.slice(from, from + 1000).join(' ');
      expect(counts(text)).toEqual(bySplit(text));
    }
  });
});
