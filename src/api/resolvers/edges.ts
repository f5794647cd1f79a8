// Resolvers of edges and evidence: the evidence list is on the edge; its article is loaded in
// one batch for the whole answer.
import { GraphQLError, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { badInput } from '../errors.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import type { ArticleNode, EvidenceRow } from '../model.ts';
import { DEFAULT_EVIDENCE_PAGE, MAX_PAGE_SIZE, selectsIdOnly } from '../paging.ts';

export function evidencePage<E extends { evidence: EvidenceRow[] }>(
  edge: E,
  first: number | null | undefined,
): EvidenceRow[] {
  const n = first ?? DEFAULT_EVIDENCE_PAGE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw badInput(`evidence(first: ${n}) is out of range; ask for 0 to ${MAX_PAGE_SIZE} items.`, 'first');
  }
  return edge.evidence.slice(0, n);
}

export const claimEdge = {
  evidenceCount: (edge: { evidence: EvidenceRow[]; evidenceCount?: number | null }) =>
    edge.evidenceCount ?? edge.evidence.length,
  evidence: (edge: { evidence: EvidenceRow[] }, { first }: { first?: number | null }) =>
    evidencePage(edge, first),
};

/**
 * The evidence span in the sentence's own characters, clipped to the sentence (a span may run past
 * it); null when the claim predates stored sentence starts or the span lies outside the sentence.
 */
export function sentenceSpanOf(evidence: EvidenceRow): { start: number; end: number } | null {
  if (evidence.sentenceStart == null) return null;
  const start = Math.max(0, evidence.start - evidence.sentenceStart);
  const end = Math.min(evidence.sentence.length, evidence.end - evidence.sentenceStart);
  return start < end ? { start, end } : null;
}

function spansOf(flat: number[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i]!, end: flat[i + 1]! });
  return spans;
}

/**
 * Whether this `article` field (per field node: the same for every evidence item of a page) asks
 * nothing but the article's ids: it is then answered from the claim's article id, unread (decision
 * 0073; a folded statement reads no article for it either).
 */
const idOnlyArticle = new WeakMap<FieldNode, boolean>();
function asksArticleIdOnly(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((field) => {
    let idOnly = idOnlyArticle.get(field);
    if (idOnly === undefined) idOnlyArticle.set(field, (idOnly = selectsIdOnly(field, info)));
    return idOnly;
  });
}

async function loadArticle(ctx: ApiContext, articleId: string): Promise<ArticleNode> {
  const article = await ctx.loaders.node<ArticleNode>('Article').load(articleId);
  if (!article) throw new GraphQLError(`Evidence refers to article ${articleId}, which is not in the graph.`);
  return article;
}

export const edgeResolvers: Resolvers = {
  PersonClaimEdge: claimEdge,
  EventClaimEdge: claimEdge,
  OrganizationClaimEdge: claimEdge,
  DocumentClaimEdge: claimEdge,
  HeldPositionEdge: { ...claimEdge, role: (edge) => edge.node.role },
  OfficialEdge: { ...claimEdge, role: (edge) => edge.position.role },
  MentionEdge: { spans: (edge) => spansOf(edge.spans) },
  ArticleMentionEdge: { spans: (edge) => spansOf(edge.spans) },

  Evidence: {
    // The folded statement read the page's articles already: those are returned as they are (no
    // promise per item); any other is loaded in one batch for the level.
    // One asked by its ids alone (`article { graphId }`) is answered from the claim's article id.
    article: (evidence, _args, ctx, info) =>
      ctx.loaders.knownNode<ArticleNode>('Article', evidence.articleId) ??
      (asksArticleIdOnly(info)
        ? ({ __typename: 'Article', id: evidence.articleId } as ArticleNode)
        : loadArticle(ctx, evidence.articleId)),
    span: (evidence) => ({ start: evidence.start, end: evidence.end }),
    sentenceSpan: (evidence) => sentenceSpanOf(evidence),
    asOf: (evidence) => evidence.asOf ?? null,
    extractor: (evidence) => evidence.extractor ?? null,
  },

  Path: {
    length: (path) => path.steps.length,
  },
};
