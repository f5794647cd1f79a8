// The relation fields of the schema, each a named Cypher query that answers for a whole batch of
// parent nodes at once (`UNWIND $ids`), and the shape of one edge of its answer.
import { cypher, type NamedCypher } from './cypher.ts';
import type { Row } from './graph-reader.ts';
import type {
  ArticleMentionEdgeRow,
  ArticleNode,
  ClaimEdgeRow,
  DocumentNode,
  EventNode,
  GraphNode,
  HeldPositionEdgeRow,
  MentionEdgeRow,
  OfficialEdgeRow,
  OrganizationNode,
  PersonNode,
  PositionNode,
} from './model.ts';
import { evidenceOf, nodeFromLabelled, nodeOf } from './rows.ts';

/** A paged relation: rows `{parentId, total, edges}`, one per parent. */
export interface PagedRelation<E> {
  query: NamedCypher;
  edge(raw: Row, cursor: string): E;
}

/** A relation to at most a few nodes, unpaged: rows `{parentId, node}`. */
export interface NodeListRelation<N extends GraphNode> {
  query: NamedCypher;
  type: N['__typename'];
}

function claims<N extends GraphNode>(name: string, type: N['__typename']): PagedRelation<ClaimEdgeRow<N>> {
  return {
    query: cypher(name),
    edge: (raw, cursor) => ({
      cursor,
      node: nodeOf<N>(type, raw.node),
      firstSeen: (raw.firstSeen as string | null) ?? null,
      lastSeen: (raw.lastSeen as string | null) ?? null,
      evidence: evidenceOf(raw.evidence),
      // Queries paged on claim summaries give the edge's count; the evidence is then at most a page.
      evidenceCount: (raw.evidenceCount as number | null | undefined) ?? null,
    }),
  };
}

export const personEvents = claims<EventNode>('person-events', 'Event');
export const eventPeople = claims<PersonNode>('event-people', 'Person');
export const positionHolders = claims<PersonNode>('position-holders', 'Person');
export const organizationDocuments = claims<DocumentNode>('organization-documents', 'Document');
export const documentOrganizations = claims<OrganizationNode>('document-organizations', 'Organization');
export const organizationEvents = claims<EventNode>('organization-events', 'Event');
export const eventOrganizers = claims<OrganizationNode>('event-organizers', 'Organization');
export const eventDocuments = claims<DocumentNode>('event-documents', 'Document');
export const documentEvents = claims<EventNode>('document-events', 'Event');

export const personPositions: PagedRelation<HeldPositionEdgeRow> = {
  query: cypher('person-positions'),
  edge: (raw, cursor) => ({
    ...claims<PositionNode>('person-positions', 'Position').edge(raw, cursor),
    organization: raw.organization ? nodeOf<OrganizationNode>('Organization', raw.organization) : null,
  }),
};

/** Posts as of a date: the summaries count every date, so these fold the claims made by then. */
export const personPositionsAsOf: PagedRelation<HeldPositionEdgeRow> = {
  query: cypher('person-positions-as-of'),
  edge: personPositions.edge,
};

export const organizationOfficials: PagedRelation<OfficialEdgeRow> = {
  query: cypher('organization-officials'),
  edge: (raw, cursor) => ({
    ...claims<PersonNode>('organization-officials', 'Person').edge(raw, cursor),
    position: nodeOf<PositionNode>('Position', raw.position),
  }),
};

export const organizationPositions: PagedRelation<{ cursor: string; node: PositionNode }> = {
  query: cypher('organization-positions'),
  edge: (raw, cursor) => ({ cursor, node: nodeOf<PositionNode>('Position', raw.node) }),
};

export const entityMentions: PagedRelation<MentionEdgeRow<ArticleNode>> = {
  query: cypher('entity-mentions'),
  edge: (raw, cursor) => ({
    cursor,
    node: nodeOf<ArticleNode>('Article', raw.node),
    spans: (raw.spans as number[]) ?? [],
  }),
};

export const articleMentions: PagedRelation<ArticleMentionEdgeRow> = {
  query: cypher('article-mentions'),
  // The query keeps to the four entity labels, so every node has a GraphQL type.
  edge: (raw, cursor) => ({
    cursor,
    node: nodeFromLabelled(raw.node)!,
    spans: (raw.spans as number[]) ?? [],
  }),
};

export const positionOrganization: NodeListRelation<OrganizationNode> = {
  query: cypher('position-organization'),
  type: 'Organization',
};
export const organizationParent: NodeListRelation<OrganizationNode> = {
  query: cypher('organization-parent'),
  type: 'Organization',
};
export const organizationParts: NodeListRelation<OrganizationNode> = {
  query: cypher('organization-parts'),
  type: 'Organization',
};
export const personPossiblySame: NodeListRelation<PersonNode> = {
  query: cypher('person-possibly-same'),
  type: 'Person',
};
