// Word tokens with character offsets into CleanArticle.text, made once per article.
// The phrase grammar (names, posts, bodies) works on these; possessives stay on their word
// ("Committee’s") and are flagged, so "Party Central Committee’s Secretariat" stays one phrase.
import { wordKey } from './lexicon.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** wordKey of the word without its possessive ending. */
  key: string;
  kind: 'word' | 'number' | 'punct';
  /** First character an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("PPC", "GDP"). */
  acronym: boolean;
  /** Ends in ’s, 's or a bare apostrophe after s ("Enterprises'"). */
  possessive: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
}

const TOKEN =
  /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?:[’'](?:s\b)?)?|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?:-[\p{L}]+)?|[^\s\p{L}\p{M}\d]/gu;
const POSSESSIVE = /(?:[’']s|(?<=s)[’'])$/;

export function tokenize(text: string, sentenceOf: (offset: number) => number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index!;
    const isWord = /^\p{L}/u.test(raw);
    const possessive = isWord && POSSESSIVE.test(raw);
    const base = possessive ? raw.replace(POSSESSIVE, '') : raw.replace(/[’']$/, '');
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: wordKey(base),
      kind: isWord ? 'word' : /^\d/.test(raw) ? 'number' : 'punct',
      cap: isWord && /^\p{Lu}/u.test(raw),
      acronym: isWord && base.length >= 2 && /^[\p{Lu}Đ]+$/u.test(base),
      possessive,
      sentence: sentenceOf(start),
    });
  }
  return tokens;
}
