// The evidence of a relation: the sentence it was read in (copied, so the evidence stands alone in
// the graph) and the span of the words that state it. One builder for the Vietnamese relations and
// the appointments of both languages, and every English relation. The span is ordered and clamped to
// its sentence, so evidence never points outside the sentence it quotes, whichever end a reader
// found first ("chaired by A" reads the cue before the name, "A chaired" the name before the cue).
import type { Evidence, SegmentedArticle } from '../types.ts';

export function evidenceOf(
  article: SegmentedArticle,
  sentenceIndex: number,
  start: number,
  end: number,
): Evidence {
  const s = article.sentences[sentenceIndex] ?? { start: 0, end: article.text.length };
  return {
    sentenceIndex,
    sentence: article.text.slice(s.start, s.end),
    sentenceStart: s.start,
    sentenceEnd: s.end,
    start: Math.max(s.start, Math.min(start, end)),
    end: Math.min(s.end, Math.max(start, end)),
  };
}
