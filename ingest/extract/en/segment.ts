// English sentence segmentation with compromise, mapped back onto CleanArticle.text offsets.
// compromise reads the whole article once (each call has a fixed cost, so not once per
// paragraph) and keeps abbreviations ("Sr. Lt. Gen.", "Mr.") inside their sentence; line
// breaks are then added as hard boundaries, since a paragraph, a caption or a byline line
// never shares a sentence with the next. Sentences tile each paragraph from its first
// non-space character, so no text falls between two sentences.
import nlp from 'compromise';
import type { CleanArticle, Sentence } from '../../types.ts';
import { pattern } from './lexicon.ts';
import { matchesOf } from '../../base/matches.ts';

interface CompromiseTokenizer {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(text: string, model: unknown): string[];
  splitWhitespace(term: string, model: unknown): { text: string; pre: string };
}

// compromise's own sentence splitter, called directly: nlp.tokenize() runs the same splitter
// and then builds, normalises and offsets a term object for every word of the article, which
// cost 40 times the split itself (3.5 ms against 0.09 ms for a 2,000-character article) and
// was thrown away here. A sentence's offset is where compromise puts it: after the leading
// punctuation (the first term's `pre`: an opening quote, a dash), found with compromise's own
// term splitter on the sentence's first words only.
const world = nlp.world() as unknown as {
  methods: { one: { tokenize: CompromiseTokenizer } };
  model: unknown;
};
const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;

// compromise's splitter cuts the text at every stop followed by a space, then asks its isSentence of
// each piece whether it may end a sentence (else it is merged with the next). isSentence runs three
// end-anchored expressions over the whole piece, so each piece was read three times over from its
// first character: half of the splitter's time. isSentenceByItsEnd answers the same question from
// the piece's last characters; the splitter is compromise's own, given a world that differs only in
// that predicate (its smartMerge reads nothing else of the world but the abbreviations).
const HAS_LETTER = /\p{L}/u;
const LEAD_INITIAL = /^[A-Z]\. $/;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpaceOrFullStop = (c: number) => c === 32 || c === 46;

/**
 * compromise's isSentence (is-sentence.js), read from the end: a piece is not a sentence's end when it
 * has no letter, ends in an initial or acronym (`[ .][A-Z]\.? *$`, case-insensitive), is "W. " alone,
 * ends in an ellipsis (`(?:…|\.{2,}) *$`), or ends in "<abbreviation>." ("Mr.", "Gen."). Trailing
 * spaces are ignored by each of those expressions, so each test looks at the last non-space
 * characters. Pinned against compromise's own isSentence by test/unit/extract-en-speed.test.ts.
 */
export function isSentenceByItsEnd(piece: string, abbreviations: Readonly<Record<string, unknown>>): boolean {
  if (!HAS_LETTER.test(piece)) return false;
  let end = piece.length;
  while (end > 0 && piece.charCodeAt(end - 1) === 32) end--;
  const last = piece.charCodeAt(end - 1);
  const before = piece.charCodeAt(end - 2);
  if (isAsciiLetter(last) && isSpaceOrFullStop(before)) return false;
  if (last === 46 && isAsciiLetter(before) && isSpaceOrFullStop(piece.charCodeAt(end - 3))) return false;
  if (piece.length === 3 && LEAD_INITIAL.test(piece)) return false;
  if (last === 0x2026 || (last === 46 && before === 46)) return false;
  if (last === 46) {
    const word = piece.slice(piece.lastIndexOf(' ', end - 2) + 1, end - 1).toLowerCase();
    if (Object.prototype.hasOwnProperty.call(abbreviations, word)) return false;
  }
  return true;
}

export const splitterWorld = {
  methods: { one: { tokenize: { isSentence: isSentenceByItsEnd } } },
  model: world.model,
};
/** Enough of a sentence for its first term, cut at a space so no word is split. */
const FIRST_TERM_WINDOW = 40;

function leadingPunctuation(sentence: string): number {
  // compromise puts no punctuation before a term that starts with a letter or a digit, and most
  // sentences start with one: answered without its term splitter (which was half of segmentation).
  const c = sentence.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return 0;
  let head = sentence;
  if (head.length > FIRST_TERM_WINDOW) {
    const cut = head.indexOf(' ', FIRST_TERM_WINDOW);
    if (cut > 0) head = head.slice(0, cut + 1);
  }
  const first = splitTerms(head, world.model).find((t) => t !== '');
  return first === undefined ? -1 : splitWhitespace(first, world.model).pre.length;
}

