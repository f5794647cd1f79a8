// English sentence segmentation with compromise, mapped back onto CleanArticle.text offsets.
// compromise reads the whole article once (each call has a fixed cost, so not once per
// paragraph) and keeps abbreviations ("Sr. Lt. Gen.", "Mr.") inside their sentence; line
// breaks are then added as hard boundaries, since a paragraph, a caption or a byline line
// never shares a sentence with the next. Sentences tile each paragraph from its first
// non-space character, so no text falls between two sentences.
import nlp from 'compromise';
import type { CleanArticle, Sentence } from '../../types.ts';

interface CompromiseSentence {
  offset: { start: number; length: number };
}

// Sentence offsets without the per-term objects (five times cheaper). compromise accepts
// `terms: false` at run time though its typings only describe the object form.
const SENTENCE_OFFSETS_ONLY = { offset: true, terms: false } as unknown as { offset: boolean };

const PARAGRAPH = /[^\n]+/g;
// compromise ends a sentence after "No." in "Resolution No. 18-NQ/TW"; these never end one.
const NON_FINAL_ABBREVIATION =
  /\b(?:No|Nos|Mr|Ms|Mrs|Dr|Prof|Assoc|Gen|Lt|Col|Maj|Sr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

export function segmentEnglish(article: CleanArticle): Sentence[] {
  const text = article.text;
  if (!text.trim()) return [];
  const starts = (nlp.tokenize(text).json(SENTENCE_OFFSETS_ONLY) as CompromiseSentence[]).map(
    (s) => s.offset.start,
  );
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
