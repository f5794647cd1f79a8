// What the data layer hands to resolvers: graph properties as plain values (neo4j Integers
// already turned into numbers), tagged with the GraphQL type they become. The generated
// resolver types map each GraphQL object type onto these (codegen.ts `mappers`).
import type { ClaimEvidence } from '../../ingest/resolve/resolved-article.ts';
import type { Curation } from '../../ingest/curate/curation.ts';

export const NODE_TYPES = ['Person', 'Organization', 'Document', 'Event', 'Position', 'Article'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export function isNodeTypeName(value: string): value is NodeTypeName {
  return (NODE_TYPES as readonly string[]).includes(value);
}

interface NodeRowBase<T extends NodeTypeName> {
  __typename: T;
  id: string;
}

export interface PersonNode extends NodeRowBase<'Person'> {
  name: string;
  nameKey?: string | null;
  aliases?: string[] | null;
}

export interface OrganizationNode extends NodeRowBase<'Organization'> {
  name: string;
  aliases?: string[] | null;
  kind?: string | null;
  province?: string | null;
}

export interface DocumentNode extends NodeRowBase<'Document'> {
  code?: string | null;
  name?: string | null;
  kind?: string | null;
  number?: string | null;
  issuerCode?: string | null;
  date?: string | null;
  subject?: string | null;
}

export interface EventNode extends NodeRowBase<'Event'> {
  name: string;
  kind?: string | null;
  date?: string | null;
}

export interface PositionNode extends NodeRowBase<'Position'> {
  name: string;
  role: string;
}

export interface ArticleNode extends NodeRowBase<'Article'> {
  url?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  language?: string | null;
  authors?: string[] | null;
}

export type GraphNode = PersonNode | OrganizationNode | DocumentNode | EventNode | PositionNode | ArticleNode;

/**
 * One claim relationship's evidence as the API reads it: the properties the loader writes
 * (ClaimEvidence), except that `extractor` may be absent on a claim loaded from an older snapshot or
 * backup, and `sentenceStart` on a claim loaded before resolve-4; a Cypher map projection gives null
 * for an absent property.
 */
export type EvidenceRow = Omit<ClaimEvidence, 'extractor' | 'sentenceStart'> & {
  extractor: string | null;
  sentenceStart?: number | null;
};

/** Parallel claims between the same two nodes, folded into one edge. */
export interface ClaimEdgeRow<N extends GraphNode> {
  cursor: string;
  node: N;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The evidence (first 100, newest first) of the edge. */
  evidence: EvidenceRow[];
  /** How many claims the edge folds, from its summary; null where `evidence` is all of them. */
  evidenceCount: number | null;
}

export interface HeldPositionEdgeRow extends ClaimEdgeRow<PositionNode> {
  organization: OrganizationNode | null;
}

export interface OfficialEdgeRow extends ClaimEdgeRow<PersonNode> {
  position: PositionNode;
}

export interface MentionEdgeRow<N extends GraphNode> {
  cursor: string;
  node: N;
  /** Flattened [start0, end0, start1, end1, …] as stored on MENTIONS. */
  spans: number[];
}

export type ArticleMentionEdgeRow = MentionEdgeRow<GraphNode>;

export interface PathStepRow {
  relation: string;
  from: GraphNode;
  to: GraphNode;
  evidence: EvidenceRow[];
}

export interface PathRow {
  nodes: GraphNode[];
  steps: PathStepRow[];
}

export interface SearchHitRow {
  score: number;
  node: GraphNode;
}

/**
 * A curation as the API reads it: the record the curator writes (ingest/curate/curation.ts), under
 * the GraphQL field names, without who undid it, and with the type of its entities.
 */
export type CurationRow = Omit<Curation, 'id' | 'action' | 'undoneBy'> & {
  curationId: string;
  /** As stored; the GraphQL enum maps it. */
  action: string;
  /** GraphQL type of the curated entities, to load `into`. */
  entityType: NodeTypeName;
};

export interface PageInfoRow {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionRow<E> {
  edges: E[];
  pageInfo: PageInfoRow;
  totalCount: number;
}
