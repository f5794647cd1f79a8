// English sentence segmentation with compromise, mapped back onto CleanArticle.text offsets.
// Paragraphs (line breaks) are hard boundaries; inside a paragraph compromise decides, which
// keeps abbreviations ("Sr. Lt. Gen.", "No. 18-NQ/TW", "Mr.") inside their sentence. Each
// paragraph is parsed once; the sentences tile the paragraph from its first non-space
// character, so no text falls between two sentences.
import nlp from 'compromise';
import type { CleanArticle, Sentence } from '../../types.ts';

interface CompromiseSentence {
  offset: { start: number; length: number };
}

const PARAGRAPH = /[^\n]+/g;
// compromise ends a sentence after "No." in "Resolution No. 18-NQ/TW"; these never end one.
const NON_FINAL_ABBREVIATION = /\b(?:No|Nos|Mr|Ms|Mrs|Dr|Prof|Assoc|Gen|Lt|Col|Maj|Sr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

export function segmentEnglish(article: CleanArticle): Sentence[] {
  const text = article.text;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const match of text.matchAll(PARAGRAPH)) {
    const body = match[0];
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (!trimmed) continue;
    const base = match.index! + lead;
    const starts = (nlp.tokenize(trimmed).json({ offset: true }) as CompromiseSentence[])
      .map((s) => s.offset.start)
      .filter((start) => start > 0 && start < trimmed.length);
    const bounds = [0, ...new Set(starts)]
      .sort((a, b) => a - b)
      .filter((start, i, all) => i === 0 || !NON_FINAL_ABBREVIATION.test(trimmed.slice(all[i - 1]!, start).trimEnd()));
    bounds.forEach((start, i) => {
      const end = i + 1 < bounds.length ? bounds[i + 1]! : trimmed.length;
      const piece = trimmed.slice(start, end);
      const length = piece.trimEnd().length;
      if (!length) return;
      sentences.push({ index: sentences.length, paragraph, start: base + start, end: base + start + length });
    });
    paragraph++;
  }
  return sentences;
}
