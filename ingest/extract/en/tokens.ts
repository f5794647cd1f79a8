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

/** Where the token's word ends without its possessive ending: before the ’s of "Committee’s", the ' of "Enterprises'". */
export function wordEnd(t: Token): number {
  return t.possessive ? t.end - (t.text.endsWith('s') ? 2 : 1) : t.end;
}

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
export const ALL_UPPER = /^[\p{Lu}Đ]+$/u;
/**
 * ALL_UPPER.test(word), with ASCII answered by character codes: asked of every capitalised word, and
 * an ASCII character is upper case exactly when it is A–Z. A word with any other character is left
 * to the expression.
 */
export function isAllUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return ALL_UPPER.test(word);
    if (c < 65 || c > 90) return false;
  }
  return word.length > 0;
}

/**
 * What a token is, as one expression. tokenize() reads the same language with a hand-written
 * scanner (below); this expression is kept as its specification, and the unit test
 * (test/unit/extract-en-speed.test.ts) holds the two equal on every sample it is given.
 */
export const TOKEN =
  /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?:[’'](?:s\b)?)?|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?:-[\p{L}]+)?|[^\s\p{L}\p{M}\d]/gu;

// A code point's class for the scanner. ASCII is answered by comparisons; any other code point
// by the expressions TOKEN uses, once per code point (cached for the Basic Multilingual Plane).
const SPACE = 1;
const LETTER_CLASS = 2; // \p{L}
const MARK = 3; // \p{M}
const DIGIT = 4; // \d: ASCII digits only, as in TOKEN
const OTHER = 5;
const IS_SPACE = /^\s$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const bmpClass = new Uint8Array(0x10000);
function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return LETTER_CLASS;
    if (cp >= 48 && cp <= 57) return DIGIT;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return SPACE;
    return OTHER;
  }
  const cached = cp < 0x10000 ? bmpClass[cp]! : 0;
  if (cached) return cached;
  const c = String.fromCodePoint(cp);
  const cls = IS_SPACE.test(c) ? SPACE : IS_LETTER.test(c) ? LETTER_CLASS : IS_MARK.test(c) ? MARK : OTHER;
  if (cp < 0x10000) bmpClass[cp] = cls;
  return cls;
}
const isLetterOrMark = (cls: number) => cls === LETTER_CLASS || cls === MARK;
/** \w of \b in a unicode expression without the i flag: ASCII letters, digits and "_". */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isApostrophe = (c: number) => c === 39 /* ' */ || c === 8217; /* ’ */

// The scanner's steps are module functions, not closures made per token: under tsx every closure
// made is also named (esbuild's keepNames: a defineProperty call each), which cost more than the scan.
const codePointAt = (text: string, i: number) => (i < text.length ? text.codePointAt(i)! : -1);
const widthOf = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The index after the run of letters (and marks, if `withMarks`) from i: [\p{L}\p{M}]+ or \p{L}+. */
function lettersFrom(text: string, i: number, withMarks: boolean): number {
  for (let cp = codePointAt(text, i); cp >= 0; cp = codePointAt(text, i)) {
    const cls = classOf(cp);
    if (!(cls === LETTER_CLASS || (withMarks && cls === MARK))) break;
    i += widthOf(cp);
  }
  return i;
}

/** The index after the run of ASCII digits from i. */
function digitsFrom(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i;
}

/** Where the token TOKEN would match at `at` ends (`at` is not a space). */
function tokenEnd(text: string, at: number): number {
  const length = text.length;
  const first = codePointAt(text, at);
  const cls = classOf(first);
  if (isLetterOrMark(cls)) {
    let i = lettersFrom(text, at, true);
    // (?:[-'’][\p{L}\p{M}]+)*
    for (;;) {
      const c = text.charCodeAt(i);
      if (!(c === 45 || isApostrophe(c)) || i + 1 >= length) break;
      if (!isLetterOrMark(classOf(codePointAt(text, i + 1)))) break;
      i = lettersFrom(text, i + 1, true);
    }
    // (?:[’'](?:s\b)?)?
    if (i < length && isApostrophe(text.charCodeAt(i))) {
      i++;
      if (text.charCodeAt(i) === 115 /* s */ && !(i + 1 < length && isWordChar(text.charCodeAt(i + 1)))) i++;
    }
    return i;
  }
  if (cls === DIGIT) {
    let i = digitsFrom(text, at);
    // (?:[.,]\d+)*
    for (;;) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (!(c === 46 || c === 44) || !(next >= 48 && next <= 57)) break;
      i = digitsFrom(text, i + 1);
    }
    // (?:st|nd|rd|th)?
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (
      (c === 115 && next === 116) /* st */ ||
      (c === 110 && next === 100) /* nd */ ||
      (c === 114 && next === 100) /* rd */ ||
      (c === 116 && next === 104) /* th */
    )
      i += 2;
    // (?:-[\p{L}]+)?
    if (text.charCodeAt(i) === 45 && i + 1 < length && classOf(codePointAt(text, i + 1)) === LETTER_CLASS)
      i = lettersFrom(text, i + 1, false);
    return i;
  }
  return at + widthOf(first);
}

