// Language of an article record whose `language` field is missing.
//
// Two cheap signals, read from at most the first few thousand characters:
//  1. Function words. Vietnamese prose is dense with short grammatical words ("của", "và",
//     "các", "được", "là", "trong", "cho", "với", "đã", "những"), English prose with "the",
//     "of", "and", "to", "in", "was". A count of each set decides almost every real article.
//     The Vietnamese set is matched on diacritic-folded words too, so unaccented Vietnamese
//     ("cua", "duoc", "nhung") still counts; the folded forms chosen ("cua", "cac", "duoc",
//     "nhung", "trong", "voi", "nay") are not English words.
//  2. Diacritic density: the share of letters carrying a Vietnamese-only mark (ă â đ ê ô ơ ư
//     and the five tones). It breaks ties and decides texts too short for function words.
//     English reports that keep Vietnamese names with their diacritics ("Nguyễn Phú Trọng")
//     stay well below the threshold: names are a small share of the letters.
// Ties and empty text fall back to Vietnamese, the corpus's main language.
import type { Language } from './types.ts';

const SAMPLE_CHARS = 4000;

const VIETNAMESE_FUNCTION_WORDS = new Set([
  'của',
  'và',
  'các',
  'được',
  'là',
  'trong',
  'cho',
  'với',
  'đã',
  'những',
  'này',
  'có',
  'không',
  'người',
  'một',
  'để',
  'theo',
  'về',
  'tại',
  'đồng',
  'chí',
  'ngày',
  'năm',
  'việc',
  'công',
  'tác',
]);
// Folded spellings that are not also English words (so "la", "co", "tai", "de" are left out).
const FOLDED_VIETNAMESE_FUNCTION_WORDS = new Set([
  'cua',
  'cac',
  'duoc',
  'nhung',
  'trong',
  'voi',
  'nay',
  'khong',
  'nguoi',
  'mot',
  'viec',
  'ngay',
]);
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'was',
  'were',
  'for',
  'on',
  'by',
  'with',
  'at',
  'that',
  'this',
  'from',
  'as',
  'are',
  'has',
  'have',
  'its',
  'which',
  'be',
  'an',
  'it',
  'will',
]);

// Letters a Vietnamese text uses and an English one does not: the vowel modifiers and đ,
// plus any vowel carrying one of the five tone marks, in both cases, after NFC.
const VIETNAMESE_MARKED_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

/** Above this share of marked letters a text is Vietnamese whatever its words say. */
const VIETNAMESE_MARK_DENSITY = 0.12;
/** Below this share of marked letters, with no function words either way, a text is English. */
const ENGLISH_MARK_DENSITY = 0.01;
/** Fewer letters than this (a bare code such as "05-CT/TW") says nothing about the language. */
const MIN_LETTERS_FOR_ENGLISH = 8;

// Compiled once (tsx writes a \p{…} literal inside a function as a new RegExp per call; decision
// 0077); replace() resets lastIndex, so the global flag is safe to share.
const MARKS = /\p{M}+/gu;

function fold(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
}

export interface LanguageEvidence {
  language: Language;
  vietnameseWords: number;
  englishWords: number;
  markDensity: number;
}

/** The language decision with the counts behind it (for logs and tests). */
export function detectLanguageWithEvidence(text: string): LanguageEvidence {
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC');
  let vietnameseWords = 0;
  let englishWords = 0;
  for (const match of sample.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(word)) englishWords++;
    else if (VIETNAMESE_FUNCTION_WORDS.has(word) || FOLDED_VIETNAMESE_FUNCTION_WORDS.has(fold(word)))
      vietnameseWords++;
  }
  const letters = sample.match(LETTER)?.length ?? 0;
  const marked = sample.match(VIETNAMESE_MARKED_LETTER)?.length ?? 0;
  const markDensity = letters ? marked / letters : 0;

  let language: Language;
  if (markDensity >= VIETNAMESE_MARK_DENSITY) language = 'vi';
  else if (englishWords > vietnameseWords) language = 'en';
  else if (vietnameseWords > englishWords) language = 'vi';
  else language = letters >= MIN_LETTERS_FOR_ENGLISH && markDensity < ENGLISH_MARK_DENSITY ? 'en' : 'vi';
  return { language, vietnameseWords, englishWords, markDensity };
}

