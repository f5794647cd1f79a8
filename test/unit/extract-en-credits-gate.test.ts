// findCredits searches a text with a credit pattern only when the text holds that pattern's literal
// (decision 0067). The gate is exact when every match of a pattern holds its literal; these tests
// hold that on credits of our own and on seeded random texts made of the pieces the patterns turn
// on, and compare findCredits with the same search run without the gates.
import { describe, expect, it } from 'vitest';
import {
  CREDIT_PATTERNS,
  FURNITURE_PATTERNS,
  findCredits,
  findFurniture,
} from '../../ingest/extract/en/names.ts';
import { randomText } from '../support/random-text.ts';

/** The search findCredits made before the gates: every pattern over every text. */
function ungatedCredits(text: string) {
  const credits: { name: string; start: number; end: number }[] = [];
  for (const { pattern } of CREDIT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (m[1] === undefined) continue;
      const start = m.index + m[0].lastIndexOf(m[1]);
      credits.push({ name: m[1].trim(), start, end: start + m[1].length });
    }
  }
  return credits.sort((a, b) => a.start - b.start);
}

/** The search findFurniture makes, without the gates. */
function ungatedFurniture(text: string) {
  const spans: { start: number; end: number }[] = [];
  for (const { pattern } of FURNITURE_PATTERNS)
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

const PIECES = [
  'Photo',
  'Photos',
  'photo',
  ':',
  ' ',
  ' ',
  '\t',
  '\n',
  '\n',
  'By',
  'by',
  'BY',
  'Reported',
  'Translated',
  'Story',
  'Written',
  '|',
  'VNA',
  '/',
  'Minh',
  'Anh',
  'Trí',
  'Dũng',
  'Lan',
  'T.',
  'HÀ NỘI',
  '(',
  ')',
  '-',
  'the',
  'meeting',
  '.',
  // Line-shaped pieces, so the byline-line patterns ("Name |", "By Name") match often too.
  '\nVương Trần |\n',
  '\nBy Lan ',
  ' |\n',
  'Reported by ',
  'Story\tby Minh',
  // Page furniture of decision 0102: a stamp after a byline, a label, agencies in brackets,
  // datelines, related links and tags.
  '\nBy Lan Anh, VnExpress · March 11, 2025 | 09:40 pm GMT+7\n',
  '\nBy Minh – VNA\n',
  'Story: ',
  '\nStory: Lan Anh / ',
  'Photo by VnExpress/',
  ' (VNA)',
  '\nTrí Dũng (VOV)\n',
  '\nHue (VNA) – ',
  '\nHA NOI — ',
  '\nRelated news\n',
  'Read more:\n',
  'Tags: ',
];

const OWN_TEXTS = [
  'The delegation visited the port.\nPhoto: T.Vuong',
  'Leaders at the ceremony. (Photo: VNA/ Lan Anh)',
  'Reported by Minh Anh - Translated by Trí Dũng',
  'By Lan Anh\nThe provincial committee met on Monday.',
  'Minh Anh |\nThe council approved the plan by a large majority.',
  'The plan was approved by the council on Friday.',
];

describe('credit patterns searched only in texts holding their literal (decision 0067)', () => {
  const texts = [...OWN_TEXTS, ...Array.from({ length: 400 }, (_, i) => randomText(i + 1, PIECES, 40))];

  it('find only matches that hold the literal, and every pattern matches somewhere', () => {
    for (const { holds, pattern } of [...CREDIT_PATTERNS, ...FURNITURE_PATTERNS]) {
      let matches = 0;
      for (const text of texts) {
        for (const m of text.matchAll(pattern)) {
          matches++;
          expect(
            holds.some((h) => m[0].includes(h)),
            `${pattern.source} in ${JSON.stringify(text)} holds one of ${JSON.stringify(holds)}`,
          ).toBe(true);
        }
      }
      expect(matches, pattern.source).toBeGreaterThan(5);
    }
  });

  it('give the credits the search without gates gives, on our own and 400 random texts', () => {
    for (const text of texts) expect(findCredits(text), JSON.stringify(text)).toEqual(ungatedCredits(text));
    for (const text of texts)
      expect(findFurniture(text), JSON.stringify(text)).toEqual(ungatedFurniture(text));
  });

  it('read the credits of our own texts', () => {
    expect(findCredits(OWN_TEXTS[0]!).map((c) => c.name)).toEqual(['T.Vuong']);
    expect(findCredits(OWN_TEXTS[1]!).map((c) => c.name)).toEqual(['Lan Anh']);
    expect(findCredits(OWN_TEXTS[2]!).map((c) => c.name)).toEqual(['Minh Anh', 'Trí Dũng']);
    expect(findCredits(OWN_TEXTS[3]!).map((c) => c.name)).toEqual(['Lan Anh']);
    expect(findCredits(OWN_TEXTS[4]!).map((c) => c.name)).toEqual(['Minh Anh']);
    expect(findCredits(OWN_TEXTS[5]!)).toEqual([]);
  });
});
