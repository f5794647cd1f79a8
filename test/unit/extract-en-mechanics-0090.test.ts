// Speed change of decision 0090 (0087's next step, begun): a token's lexicon classes are bits set
// once per distinct text with its shape, read per token instead of a Set look-up of its key. Held
// here to the Sets they replace.
import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, NAME_STOP_WORDS } from '../../ingest/extract/en/lexicon.ts';
import { isCapWord } from '../../ingest/extract/en/phrase-words.ts';
import {
  FAMILY_NAME_CLASS,
  STOP_WORD_CLASS,
  computeTokenShape,
  tokenize,
  type Token,
} from '../../ingest/extract/en/tokens.ts';
import { randomText } from '../support/random-text.ts';

/** The forms a lexicon word is written in: as listed, capitalised, in capitals, possessive. */
const forms = (w: string) => {
  const cap = w.charAt(0).toUpperCase() + w.slice(1);
  return [w, cap, w.toUpperCase(), `${cap}’s`, `${cap}'s`, `${w}s'`];
};
const tokensOf = (text: string) => tokenize(text, [{ start: 0, end: text.length }]);
/** What the per-token Set look-ups answered before (decision 0087's isCapWord, names.ts's family-name test). */
const oldCapWord = (t: Token) => t.kind === 'word' && t.cap && !NAME_STOP_WORDS.has(t.key);
const oldFamilyName = (t: Token) => FAMILY_NAMES.has(t.key);

describe("a token's lexicon classes as bits of its shape (decision 0090)", () => {
  it('are the stop-word and family-name Sets of its key, for every word of both lists in every form', () => {
    const words = [...NAME_STOP_WORDS, ...FAMILY_NAMES, 'minister', 'party', 'Hanoi', 'the', 'of', 'Mr.'];
    expect(NAME_STOP_WORDS.size).toBeGreaterThan(10);
    expect(FAMILY_NAMES.size).toBeGreaterThan(10);
    const text = words.flatMap(forms).join(' ');
    // twice: the second reading of each text is answered by the remembered shapes
    const wrong: string[] = [];
    let stop = 0;
    let family = 0;
    for (const t of [...tokensOf(text), ...tokensOf(text)]) {
      const want =
        (NAME_STOP_WORDS.has(t.key) ? STOP_WORD_CLASS : 0) |
        (FAMILY_NAMES.has(t.key) ? FAMILY_NAME_CLASS : 0);
      if (t.classes !== want || computeTokenShape(t.text).classes !== want) wrong.push(t.text);
      if (isCapWord(t) !== oldCapWord(t)) wrong.push(`isCapWord ${t.text}`);
      if (((t.classes & FAMILY_NAME_CLASS) !== 0) !== oldFamilyName(t)) wrong.push(`family ${t.text}`);
      if (t.classes & STOP_WORD_CLASS) stop++;
      if (t.classes & FAMILY_NAME_CLASS) family++;
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // both classes are met, so bits never set (or set for every word) fail above
    expect(stop).toBeGreaterThan(NAME_STOP_WORDS.size);
    expect(family).toBeGreaterThan(FAMILY_NAMES.size);
  });

  it('answer as the Sets on seeded random texts of lexicon words, punctuation and numbers', () => {
    const alphabet = [
      ...[...NAME_STOP_WORDS].slice(0, 40).flatMap(forms),
      ...[...FAMILY_NAMES].slice(0, 40).flatMap(forms),
      'Minister ',
      'said',
      ',',
      '.',
      '2025',
      '(',
      ')',
      'Việt',
      'NGUYEN',
    ].map((w) => `${w} `);
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, alphabet, 5 + (seed % 40));
      for (const t of tokensOf(text)) {
        expect([t.text, isCapWord(t)]).toEqual([t.text, oldCapWord(t)]);
        expect([t.text, (t.classes & FAMILY_NAME_CLASS) !== 0]).toEqual([t.text, oldFamilyName(t)]);
      }
    }
  });
});
