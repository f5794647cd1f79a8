// The shortcuts of decision 0072 (Vietnamese extraction speed) give what the forms they replace
// give. keysBetween stands for `tokens.slice(from, to).map((t) => t.key).join(' ')`, which V8 fell
// into a deopt loop on; the texts are our own plus seeded random ones, and the bounds every pair
// slice reads differently (negative, past the end, crossed). findCues tests its look-behind only
// where a cue matched; it is held to the one expression with the look-behind in front. So is
// matchAllGuarded, for every pattern of patterns.tsv it can split.
import { describe, expect, it } from 'vitest';
import { guardedPattern, matchAllGuarded } from '../../ingest/text/regexp.ts';
import { PATTERNS } from '../../ingest/extract/vi/lexicon.ts';
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
  const texts = [...OWN, ...Array.from({ length: 24 }, (_, i) => randomText(i + 1, PIECES, 6 + (i % 12)))];
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
    expect(compared).toBeGreaterThan(3_000);
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

describe('matchAllGuarded', () => {
  const PIECES = [
    'Ngày ',
    'ngày ',
    'Sáng ',
    'hôm qua (',
    'nay ',
    '12',
    '3',
    '2024',
    '/',
    '.',
    '-',
    ' tháng ',
    ' năm ',
    ', ',
    'Chỉ thị ',
    'Nghị quyết số ',
    'các Kết luận ',
    ' và ',
    'x',
    'Đ',
    '\u0301',
    '😀',
    '\n',
    ' ',
  ];
  const texts = [
    'Ngày 12/3/2024, Tỉnh ủy họp; sáng 5.6 và chiều 7 tháng 8 năm 2023 (hôm qua) tiếp đoàn.',
    'Thực hiện Chỉ thị số 17, Nghị quyết 12 và 35, các Kết luận 21, 22; x12/3, 1.12.2024.',
    ...Array.from({ length: 300 }, (_, i) => randomText(5000 + i, PIECES, 6 + (i % 25))),
  ];
  const asMatches = (ms: Iterable<RegExpExecArray>) =>
    [...ms].map((m) => ({ index: m.index, groups: [...m], named: { ...m.groups } }));

  it('finds what matchAll finds, for every pattern of patterns.tsv it splits', () => {
    let split = 0;
    let found = 0;
    for (const [name, source] of PATTERNS) {
      let pattern: RegExp;
      try {
        pattern = new RegExp(source, 'gu');
      } catch {
        continue; // a fragment of other patterns, not an expression of its own
      }
      const g = guardedPattern(pattern);
      if (!g.rest) continue;
      split++;
      for (const text of texts) {
        const expected = asMatches(text.matchAll(pattern));
        expect(asMatches(matchAllGuarded(text, g)), `${name} on ${JSON.stringify(text)}`).toEqual(expected);
        found += expected.length;
      }
    }
    expect(split).toBeGreaterThanOrEqual(4);
    expect(found).toBeGreaterThan(300);
  });

  it('splits only where the look-behind guards the whole expression and holds no group', () => {
    expect(guardedPattern(/(?<![a-z])b+/gu).rest?.source).toBe('b+');
    expect(guardedPattern(/(?<![a-z])b|c/gu).rest).toBeNull(); // "c" is not guarded
    expect(guardedPattern(/(?<!(a))b/gu).rest).toBeNull(); // the group would be renumbered
    expect(guardedPattern(/(?<![a-z])b/u).rest).toBeNull(); // not global
    expect(guardedPattern(/(?<![a-z])b/guy).rest).toBeNull(); // sticky
    expect(guardedPattern(/(?<![(|])(b|c)/gu).rest?.source).toBe('(b|c)');
    const g = guardedPattern(/(?<![a-z])x?/gu); // empty matches advance as matchAll's do
    for (const text of ['', 'ax', 'x😀x', 'bxx', 'axbx x'])
      expect(asMatches(matchAllGuarded(text, g))).toEqual(asMatches(text.matchAll(g.pattern)));
  });
});
