// Speed changes of decision 0128, each held to the form it replaces: a shortcut that leaves out a
// case gives a different answer here.
import { describe, expect, it } from 'vitest';
import { COMPANY_SLOT_TEXTS, companySlotBefore } from '../../ingest/extract/en/body-phrase.ts';
import { findLiterals, literalIndex } from '../../ingest/extract/en/components/participation.ts';
import { COMPANY_SLOT_BEFORE } from '../../ingest/extract/en/lexicon.ts';
import { vietnameseBodyName } from '../../ingest/lexicon/shared/bilingual.ts';
import { randomText } from '../support/random-text.ts';

/** Every position of a literal, as repeated indexOf finds them (overlapping ones too). */
const indexOfAll = (text: string, literal: string) => {
  const out: number[] = [];
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) out.push(at);
  return out;
};

describe('literals found by their first three characters (decision 0128)', () => {
  // Literals of two, three and more characters; several share their first two or three, and "가"
  // (U+AC00) puts a code above 0x7fff first, where a pair read as first × 65536 + second would
  // leave the 32 bits a typed array holds.
  const literals = [
    'ab',
    'abb',
    'abba',
    'aba',
    'ba',
    'b a',
    ' ab',
    'aaa',
    'a a',
    '가a',
    '가ab',
    'a가',
    'â b',
  ];

  it('are where indexOf finds each literal, on 600 random strings', () => {
    const index = literalIndex(literals);
    for (let seed = 1; seed <= 600; seed++) {
      const text = randomText(seed, ['a', 'b', ' ', '가', 'â'], 1 + (seed % 90));
      const found = findLiterals(text, index);
      literals.forEach((literal, n) =>
        expect(found[index.literalOf[n]!], `${literal} in ${JSON.stringify(text)}`).toEqual(
          indexOfAll(text, literal),
        ),
      );
    }
  });

  it('find a literal of two or three at the text’s very end, and with no literal of two at all', () => {
    for (const set of [literals, literals.filter((l) => l.length > 2)]) {
      const index = literalIndex(set);
      for (const text of ['xab', 'xaba', 'ab', 'abb', '가a', 'x가ab', 'aaaa', '']) {
        const found = findLiterals(text, index);
        set.forEach((literal, n) => expect(found[index.literalOf[n]!]).toEqual(indexOfAll(text, literal)));
      }
    }
  });
});

describe('the company slot before a word, gated by its texts (decision 0128)', () => {
  it('reads the gate’s texts from the pattern', () => {
    expect(COMPANY_SLOT_TEXTS).toContain('with');
    expect(COMPANY_SLOT_TEXTS).toContain('delegation');
  });

  // Written for this test: the three slots, their near misses, and letters case-insensitive Unicode
  // matching reads as ASCII ones (the Kelvin sign as "k", the long s as "s").
  const WRITTEN = [
    'The ministry signed a deal to work with ',
    'The group will cooperate with Petro Hanoi and ',
    'The province welcomed a delegation from the ',
    'Investors of ',
    'The committee handed over investment certificates to the ',
    'The ministry presented awards to ',
    'The province granted two licences to ',
    'The WORK WITH ',
    'They will worK with ',
    'They will wor\u212a with ',
    'representative\u017f of ',
    'repre\u017fentatives of ',
    'The delegation visited the ',
    'He went to the ',
    'a meeting with the ',
    'handed over gifts to the ',
    '',
  ];

  it('answers as the expression on written tails', () => {
    for (const before of WRITTEN)
      expect(companySlotBefore(before), JSON.stringify(before)).toBe(COMPANY_SLOT_BEFORE.test(before));
  });

  it('answers as the expression on 3,000 random tails of the texts’ words, capitals and look-alike letters', () => {
    const words = [
      'work',
      'WITH',
      'with',
      'wor\u212a',
      'partnered',
      'Delegations',
      'from',
      'of',
      'the',
      'leaders',
      'repre\u017fentatives',
      'handed',
      'over',
      'licences',
      'to',
      'and',
      'Vina',
      'Group',
      'said',
      ',',
    ];
    const ENDINGS = [
      'work with ',
      'cooperated WITH ',
      'wor\u212a with ',
      'delegation from the ',
      'investors of ',
      'repre\u017fentatives from ',
      'handed over licences to ',
      'granted certificates to the ',
      'met with ',
      'went to the ',
      '',
    ];
    let slots = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      // Random words, then one of the slots' endings or a near miss, then capitalised words.
      const before =
        randomText(
          seed,
          words.map((w) => `${w} `),
          seed % 5,
        ) +
        randomText(seed * 7 + 3, ENDINGS, 1) +
        randomText(seed * 13 + 5, ['Vina ', 'Group ', 'and ', 'of ', 'Tire '], seed % 4);
      const want = COMPANY_SLOT_BEFORE.test(before);
      if (want) slots++;
      expect(companySlotBefore(before), JSON.stringify(before)).toBe(want);
    }
    expect(slots).toBeGreaterThan(10);
  });
});

describe('body names remembered by province (decision 0128)', () => {
  it('gives each province its own answer for one name, asked in turns', () => {
    const asks: Array<string | undefined> = ['Nghệ An', 'Hà Nội', undefined, 'Nghệ An', undefined, 'Hà Nội'];
    const answers = asks.map((province) => vietnameseBodyName('Provincial Party Committee', { province }));
    expect(answers.map((a) => a?.name)).toEqual([
      'Tỉnh ủy Nghệ An',
      'Tỉnh ủy Hà Nội',
      'Tỉnh ủy',
      'Tỉnh ủy Nghệ An',
      'Tỉnh ủy',
      'Tỉnh ủy Hà Nội',
    ]);
    expect(vietnameseBodyName('Provincial Party Committee', { province: null })?.name).toBe('Tỉnh ủy');
  });
});
