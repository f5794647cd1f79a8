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

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}Đ]+$/u;
const isApostrophe = (c: number) => c === 39 /* ' */ || c === 8217; /* ’ */

/**
 * The article's tokens. Called once per article on every word of it, so the per-word tests use
 * character codes for the common ASCII case and fall back on Unicode classes only beyond it
 * (profiled: a third of tokenize's time went to four Unicode regular expressions per word).
 */
export function tokenize(text: string, sentenceOf: (offset: number) => number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index!;
    const c = raw.charCodeAt(0);
    const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const isWord = asciiLetter || (c > 127 && LETTER.test(raw));
    const last = raw.charCodeAt(raw.length - 1);
    const endsInApostrophe = isApostrophe(last);
    const endsInApostropheS = last === 115 /* s */ && isApostrophe(raw.charCodeAt(raw.length - 2));
    // "Committee’s", "Enterprises'": the possessive ending is not part of the word's key.
    const possessive = isWord && (endsInApostropheS || (endsInApostrophe && raw[raw.length - 2] === 's'));
    const base = possessive
      ? raw.slice(0, endsInApostropheS ? -2 : -1)
      : endsInApostrophe
        ? raw.slice(0, -1)
        : raw;
    const cap = isWord && (asciiLetter ? c <= 90 : UPPER.test(raw));
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: wordKey(base),
      kind: isWord ? 'word' : c >= 48 && c <= 57 ? 'number' : 'punct',
      cap,
      acronym: cap && base.length >= 2 && ALL_UPPER.test(base),
      possessive,
      sentence: sentenceOf(start),
    });
  }
  return tokens;
}