function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const sentence of splitSentences(text, splitterWorld)) {
    const found = text.startsWith(sentence, at) ? at : text.indexOf(sentence, at);
    if (found < 0) continue;
    const pre = leadingPunctuation(sentence);
    if (pre >= 0) starts.push(found + pre);
    at = found + sentence.length;
  }
  return starts;
}

const PARAGRAPH = /[^\n]+/g;
// compromise ends a sentence after "No." in "Resolution No. 18-NQ/TW"; these never end one.
export const NON_FINAL_ABBREVIATION =
  /\b(?:No|Nos|Mr|Ms|Mrs|Dr|Prof|Assoc|Gen|Lt|Col|Maj|Sr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** Characters of the longest NON_FINAL_ABBREVIATION ("Sept.") and the one before it, for its \b. */
const NON_FINAL_ABBREVIATION_REACH = 6;
/**
 * NON_FINAL_ABBREVIATION tested on the end of a sentence only: it is anchored at the end, and tried on
 * the whole sentence it ran from every position of it (a third of segmentation).
 */
export function endsInNonFinalAbbreviation(sentence: string): boolean {
  return NON_FINAL_ABBREVIATION.test(sentence.slice(-NON_FINAL_ABBREVIATION_REACH));
}

// compromise reads a lone capital before a full stop as an initial ("A. B. Nguyen"), so "Quarter I.
// The committee …" stays one sentence; a Roman numeral after a word that numbers a period
// (patterns.tsv numeral-after-period-word) ends it. The new sentence starts, as compromise's do,
// at its first letter or digit (after an opening quote).
export const NUMERAL_FULL_STOP = /(?<=\s)[IVX]+\.\s+["“‘(]*(?=[\p{Lu}\p{N}])/gu;
const NUMERAL_AFTER_PERIOD_WORD = pattern('numeral-after-period-word', 'i');
/** How far back the word before a numeral is looked for ("appendix XIII"). */
const PERIOD_WORD_WINDOW = 24;

/**
 * Whether the text may hold a NUMERAL_FULL_STOP: each match holds its numeral's last letter and the
 * full stop. Three indexOf scans answer most articles, which hold none, without the expression's
 * look-behind at every white space.
 */
export const mayHoldNumeralFullStop = (text: string) =>
  text.includes('I.') || text.includes('V.') || text.includes('X.');

function numeralSentenceStarts(text: string): number[] {
  const starts: number[] = [];
  if (!mayHoldNumeralFullStop(text)) return starts;
  for (const m of matchesOf(NUMERAL_FULL_STOP, text)) {
    const dot = m.index + m[0].indexOf('.');
    if (NUMERAL_AFTER_PERIOD_WORD.test(text.slice(Math.max(0, dot - PERIOD_WORD_WINDOW), dot)))
      starts.push(m.index + m[0].length);
  }
  return starts;
}

/** compromise's sentence starts and the numeral ones, in order, each once. */
function allSentenceStarts(text: string): number[] {
  const starts = sentenceStarts(text);
  const numerals = numeralSentenceStarts(text);
  if (numerals.length === 0) return starts;
  return [...new Set([...starts, ...numerals])].sort((a, b) => a - b);
}

export function segmentEnglish(article: CleanArticle): Sentence[] {
  const text = article.text;
  if (!text.trim()) return [];
  const starts = allSentenceStarts(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let next = 0;
  for (const match of matchesOf(PARAGRAPH, text)) {
    const body = match[0];
    const trimmed = body.trim();
    if (!trimmed) continue;
    const base = match.index! + (body.length - body.trimStart().length);
    const end = base + trimmed.length;
    while (next < starts.length && starts[next]! <= base) next++;
    const bounds = [base];
    for (let k = next; k < starts.length && starts[k]! < end; k++) {
      const start = starts[k]!;
      if (!endsInNonFinalAbbreviation(text.slice(bounds[bounds.length - 1]!, start).trimEnd()))
        bounds.push(start);
    }
    bounds.forEach((start, i) => {
      const stop = i + 1 < bounds.length ? bounds[i + 1]! : end;
      const length = text.slice(start, stop).trimEnd().length;
      if (length) sentences.push({ index: sentences.length, paragraph, start, end: start + length });
    });
    paragraph++;
  }
  return sentences;
}
