// Resolvers of issue 14 items 3–5 (decision 0022): a document's diffusion, who works with whom,
// bodies linked through people, and the communities and centrality `kg analyse` stored. Each
// reads with one named Cypher query per level of the answer (DataLoaders), bounded by the page.
import {
  byLevel,
  byProvince,
  diffusionBodies,
  monthly,
  type DiffusionRow as DiffusionBodyReadRow,
} from '../../analytics/diffusion.ts';
import { cypher } from '../cypher.ts';
import { badInput } from '../errors.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { int, type Row } from '../graph-reader.ts';
import type { EventNode, OrganizationNode, PersonNode } from '../model.ts';
import type {
  BodyLinkEdgeRow,
  CentralityRow,
  CoParticipantEdgeRow,
  CommunityRow,
  NetworkAnalysisRow,
} from '../network-model.ts';
import { afterKey, connectionOf, keyCursor, pageOf, pageWindow } from '../paging.ts';
import type { PagedRelation } from '../relations.ts';
import { nodeOf } from '../rows.ts';
import { checkDateRange } from './query.ts';

const DOCUMENT_DIFFUSION = cypher('document-diffusion');
const COMMUNITIES_LIST = cypher('communities-list');
const COMMUNITY_MEMBERS = cypher('community-members');
const COMMUNITIES_BY_ID = cypher('communities-by-id');
const NETWORK_ANALYSIS = cypher('network-analysis');
/** The one Analysis node's id (src/analytics/cypher/analysis-record.cypher). */
const ANALYSIS_ID = 'network';
const MAX_MEMBERS = 100;

const personCoParticipants: PagedRelation<CoParticipantEdgeRow> = {
  query: cypher('person-co-participants'),
  edge: (raw, cursor) => ({
    cursor,
    node: nodeOf<PersonNode>('Person', raw.node),
    sharedEvents: raw.sharedEvents as number,
    latestEvent: nodeOf<EventNode>('Event', raw.latestEvent),
  }),
};

const organizationNetwork: PagedRelation<BodyLinkEdgeRow> = {
  query: cypher('organization-network'),
  edge: (raw, cursor) => ({
    cursor,
    node: nodeOf<OrganizationNode>('Organization', raw.node),
    sharedPeople: raw.sharedPeople as number,
    sharedEvents: raw.sharedEvents as number,
    people: ((raw.people as unknown[]) ?? []).map((p) => nodeOf<PersonNode>('Person', p)),
  }),
};

/** The centrality `kg analyse` stored on a node, or null when the node was not analysed. */
function centralityOf(node: object): CentralityRow | null {
  const props = node as Record<string, unknown>;
  if (props.analysisVersion === null || props.analysisVersion === undefined) return null;
  return {
    pagerank: (props.pagerank as number) ?? 0,
    betweenness: (props.betweenness as number) ?? 0,
    degree: (props.degree as number) ?? 0,
    communityId: (props.communityId as string | null) ?? null,
  };
}

function membersLimit(first: number | null | undefined): number {
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_MEMBERS)
    throw badInput(`first: ${limit} is out of range; ask for 0 to ${MAX_MEMBERS} members.`, 'first');
  return limit;
}

export const networkResolvers: Resolvers = {
  Query: {
    communities: async (_root, { first, after }, ctx, info) => {
      const window = pageOf(first, null, info);
      const key = afterKey(after, 1);
      const afterRank = key ? Number(key[0]) : 0;
      if (!Number.isInteger(afterRank) || afterRank < 0)
        throw badInput('after: not a cursor this API gave.', 'after');
      const rows = await ctx.reader.rows(COMMUNITIES_LIST, {
        afterRank: int(afterRank),
        limit: int(window.limit),
        withTotal: window.withTotal,
      });
      const row = rows[0] ?? { total: 0, page: [], hasMore: false };
      const edges = ((row.page as CommunityRow[]) ?? []).map((node) => ({
        cursor: keyCursor([String(node.rank)]),
        node,
      }));
      return {
        edges,
        totalCount: (row.total as number | null) ?? 0,
        pageInfo: {
          hasNextPage: Boolean(row.hasMore),
          hasPreviousPage: key !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    networkAnalysis: async (_root, _args, ctx) =>
      ((await ctx.loaders.rows(NETWORK_ANALYSIS).load(ANALYSIS_ID))[0] as NetworkAnalysisRow | undefined) ??
      null,
  },

  Document: {
    diffusion: async (d, _args, ctx) => {
      const rows = (await ctx.loaders
        .rows(DOCUMENT_DIFFUSION)
        .load(d.id)) as unknown as DiffusionBodyReadRow[];
      const issuedOn = d.date ?? null;
      const bodies = diffusionBodies(
        rows.map((r) => ({ ...r, organization: nodeOf<OrganizationNode>('Organization', r.organization) })),
        issuedOn,
      );
      return { document: d, issuedOn, bodies };
    },
  },

  Diffusion: {
    issuedOn: (d) => d.issuedOn,
    bodyCount: (d) => d.bodies.length,
    bodies: (d, { first, after }) => {
      const window = pageWindow(first, after);
      return connectionOf(
        d.bodies.slice(window.offset, window.offset + window.limit),
        d.bodies.length,
        window,
        (node, cursor) => ({ cursor, node }),
      );
    },
    byLevel: (d) => byLevel(d.bodies),
    byProvince: (d, { first }) => {
      const limit = first ?? 70;
      if (!Number.isInteger(limit) || limit < 0 || limit > 100)
        throw badInput(`first: ${limit} is out of range; ask for 0 to 100 provinces.`, 'first');
      return byProvince(d.bodies, d.issuedOn).slice(0, limit);
    },
    monthly: (d) => monthly(d.bodies),
  },

  Person: {
    coParticipants: (p, { from, to, first, after }, ctx, info) => {
      checkDateRange(from, to);
      return ctx.loaders
        .paged(personCoParticipants, pageOf(first, after, info), { from: from ?? null, to: to ?? null })
        .load(p.id);
    },
    centrality: (p) => centralityOf(p),
  },

  Organization: {
    network: (o, { first, after }, ctx, info) =>
      ctx.loaders.paged(organizationNetwork, pageOf(first, after, info)).load(o.id),
    centrality: (o) => centralityOf(o),
  },

  CoParticipantEdge: {
    latestDate: (e) => e.latestEvent.date ?? null,
  },

  BodyLinkEdge: {
    weight: (e) => e.sharedPeople + e.sharedEvents,
  },

  Centrality: {
    community: async (c, _args, ctx) =>
      c.communityId
        ? (((await ctx.loaders.rows(COMMUNITIES_BY_ID).load(c.communityId))[0] as CommunityRow | undefined) ??
          null)
        : null,
    analysis: async (_c, _args, ctx) =>
      ((await ctx.loaders.rows(NETWORK_ANALYSIS).load(ANALYSIS_ID))[0] as NetworkAnalysisRow | undefined) ??
      null,
  },

  Community: {
    people: async (c, { first }, ctx) => {
      const limit = membersLimit(first);
      const rows: Row[] = await ctx.loaders
        .rows(COMMUNITY_MEMBERS, { label: 'Person', limit: int(limit) })
        .load(c.id);
      return rows.map((r) => nodeOf<PersonNode>('Person', r));
    },
    organizations: async (c, { first }, ctx) => {
      const limit = membersLimit(first);
      const rows: Row[] = await ctx.loaders
        .rows(COMMUNITY_MEMBERS, { label: 'Organization', limit: int(limit) })
        .load(c.id);
      return rows.map((r) => nodeOf<OrganizationNode>('Organization', r));
    },
  },
};
