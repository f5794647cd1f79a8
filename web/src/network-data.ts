/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers, shaped by the queries in queries.ts */
// An entity's neighbourhood as nodes and edges, read from the same queries as its page, and the
// paths of `connection` in the same shape. No drawing here, so the page that lists rows and the
// lazy-loaded network library share it.
import { gql } from './api.ts';
import { articleCount } from './evidence.ts';
import { KIND_OF_TYPENAME, type ClaimEdge, type EntityKind, type Evidence, type Named } from './model.ts';
import { CONNECTION, NEIGHBOURS } from './queries.ts';

export interface NetworkNode {
  id: string;
  kind: EntityKind;
  label: string;
}

export interface NetworkEdge {
  key: string;
  source: string;
  target: string;
  /** HOLDS, CHAIRED, ATTENDED, ORGANIZED, ISSUED, IMPLEMENTS, PART_OF, OF. */
  relation: string;
  /** Words on the edge beyond the relation (a post's role). */
  detail?: string;
  firstSeen: string | null;
  lastSeen: string | null;
  evidenceCount: number;
  articles: number;
  evidence: Evidence[];
}

export interface EdgeFilter {
  relations: Set<string>;
  from: string | null;
  to: string | null;
}

/** Whether an edge is shown under a filter: the picture, its table and its CSV all use this. */
export function edgePasses(edge: NetworkEdge, filter: EdgeFilter | null): boolean {
  if (!filter) return true;
  if (!filter.relations.has(edge.relation)) return false;
  // A structural edge (no dates) passes any date range; a claim passes when its seen-interval overlaps it.
  if (edge.firstSeen && filter.to && edge.firstSeen > filter.to) return false;
  if (edge.lastSeen && filter.from && edge.lastSeen < filter.from) return false;
  return true;
}

export interface Neighbourhood {
  center: NetworkNode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const nameOf = (n: Named) => n.code ?? n.name;

function claim(
  relation: string,
  source: NetworkNode,
  target: NetworkNode,
  edge: ClaimEdge<unknown>,
  detail?: string,
): NetworkEdge {
  return {
    key: `${source.id}|${relation}|${target.id}`,
    source: source.id,
    target: target.id,
    relation,
    ...(detail ? { detail } : {}),
    firstSeen: edge.firstSeen,
    lastSeen: edge.lastSeen,
    evidenceCount: edge.evidenceCount,
    articles: articleCount(edge.evidence),
    evidence: edge.evidence,
  };
}

function structural(relation: string, source: NetworkNode, target: NetworkNode): NetworkEdge {
  return {
    key: `${source.id}|${relation}|${target.id}`,
    source: source.id,
    target: target.id,
    relation,
    firstSeen: null,
    lastSeen: null,
    evidenceCount: 0,
    articles: 0,
    evidence: [],
  };
}

export async function neighbourhood(kind: EntityKind, id: string): Promise<Neighbourhood | null> {
  const data = await gql<Record<string, any>>(NEIGHBOURS[kind], { id });
  const entity = Object.values(data)[0];
  if (!entity) return null;
  const center: NetworkNode = { id, kind, label: nameOf(entity) };
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkEdge[] = [];
  const node = (k: EntityKind, n: Named) => {
    const found = nodes.get(n.id) ?? { id: n.id, kind: k, label: nameOf(n) };
    nodes.set(n.id, found);
    return found;
  };
  const each = (connection: { edges: any[] } | undefined, fn: (edge: any) => void) =>
    connection?.edges.forEach(fn);
  switch (kind) {
    case 'person':
      each(entity.positions, (e) => {
        // A post with no known body (Thủ tướng) links to the post itself.
        const holder = e.organization ? node('body', e.organization) : node('post', e.node);
        edges.push(claim('HOLDS', center, holder, e, e.organization ? e.role : undefined));
      });
      each(entity.chaired, (e) => edges.push(claim('CHAIRED', center, node('event', e.node), e)));
      each(entity.attended, (e) => edges.push(claim('ATTENDED', center, node('event', e.node), e)));
      break;
    case 'body':
      each(entity.officials, (e) => edges.push(claim('HOLDS', node('person', e.node), center, e, e.role)));
      each(entity.organized, (e) => edges.push(claim('ORGANIZED', center, node('event', e.node), e)));
      each(entity.issued, (e) => edges.push(claim('ISSUED', center, node('document', e.node), e)));
      each(entity.implements, (e) => edges.push(claim('IMPLEMENTS', center, node('document', e.node), e)));
      if (entity.parent) edges.push(structural('PART_OF', center, node('body', entity.parent)));
      for (const part of entity.parts) edges.push(structural('PART_OF', node('body', part), center));
      break;
    case 'document':
      each(entity.issuedBy, (e) => edges.push(claim('ISSUED', node('body', e.node), center, e)));
      each(entity.implementedBy, (e) => edges.push(claim('IMPLEMENTS', node('body', e.node), center, e)));
      break;
    case 'event':
      each(entity.organizers, (e) => edges.push(claim('ORGANIZED', node('body', e.node), center, e)));
      each(entity.chairs, (e) => edges.push(claim('CHAIRED', node('person', e.node), center, e)));
      each(entity.attendees, (e) => edges.push(claim('ATTENDED', node('person', e.node), center, e)));
      break;
    case 'post':
      each(entity.holders, (e) => edges.push(claim('HOLDS', node('person', e.node), center, e, entity.role)));
      if (entity.organization) edges.push(structural('OF', center, node('body', entity.organization)));
      break;
  }
  return { center, nodes: [...nodes.values()], edges };
}

export interface ConnectionPath {
  length: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export async function connectionPaths(fromId: string, toId: string): Promise<ConnectionPath[]> {
  const { connection } = await gql<{ connection: any[] }>(CONNECTION, { fromId, toId, maxHops: 4 });
  return connection.map((path) => {
    const nodes: NetworkNode[] = path.nodes.map((n: any) => ({
      id: n.id,
      kind: KIND_OF_TYPENAME[n.__typename]!,
      label: nameOf(n),
    }));
    const edges: NetworkEdge[] = path.steps.map((s: any) => ({
      key: `${s.from.id}|${s.relation}|${s.to.id}`,
      source: s.from.id,
      target: s.to.id,
      relation: s.relation,
      firstSeen: null,
      lastSeen: null,
      evidenceCount: s.evidence.length,
      articles: articleCount(s.evidence),
      evidence: s.evidence,
    }));
    return { length: path.length, nodes, edges };
  });
}
