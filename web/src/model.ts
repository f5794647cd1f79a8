// The shapes the explorer reads from the API, and the mapping between GraphQL types and page paths.

export type EntityKind = 'person' | 'body' | 'document' | 'event' | 'post';

export const KIND_OF_TYPENAME: Record<string, EntityKind> = {
  Person: 'person',
  Organization: 'body',
  Document: 'document',
  Event: 'event',
  Position: 'post',
};

export interface Article {
  id: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
}

export interface Evidence {
  sentence: string;
  span: { start: number; end: number };
  /** The span inside `sentence`; null for claims loaded before the graph stored sentence starts. */
  sentenceSpan: { start: number; end: number } | null;
  asOf: string | null;
  article: Article;
}

export interface Named {
  id: string;
  name: string;
  code?: string | null;
  date?: string | null;
  kind?: string | null;
  province?: string | null;
}

export interface ClaimEdge<N = Named> {
  node: N;
  firstSeen: string | null;
  lastSeen: string | null;
  evidenceCount: number;
  evidence: Evidence[];
}

export interface Connection<E> {
  totalCount: number;
  edges: E[];
}

export const pathOf = (kind: EntityKind, id: string) => `/${kind}/${encodeURIComponent(id)}`;
