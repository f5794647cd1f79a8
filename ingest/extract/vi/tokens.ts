// Tokens of Vietnamese news text. A token is a syllable-like word ("Đảng", "GDĐT", "T.Ư", "GD-ĐT",
// "TP.HCM", "05-CT/TW" is split by the document recogniser, not here) or one punctuation mark.
// Offsets index CleanArticle.text; `key` is the same slice of matchText (lower case, unified tones).

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
}

// Letters/digits with inner joiners that keep one abbreviation whole ("T.Ư", "GD&ĐT", "GD-ĐT").
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.&'’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_LETTER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

export function tokenize(text: string, matchText: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  const slice = text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const t = m[0];
    const gap = text.slice(prevEnd, start);
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    const letters = t.match(LETTERS)?.length ?? 0;
    tokens.push({
      start,
      end,
      text: t,
      key: matchText.slice(start, end),
      cap: UPPER_LETTER.test(t),
      upper: word && letters >= 2 && !HAS_LOWER.test(t),
      word,
      lineBefore: gap.includes('\n'),
      spaceBefore: tokens.length > 0 && /^[ \t]*$/.test(gap),
    });
    prevEnd = end;
  }
  return tokens;
}

/** Split a lexicon phrase into token keys the same way article text is split. */
export function phraseKeys(phrase: string, keyOf: (s: string) => string): string[] {
  const keyed = keyOf(phrase);
  return tokenize(keyed, keyed).map((t) => t.key);
}
