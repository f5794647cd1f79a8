// Component 1, tokens: one tokenisation of the article, the sentence of each token, and the spans
// that no name or phrase may read into (coded documents, bylines and photo credits, datelines and
// related links: ingest/lexicon/en/page-furniture.tsv).
import type { SegmentedArticle } from '../../../types.ts';
import { findDocuments, type DocumentMention } from '../documents.ts';
import { findCredits, findFurniture, type Credit } from '../names.ts';
import { tokenize } from '../tokens.ts';
import type { TokenLayer } from './article.ts';
import { unnamed } from '../../../base/unnamed.ts';
import { matchesOf } from '../../../base/matches.ts';
import { LAW_TITLE } from '../lexicon.ts';

/**
 * The titles of laws, codes and ordinances ("the Law on Organisation of Local Government"): no body
 * is read in them (patterns.tsv `law-title`; decision 0127). Searched only where a kind and " on "
 * stand together.
 */
function lawTitles(text: string): { start: number; end: number }[] {
  if (!text.includes('Law on ') && !text.includes('Code on ') && !text.includes('Ordinance on ')) return [];
  return matchesOf(LAW_TITLE, text).map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { start, end: start + m[1]!.length };
  });
}

export function readTokens(article: SegmentedArticle): TokenLayer {
  const { text, sentences } = article;
  const publishedAt = article.record.publishedAt;
  const sentenceOf = unnamed((offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  });
  const tokens = tokenize(text, sentences);
  const documentMentions = findDocuments(text, publishedAt);
  const credits: Credit[] = findCredits(text);

  const blockedTokens = new Uint8Array(tokens.length);
  const documentAtToken = new Map<number, { doc: DocumentMention; last: number }>();
  const spans = [
    ...credits.map((c) => ({ start: c.start, end: c.end, doc: null as DocumentMention | null })),
    ...findFurniture(text).map((f) => ({ start: f.start, end: f.end, doc: null as DocumentMention | null })),
    ...lawTitles(text).map((l) => ({ start: l.start, end: l.end, doc: null as DocumentMention | null })),
    ...documentMentions.map((d) => ({ start: d.start, end: d.end, doc: d as DocumentMention | null })),
  ].sort((a, b) => a.start - b.start);
  const docStarts = new Map<DocumentMention, { doc: DocumentMention; last: number }>();
  // One pass over tokens and the (sorted) credit and document spans.
  let spanIndex = 0;
  tokens.forEach((t, i) => {
    if (t.sentence < 0) blockedTokens[i] = 1;
    while (spanIndex < spans.length && spans[spanIndex]!.end <= t.start) spanIndex++;
    for (let k = spanIndex; k < spans.length && spans[k]!.start < t.end; k++) {
      const span = spans[k]!;
      if (span.end <= t.start) continue;
      blockedTokens[i] = 1;
      if (span.doc) {
        const at = docStarts.get(span.doc);
        if (at) at.last = i;
        else {
          const entry = { doc: span.doc, last: i };
          docStarts.set(span.doc, entry);
          documentAtToken.set(i, entry);
        }
      }
    }
  });
  return {
    article,
    text,
    publishedAt,
    sentenceOf,
    tokens,
    documentMentions,
    credits,
    blocked: unnamed((i: number) => blockedTokens[i] === 1),
    documentAtToken,
  };
}
