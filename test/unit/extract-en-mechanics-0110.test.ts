// Speed change of decision 0110, held to the form it replaces: the minister's-head table made once
// per token array (portfolioHeadsOf) must be, for every token array, the table made afresh
// (portfolioHeadTable) — a memo that served one array's table to another gives a different answer.
import { describe, expect, it } from 'vitest';
import { portfolioHeadsOf, portfolioHeadTable } from '../../ingest/extract/en/post-phrase.ts';
import { tokenize } from '../../ingest/extract/en/tokens.ts';
import { randomText } from '../support/random-text.ts';

const tokensOf = (text: string) => tokenize(text, [{ start: 0, end: text.length }]);

// Written for this test: minister's posts with and without a portfolio, in upper and lower case,
// near and far from the words before them, and sentences without one.
const WRITTEN = [
  'Finance Minister Nguyen Van Phuc met the delegation in Hanoi on Monday.',
  'The public security minister and the Deputy Minister of Industry and Trade spoke.',
  'Health Minister Tran Thi Mai and Education Minister Le Van Son visited the school.',
  'The provincial People’s Committee approved the plan for the new road.',
  'Minister Pham Van Long, the defence minister, and the finance minister answered.',
  '',
];
// Pieces of English with minister's head words among other words, for seeded texts.
const PIECES = [
  'Minister ',
  'minister ',
  'Ministers ',
  'Finance ',
  'finance ',
  'Health ',
  'Deputy ',
  'the ',
  'of ',
  'and ',
  'Nguyen ',
  'Van ',
  'Phuc ',
  'said ',
  ', ',
  '. ',
  'Committee ',
  'Public ',
  'Security ',
];

describe('the minister’s-head table made once per token array (decision 0110)', () => {
  const arrays = [
    ...WRITTEN.map(tokensOf),
    ...Array.from({ length: 300 }, (_, seed) => tokensOf(randomText(seed + 1, PIECES, 5 + (seed % 40)))),
  ];

  it('is, for each array, the table made afresh from it', () => {
    // asked in turns, so a table kept for the wrong array would be served to the next one
    for (let round = 0; round < 2; round++)
      for (const tokens of arrays) expect(portfolioHeadsOf(tokens)).toEqual(portfolioHeadTable(tokens));
  });

  it('is not served to another array of as many tokens', () => {
    // the same number of tokens, a minister's head word in one and not in the other
    const withHead = tokensOf('Finance Minister Nguyen Van Phuc met the delegation.');
    const withoutHead = tokensOf('Finance officer Nguyen Van Phuc met the delegation.');
    expect(withHead.length).toBe(withoutHead.length);
    for (let round = 0; round < 2; round++) {
      expect(portfolioHeadsOf(withHead)).toEqual(portfolioHeadTable(withHead));
      expect(portfolioHeadsOf(withoutHead)).toEqual(portfolioHeadTable(withoutHead));
    }
    expect(portfolioHeadTable(withHead)).not.toEqual(portfolioHeadTable(withoutHead));
  });

  it('is made once: the same table for the same array, another for an equal copy of it', () => {
    const tokens = tokensOf(WRITTEN[0]!);
    const table = portfolioHeadsOf(tokens);
    expect(portfolioHeadsOf(tokens)).toBe(table);
    const copy = [...tokens];
    expect(portfolioHeadsOf(copy)).not.toBe(table);
    expect(portfolioHeadsOf(copy)).toEqual(table);
  });

  it('marks the head words it was made for (the test sees a minister)', () => {
    const table = portfolioHeadsOf(tokensOf(WRITTEN[0]!));
    // "Finance Minister …": the head word "Minister" is token 1, the first at or after tokens 0 and 1
    expect([table[0], table[1]]).toEqual([1, 1]);
  });
});
