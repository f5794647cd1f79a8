// English sentence segmentation with compromise, mapped back onto CleanArticle.text offsets.
// compromise reads the whole article once (each call has a fixed cost, so not once per
// paragraph) and keeps abbreviations ("Sr. Lt. Gen.", "Mr.") inside their sentence; line
// breaks are then added as hard boundaries, since a paragraph, a caption or a byline line
// never shares a sentence with the next. Sentences tile each paragraph from its first
// non-space character, so no text falls between two sentences.
import nlp from 'compromise';
import type { CleanArticle, Sentence } from '../../types.ts';

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

export function segmentEnglish(article: CleanArticle): Sentence[] {
  const text = article.text;
  if (!text.trim()) return [];
  const starts = sentenceStarts(text);
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
