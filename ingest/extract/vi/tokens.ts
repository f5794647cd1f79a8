// Tokens of Vietnamese news text. A token is a syllable-like word ("Đảng", "GDĐT", "T.Ư", "GD-ĐT",
// "TP.HCM", "05-CT/TW" is split by the document recogniser, not here) or one punctuation mark.
// Offsets index CleanArticle.text; `key` is the same slice of matchText (lower case, unified tones).
import { wordId } from './phrase-trie.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("HĐND", "GDĐT", "T.Ư"). */
  upper: boolean;
  word: boolean;
  /** The text between the previous token and this one holds a line break. */
  lineBefore: boolean;
  /** Nothing but spaces separates this token from the previous one. */
  spaceBefore: boolean;
  /** Number of the word in the lexicons' vocabulary, -1 when no lexicon has it (phrase-trie.ts). */
  id: number;
}

// Character classes of the Basic Multilingual Plane, computed once: scanning by char code is several
// times faster than a Unicode-property regex over the whole article.
const WORD_CHAR = 1; // letter, combining mark or digit
const SPACE_CHAR = 2;
const JOINER_CHAR = 4; // joins two word parts into one token: "T.Ư", "GD&ĐT", "GD-ĐT"
const CLASS = new Uint8Array(0x10000);
{
  const word = /[\p{L}\p{M}\p{N}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (word.test(ch)) CLASS[c] = WORD_CHAR;
    else if (space.test(ch)) CLASS[c] = SPACE_CHAR;
  }
  for (const ch of ".&'’-") CLASS[ch.charCodeAt(0)]! |= JOINER_CHAR;
}
// Characters outside the BMP (surrogate pairs) count as one punctuation token each half: they are
// emoji or rare symbols in this text, never part of a name.

export function tokenize(text: string, matchText: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let prevEnd = from;
  let lineBefore = false;
  let onlySpaces = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls & SPACE_CHAR) {
      if (c === 10) lineBefore = true;
      if (c !== 32 && c !== 9) onlySpaces = false;
      i++;
      continue;
    }
    const start = i;
    let word = false;
    if (cls & WORD_CHAR) {
      word = true;
      i++;
      for (;;) {
        while (i < to && CLASS[text.charCodeAt(i)]! & WORD_CHAR) i++;
        // A joiner continues the token only between two word characters.
        if (
          i + 1 < to &&
          CLASS[text.charCodeAt(i)]! & JOINER_CHAR &&
          CLASS[text.charCodeAt(i + 1)]! & WORD_CHAR
        ) {
          i++;
          continue;
        }
        break;
      }
    } else i++;
    const t = text.slice(start, i);
    const key = matchText.slice(start, i);
    // matchText is the lower case of text, so a character that differs from it is upper case —
    // or a lower-case vowel whose tone mark matchText moved ("uỷ" → "ủy" in "thành uỷ ban hành").
    const cap = word && t.charCodeAt(0) !== key.charCodeAt(0) && t[0] !== t[0]!.toLowerCase();
    tokens.push({
      start,
      end: i,
      text: t,
      key,
      cap,
      upper: cap && t.length >= 2 && t !== key && t === t.toUpperCase(),
      word,
      lineBefore,
      spaceBefore: tokens.length > 0 && onlySpaces,
      id: wordId(key),
    });
    prevEnd = i;
    lineBefore = false;
    onlySpaces = true;
  }
  void prevEnd;
  return tokens;
}

/**
 * The keys of tokens.slice(from, to) joined by single spaces: what `tokens.slice(from, to).map((t) =>
 * t.key).join(' ')` gives (negative and out-of-range bounds read as slice reads them), without the
 * two arrays. Rules test their patterns on such runs at many positions, and V8 fell into a deopt
 * loop on the array chain: the optimised code of findPersons was dropped at the join at every call
 * of some runs (--trace-deopt: 68-241 deopts in 456 articles, decision 0072).
 */
export function keysBetween(tokens: readonly Token[], from: number, to: number): string {
  const length = tokens.length;
  let k = from < 0 ? Math.max(0, length + from) : Math.min(from, length);
  const end = to < 0 ? Math.max(0, length + to) : Math.min(to, length);
  if (k >= end) return '';
  let out = tokens[k]!.key;
  for (k++; k < end; k++) out += ' ' + tokens[k]!.key;
  return out;
}

/** Split a lexicon phrase into token keys the same way article text is split. */
export function phraseKeys(phrase: string, keyOf: (s: string) => string): string[] {
  const keyed = keyOf(phrase);
  return tokenize(keyed, keyed).map((t) => t.key);
}