/** 'vi' or 'en' for a record's text; empty or undecidable text counts as Vietnamese. */
export function detectLanguage(text: string): Language {
  return detectLanguageWithEvidence(text).language;
}

// Whether a text is language at all. Random letters, base64 and hex dumps would otherwise be
// stored as articles (with nothing extracted from them, or worse, names found in noise). Two
// measures over whitespace-separated tokens, read from three windows of the text (start, middle,
// end) so that a 5 MB line costs the same as a page:
//  - shape: the share of tokens with letters that are shaped like words of either language: a
//    length a word can have, one case pattern (lower, Capitalised or UPPER, not "aGVsbG8"), a
//    vowel (or a short UPPER acronym such as "UBND"), no run of six consonants, no digits glued to
//    letters ("6c6f"). Codes such as "05-CT/TW" or "COVID-19" are neither words nor noise.
//  - language: the share of tokens that are function words of either language, or Vietnamese
//    syllables (a Vietnamese mark on a syllable shape). Prose of either language is full of them;
//    noise of any alphabet almost never has them. It is asked only of texts long enough for it to
//    mean something. Thresholds and the margins measured on the dev corpus, the samples and the
//    saved pages: docs/decisions/0025-fuzzing-and-non-language.md.
const PROSE_WINDOW_CHARS = 3000;
/** Shorter texts (a headline, a test record's "x") are too short to judge: they pass. */
export const MIN_CHARS_TO_JUDGE = 80;
/** Below this share of word-shaped tokens a text is not prose. */
export const MIN_WORD_SHAPED_SHARE = 0.5;
/** Below this share of function words and Vietnamese syllables (when long enough) a text is not prose. */
export const MIN_LANGUAGE_SHARE = 0.08;
/**
 * A text whose tokens mostly carry Vietnamese marks is written in the Vietnamese alphabet: as
 * Vietnamese prose, most of its tokens must then be syllables or function words (random
 * Vietnamese letters make syllables by chance too, but far fewer).
 */