/** What a token's text alone decides: everything of a Token but its place. */
export type TokenShape = Pick<Token, 'text' | 'key' | 'kind' | 'cap' | 'acronym' | 'possessive'>;

/** A token's shape worked out from its text (the form tokenShapes remembers; the unit test compares the two). */
export function computeTokenShape(raw: string): TokenShape {
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
  return {
    text: raw,
    key: wordKey(base),
    kind: isWord ? 'word' : c >= 48 && c <= 57 ? 'number' : 'punct',
    cap,
    acronym: cap && base.length >= 2 && isAllUpper(base),
    possessive,
  };
}

// Each distinct token text is shaped once, across articles (decision 0082): prose repeats its
// words, and the shape's strings are then the same string objects in every article, whose hashes
// V8 keeps, so the lexicon look-ups of a token's key (family names, post and phrase starts, body
// and portfolio heads) no longer hash a fresh copy of the word first. Bounded like the gate's memo.
const TOKEN_SHAPES_MAX = 50_000;
const tokenShapes = new Map<string, TokenShape>();
export function shapeOfToken(raw: string): TokenShape {
  let shape = tokenShapes.get(raw);
  if (shape === undefined) {
    if (tokenShapes.size >= TOKEN_SHAPES_MAX) tokenShapes.clear();
    shape = computeTokenShape(raw);
    tokenShapes.set(raw, shape);
  }
  return shape;
}

// The shapes met are also read in place (decision 0087): tokenize hashes a token's characters as
// it reads them and looks them up in a table of the texts met (open addressing), comparing in place
// (lengths equal, `startsWith` at the token's offset), so a token met before is neither cut out of the
// text nor hashed as a fresh string (tokenShapes.get of each slice was 3.3 % of English extraction).
// Only a token not met before is cut out and shaped by shapeOfToken. A shape is its text's whatever
// table holds it, so emptying the table when half full changes no answer.
const SHAPE_SLOTS = 1 << 17;
const SHAPE_SLOT_MASK = SHAPE_SLOTS - 1;
// A slot's text and shape side by side (text at 2 × slot, shape after it), so that a probe reads one
// place in memory, not one in each of two tables of a megabyte: the probe's two reads were 3.8 % of
// English extraction, most of it waiting for memory (decision 0128).
const shapeSlots: (string | TokenShape | undefined)[] = new Array<string | TokenShape | undefined>(
  2 * SHAPE_SLOTS,
).fill(undefined);
let shapeSlotsUsed = 0;

/** shapeOfToken(text.slice(start, end)), read in place: the table above. */
export function shapeOfTokenAt(text: string, start: number, end: number): TokenShape {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  const length = end - start;
  let slot = hash & SHAPE_SLOT_MASK;
  for (let known = shapeSlots[2 * slot] as string | undefined; known !== undefined;) {
    if (known.length === length && text.startsWith(known, start))
      return shapeSlots[2 * slot + 1] as TokenShape;
    slot = (slot + 1) & SHAPE_SLOT_MASK;
    known = shapeSlots[2 * slot] as string | undefined;
  }
  if (shapeSlotsUsed >= SHAPE_SLOTS >> 1) {
    shapeSlots.fill(undefined);
    shapeSlotsUsed = 0;
    slot = hash & SHAPE_SLOT_MASK;
  }
  const shape = shapeOfToken(text.slice(start, end));
  shapeSlots[2 * slot] = shape.text;
  shapeSlots[2 * slot + 1] = shape;
  shapeSlotsUsed++;
  return shape;
}

/**
 * The article's tokens, in text order, each with its sentence (-1 between sentences). Called once
 * per article on every word of it, so it reads the text with a scanner of character codes rather
 * than TOKEN's matches (profiled: the expression, its match objects and a binary search for each
 * token's sentence were most of the tokens component), and the per-word tests use character codes
 * for the common ASCII case, Unicode classes only beyond it.
 */
export function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let sentence = 0;
  for (let start = 0; start < length;) {
    const cp = text.codePointAt(start)!;
    if (classOf(cp) === SPACE) {
      start += widthOf(cp);
      continue;
    }
    const end = tokenEnd(text, start);
    const shape = shapeOfTokenAt(text, start, end);
    // Tokens come in text order, so each one's sentence is the current one or a later one.
    while (sentence < sentences.length && start >= sentences[sentence]!.end) sentence++;
    tokens.push({
      text: shape.text,
      start,
      end,
      key: shape.key,
      kind: shape.kind,
      cap: shape.cap,
      acronym: shape.acronym,
      possessive: shape.possessive,
      sentence: sentence < sentences.length && start >= sentences[sentence]!.start ? sentence : -1,
    });
    start = end;
  }
  return tokens;
}

let lastText: string | null = null;
let lastLower = '';
/**
 * `text.toLowerCase()`, remembered for the last text asked: the cue search (participation) and the
 * appointment cues each lower-cased the whole article (decision 0077). Equal texts have equal lower
 * cases, so the answer is the expression's whatever text is asked.
 */
export function lowerCaseOf(text: string): string {
  if (text !== lastText) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}
