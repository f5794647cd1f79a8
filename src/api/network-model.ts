// What the analytics resolvers of issue 14 items 3–5 hand on (codegen.ts maps the GraphQL types
// onto these): graph rows and the answers computed from them (decision 0022).
import type { DiffusionBody } from '../analytics/diffusion.ts';
import type { DocumentNode, EventNode, OrganizationNode, PersonNode } from './model.ts';

/** A document's diffusion: its bodies, already levelled, dated and ordered. */
export interface DiffusionRow {
  document: DocumentNode;
  issuedOn: string | null;
  bodies: DiffusionBody[];
}

export type { DiffusionBody as DiffusionBodyRow };

export interface CoParticipantEdgeRow {
  cursor: string;
  node: PersonNode;
  sharedEvents: number;
  latestEvent: EventNode;
}

export interface BodyLinkEdgeRow {
  cursor: string;
  node: OrganizationNode;
  sharedPeople: number;
  sharedEvents: number;
  people: PersonNode[];
}

/** The centrality properties `kg analyse` stores on a node. */
export interface CentralityRow {
  pagerank: number;
  betweenness: number;
  degree: number;
  communityId: string | null;
}

export interface CommunityRow {
  id: string;
  rank: number;
  size: number;
  peopleCount: number;
  organizationCount: number;
}

/** The record of the last `kg analyse` run, as it stored it. */
export type { AnalysisRun as NetworkAnalysisRow } from '../analytics/network-analysis.ts';
