// The shortcuts of decision 0072 (Vietnamese extraction speed) give what the forms they replace
// give. keysBetween stands for `tokens.slice(from, to).map((t) => t.key).join(' ')`, which V8 fell
// into a deopt loop on; the texts are our own plus seeded random ones, and the bounds every pair
// slice reads differently (negative, past the end, crossed). findCues tests its look-behind only
// where a cue matched; it is held to the one expression with the look-behind in front.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../ingest/extract/appointments.ts';
import { readLexicon } from '../../ingest/lexicon/shared/lexicon-file.ts';
import { escapeRegExp } from '../../ingest/text/regexp.ts';
import type { Language } from '../../ingest/types.ts';
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

describe('findCues', () => {
  /** The cues as one expression with its look-behind in front, as appointment-cues.tsv is described. */
  function wholeExpressionCues(language: Language, text: string) {
    const rows = readLexicon('appointment-cues.tsv').filter(([, lang]) => lang === language);
    const kindOf = new Map(rows.map(([cue = '', , kind = '']) => [cue.toLowerCase(), kind]));
    const alternatives = [...kindOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}-])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'gu');
    return [...text.matchAll(pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: kindOf.get(m[0]),
    }));
  }
  const CUE_PIECES = [
    'bầu',
    'được bầu',
    'bổ nhiệm',
    'miễn nhiệm',
    'nghỉ hưu',
    'thôi giữ chức',
    'elected',
    'appointed',
    're-elected',
    'retired',
    'tái',
    '-',
    ' ',
    ' ',
    'x',
    'ể',
    '\u0301',
    '1',
    ',',
    '\n',
    '😀',
  ];
  const texts = [
    'ông lê văn a được bầu giữ chức bí thư tỉnh ủy; ông b nghỉ hưu từ ngày 1/3.',
    'the council elected him chairman; she was re-elected and later retired.',
    'tái-bầu, phân bầu, bầu',
    ...Array.from({ length: 300 }, (_, i) => randomText(1000 + i, CUE_PIECES, 10 + (i % 30))),
  ];

  it('finds what the expression with its look-behind in front finds, in both languages', () => {
    let found = 0;
    for (const language of ['vi', 'en'] as const)
      for (const text of texts) {
        const expected = wholeExpressionCues(language, text);
        expect(findCues(language, text), `${language} ${JSON.stringify(text)}`).toEqual(expected);
        expect(findCues(language, text, 7)).toEqual(
          expected.map((c) => ({ ...c, start: c.start + 7, end: c.end + 7 })),
        );
        found += expected.length;
      }
    expect(found).toBeGreaterThan(300);
  });

  it('reads a cue only as a word of its own', () => {
    expect(findCues('vi', 'ông a được bầu làm chủ tịch').map((c) => c.kind)).toEqual(['ELECTED']);
    expect(findCues('vi', 'tái-bầu')).toEqual([]);
    expect(findCues('vi', 'xbầu')).toEqual([]);
  });
});