export const VIETNAMESE_ALPHABET_SHARE = 0.3;
export const MIN_VIETNAMESE_LANGUAGE_SHARE = 0.4;
/** Texts with fewer tokens are judged by their shape only. */
export const MIN_TOKENS_FOR_LANGUAGE_SHARE = 30;
const MAX_WORD_LETTERS = 24;
const MAX_ACRONYM_LETTERS = 6;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CODE = /^[\p{L}\p{N}]+(?:[-/.+&][\p{L}\p{N}]+)+$/u;
const WORD_PARTS = /['’\-.]/u;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const VOWEL = /[aeiouy]/;
const CONSONANT_RUN = /[^aeiouy]{6}/;
// Onset, nucleus and coda of a Vietnamese syllable, diacritics folded away.
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

// Grave, acute, hook above, tilde, dot below.
const TONE_MARK = /[\u0300\u0301\u0309\u0303\u0323]/gu;

export interface ProseEvidence {
  /** Tokens with letters that count (codes and numbers do not). */
  tokens: number;
  wordShaped: number;
  /** Function words of either language and Vietnamese syllables. */
  languageWords: number;
  /** Tokens carrying a Vietnamese-only letter. */
  markedWords: number;
  wordShapedShare: number;
  languageShare: number;
  markedShare: number;
}

function isWordShaped(token: string): boolean {
  if (HAS_DIGIT.test(token)) return false;
  return token.split(WORD_PARTS).every((part) => {
    if (part === '') return true;
    if (!LETTERS_ONLY.test(part) || part.length > MAX_WORD_LETTERS) return false;
    const lower = part.toLowerCase();
    const upper = part.toUpperCase();
    const shapeOk =
      part === lower || part === upper || (part[0] === upper[0] && part.slice(1) === lower.slice(1));
    if (!shapeOk) return false;
    if (part === upper && part !== lower && part.length <= MAX_ACRONYM_LETTERS) return true;
    const folded = fold(lower);
    // Letters outside Latin (Cyrillic, Greek, CJK…) are judged by case and length alone.
    if (!/^[a-z]+$/.test(folded)) return true;
    return VOWEL.test(folded) && !CONSONANT_RUN.test(folded);
  });
}

function isLanguageWord(token: string): boolean {
  const word = token.toLowerCase();
  if (ENGLISH_FUNCTION_WORDS.has(word) || VIETNAMESE_FUNCTION_WORDS.has(word)) return true;
  const folded = fold(word);
  if (FOLDED_VIETNAMESE_FUNCTION_WORDS.has(folded)) return true;
  // One tone mark at most: random Vietnamese letters carry several a token.
  return (
    folded !== word &&
    VIETNAMESE_SYLLABLE.test(folded) &&
    (word.normalize('NFD').match(TONE_MARK)?.length ?? 0) <= 1
  );
}

function proseWindows(text: string): string[] {
  if (text.length <= 3 * PROSE_WINDOW_CHARS) return [text];
  const middle = Math.floor(text.length / 2 - PROSE_WINDOW_CHARS / 2);
  return [
    text.slice(0, PROSE_WINDOW_CHARS),
    text.slice(middle, middle + PROSE_WINDOW_CHARS),
    text.slice(-PROSE_WINDOW_CHARS),
  ];
}

const WORD_SHAPED = 1;
const LANGUAGE_WORD = 2;
const MARKED = 4;
// Prose repeats its words: each distinct token is judged once (the gate read every article at about
// 1 ms before; bench:extract). Bounded: cleared when it grows past what one long article holds.
const judgedTokens = new Map<string, number>();
function judgeToken(token: string): number {
  let judged = judgedTokens.get(token);
  if (judged === undefined) {
    judged =
      (isWordShaped(token) ? WORD_SHAPED : 0) |
      (isLanguageWord(token) ? LANGUAGE_WORD : 0) |
      (token.search(VIETNAMESE_MARKED_LETTER) >= 0 ? MARKED : 0);
    if (judgedTokens.size > 50_000) judgedTokens.clear();
    judgedTokens.set(token, judged);
  }
  return judged;
}

const NOT_COUNTED = -1;
// The same memo one step earlier, on the token as split (punctuation still on its edges): stripping
// the edges and the code tests were four Unicode regular expressions a token, run again on every
// repeat of a word — about as much as the rest of English extraction's reading (bench:extract,
// decision 0034). A token with no letter, or a code or number ("05-CT/TW", "COVID-19"), is NOT_COUNTED.
const judgedRawTokens = new Map<string, number>();
export function judgeRawToken(raw: string): number {
  let judged = judgedRawTokens.get(raw);
  if (judged === undefined) {
    const token = raw.replace(EDGE_PUNCTUATION, '');
    judged =
      !HAS_LETTER.test(token) ||
      (CODE.test(token) && (HAS_DIGIT.test(token) || token === token.toUpperCase()))
        ? NOT_COUNTED
        : judgeToken(token);
    if (judgedRawTokens.size > 50_000) judgedRawTokens.clear();
    judgedRawTokens.set(raw, judged);
  }
  return judged;
}

// The gate reads a window's whitespace-separated tokens by character codes, without cutting them
// out: `split(/\s+/u)` made a string and the memo then hashed it, for every token of every article
// (4.6 % of English extraction; decision 0082). A token is hashed as it is scanned and looked up in
// a table of the raw tokens already judged, compared in place (`startsWith` at its offset); only a
// token not met before is cut out and judged (judgeRawToken, the memo above). White space is what
// /\s/u matches, read into a table of the Basic Multilingual Plane by that expression (no white
// space lies beyond it, nor is a surrogate white space, so code units read as code points do).
const IS_SPACE_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/\s/u.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
const RAW_SLOTS = 1 << 17;
// A slot's token and its judgement side by side (token at 2 × slot, judgement after it), so that a
// probe reads one place in memory, not one in a table of a megabyte and one in another: the probe
// was 3.9 % of English extraction, most of it waiting for memory (decision 0128).
const rawSlots: (string | number | undefined)[] = new Array<string | number | undefined>(2 * RAW_SLOTS).fill(
  undefined,
);
let rawSlotsUsed = 0;

/** judgeRawToken of `text.slice(start, end)`, whose hash (of its character codes) is `hash`. */
function judgeRawTokenAt(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let slot = hash & (RAW_SLOTS - 1);
  for (let known = rawSlots[2 * slot] as string | undefined; known !== undefined;) {
    if (known.length === length && text.startsWith(known, start)) return rawSlots[2 * slot + 1] as number;
    slot = (slot + 1) & (RAW_SLOTS - 1);
    known = rawSlots[2 * slot] as string | undefined;
  }
  // Bounded like the memo: emptied when half full, so a probe always ends at an empty slot.
  if (rawSlotsUsed >= RAW_SLOTS >> 1) {
    rawSlots.fill(undefined);
    rawSlotsUsed = 0;
    slot = hash & (RAW_SLOTS - 1);
  }
  const raw = text.slice(start, end);
  const judged = judgeRawToken(raw);
  rawSlots[2 * slot] = raw;
  rawSlots[2 * slot + 1] = judged;
  rawSlotsUsed++;
  return judged;
}

/** The counts behind isProse (for the gate's report, its tests and its measurements). */
export function proseEvidenceOf(text: string): ProseEvidence {
  let tokens = 0;
  let wordShaped = 0;
  let languageWords = 0;
  let markedWords = 0;
  for (const window of proseWindows(text)) {
    // A window may cut the first and last token: they are judged as they are, one each side.
    const normalised = window.normalize('NFC');
    const length = normalised.length;
    for (let i = 0; i < length;) {
      if (IS_SPACE_UNIT[normalised.charCodeAt(i)] === 1) {
        i++;
        continue;
      }
      // The empty tokens split gives at either end are judged NOT_COUNTED: none is made here.
      const start = i;
      let hash = 0;
      for (; i < length; i++) {
        const c = normalised.charCodeAt(i);
        if (IS_SPACE_UNIT[c] === 1) break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
      hash ^= hash >>> 15;
      hash = Math.imul(hash, 0x2c1b3c6d);
      hash ^= hash >>> 12;
      const judged = judgeRawTokenAt(normalised, start, i, hash);
      if (judged === NOT_COUNTED) continue;
      tokens++;
      if (judged & WORD_SHAPED) wordShaped++;
      if (judged & LANGUAGE_WORD) languageWords++;
      if (judged & MARKED) markedWords++;
    }
  }
  return {
    tokens,
    wordShaped,
    languageWords,
    markedWords,
    wordShapedShare: tokens ? wordShaped / tokens : 0,
    languageShare: tokens ? languageWords / tokens : 0,
    markedShare: tokens ? markedWords / tokens : 0,
  };
}

/** A share as a whole percentage, for the reasons below (a module function: 0087). */
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Why `text` is not prose in Vietnamese or English (random letters, base64, hex), or null when it is. */
export function notProseReason(text: string): string | null {
  if (text.trim().length < MIN_CHARS_TO_JUDGE) return null;
  const evidence = proseEvidenceOf(text);
  if (evidence.tokens === 0) return 'has no words, only numbers and symbols';
  if (evidence.wordShapedShare < MIN_WORD_SHAPED_SHARE) {
    return `is not prose: only ${percent(evidence.wordShapedShare)} of its ${evidence.tokens} tokens are shaped like words (random letters, base64 or a hex dump?)`;
  }
  if (evidence.tokens >= MIN_TOKENS_FOR_LANGUAGE_SHARE && evidence.languageShare < MIN_LANGUAGE_SHARE) {
    return `is not Vietnamese or English prose: only ${percent(evidence.languageShare)} of its ${evidence.tokens} words are function words or Vietnamese syllables`;
  }
  if (
    evidence.tokens >= MIN_TOKENS_FOR_LANGUAGE_SHARE &&
    evidence.markedShare >= VIETNAMESE_ALPHABET_SHARE &&
    evidence.languageShare < MIN_VIETNAMESE_LANGUAGE_SHARE
  ) {
    return `is not Vietnamese prose: ${percent(evidence.markedShare)} of its ${evidence.tokens} words carry Vietnamese marks but only ${percent(evidence.languageShare)} are Vietnamese syllables or function words (random letters?)`;
  }
  return null;
}
