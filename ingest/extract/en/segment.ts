// English sentence segmentation with compromise, mapped back onto CleanArticle.text offsets.
// compromise reads the whole article once (each call has a fixed cost, so not once per
// paragraph) and keeps abbreviations ("Sr. Lt. Gen.", "Mr.") inside their sentence; line
// breaks are then added as hard boundaries, since a paragraph, a caption or a byline line
// never shares a sentence with the next. Sentences tile each paragraph from its first
// non-space character, so no text falls between two sentences.
import nlp from 'compromise';
import type { CleanArticle, Sentence } from '../../types.ts';
import { pattern } from './lexicon.ts';

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
  for (const sentence of splitSentences(text, world)) {
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
const NON_FINAL_ABBREVIATION =
  /\b(?:No|Nos|Mr|Ms|Mrs|Dr|Prof|Assoc|Gen|Lt|Col|Maj|Sr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

// compromise reads a lone capital before a full stop as an initial ("A. B. Nguyen"), so "Quarter I.
// The committee …" stays one sentence; a Roman numeral after a word that numbers a period
// (patterns.tsv numeral-after-period-word) ends it. The new sentence starts, as compromise's do,
// at its first letter or digit (after an opening quote).
const NUMERAL_FULL_STOP = /(?<=\s)[IVX]+\.\s+["“‘(]*(?=[\p{Lu}\p{N}])/gu;
const NUMERAL_AFTER_PERIOD_WORD = pattern('numeral-after-period-word', 'i');
/** How far back the word before a numeral is looked for ("appendix XIII"). */
const PERIOD_WORD_WINDOW = 24;

function numeralSentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(NUMERAL_FULL_STOP)) {
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
  for (const match of text.matchAll(PARAGRAPH)) {
    const body = match[0];
    const trimmed = body.trim();
    if (!trimmed) continue;
    const base = match.index! + (body.length - body.trimStart().length);
    const end = base + trimmed.length;
    while (next < starts.length && starts[next]! <= base) next++;
    const bounds = [base];
    for (let k = next; k < starts.length && starts[k]! < end; k++) {
      const start = starts[k]!;
      if (!NON_FINAL_ABBREVIATION.test(text.slice(bounds[bounds.length - 1]!, start).trimEnd()))
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
