// The evidence of a relation: the sentence it was read in (copied, so the evidence stands alone in
// the graph) and the span of the words that state it. One builder for the Vietnamese relations and
// the appointments of both languages. (The English recogniser's own clamps the span to the
// sentence; making every language clamp is issue 17's one evidence helper.)
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
    start,
    end,
  };
}
