// Resolvers of the entity types: scalar fields straight from the graph properties, relation
// fields through the request's DataLoaders (one query per relation per level of the answer).
import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../global-id.ts';
import type {
  ClaimEdgeRow,
  ConnectionRow,
  DocumentNode,
  EventNode,
  GraphNode,
  HeldPositionEdgeRow,
  OfficialEdgeRow,
  OrganizationNode,
  PersonNode,
} from '../model.ts';
import { pageOf } from '../paging.ts';
import * as rel from '../relations.ts';
import { relationPages } from '../relation-pages.ts';
import { EVENT_KINDS, ORGANIZATION_KINDS, enumOf } from './enums.ts';

const globalId = (node: GraphNode) => toGlobalId(node.__typename, node.id);

/** The first edge's node of a one-edge lookup (`issuer`, `organizer`), without a promise when the page is at hand. */
function firstNode<N>(
  page: ConnectionRow<{ node: N }> | Promise<ConnectionRow<{ node: N }>>,
): N | null | Promise<N | null> {
  return page instanceof Promise ? page.then((p) => p.edges[0]?.node ?? null) : (page.edges[0]?.node ?? null);
}
const graphId = (node: GraphNode) => node.id;

export const entityResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => (node as GraphNode).__typename,
  },

  Person: {
    id: globalId,
    graphId,
    aliases: (p) => p.aliases ?? [],
    positions: (p, args, ctx, info) =>
      ctx.loaders.loadPage<HeldPositionEdgeRow>(relationPages.Person.positions(args, info), p.id),
    chaired: (p, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<EventNode>>(relationPages.Person.chaired(args, info), p.id),
    attended: (p, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<EventNode>>(relationPages.Person.attended(args, info), p.id),
    mentionedIn: (p, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.entityMentions, pageOf(first, after, info), { label: 'Person' }).load(p.id),
    possiblySameAs: (p, _args, ctx) => ctx.loaders.nodes(rel.personPossiblySame).load(p.id),
  },

  Organization: {
    id: globalId,
    graphId,
    aliases: (o) => o.aliases ?? [],
    kind: (o) => enumOf(o.kind, ORGANIZATION_KINDS),
    province: (o) => o.province ?? null,
    parent: async (o, _args, ctx) => (await ctx.loaders.nodes(rel.organizationParent).load(o.id))[0] ?? null,
    parts: (o, _args, ctx) => ctx.loaders.nodes(rel.organizationParts).load(o.id),
    officials: (o, args, ctx, info) =>
      ctx.loaders.loadPage<OfficialEdgeRow>(relationPages.Organization.officials(args, info), o.id),
    positions: (o, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.organizationPositions, pageOf(first, after, info)).load(o.id),
    organized: (o, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<EventNode>>(relationPages.Organization.organized(args, info), o.id),
    issued: (o, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<DocumentNode>>(relationPages.Organization.issued(args, info), o.id),
    implements: (o, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<DocumentNode>>(
        relationPages.Organization.implements(args, info),
        o.id,
      ),
    mentionedIn: (o, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.entityMentions, pageOf(first, after, info), { label: 'Organization' }).load(o.id),
  },

  Document: {
    id: globalId,
    graphId,
    code: (d) => d.code ?? null,
    name: (d) => d.name ?? d.code ?? '',
    kind: (d) => d.kind ?? null,
    number: (d) => d.number ?? null,
    issuerCode: (d) => d.issuerCode ?? null,
    date: (d) => d.date ?? null,
    subject: (d) => d.subject ?? null,
    issuer: (d, _args, ctx) =>
      firstNode(ctx.loaders.loadPage<ClaimEdgeRow<OrganizationNode>>(relationPages.Document.issuer(), d.id)),
    issuedBy: (d, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<OrganizationNode>>(relationPages.Document.issuedBy(args, info), d.id),
    implementedBy: (d, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<OrganizationNode>>(
        relationPages.Document.implementedBy(args, info),
        d.id,
      ),
    events: (d, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<EventNode>>(relationPages.Document.events(args, info), d.id),
    mentionedIn: (d, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.entityMentions, pageOf(first, after, info), { label: 'Document' }).load(d.id),
  },

  Event: {
    id: globalId,
    graphId,
    kind: (e) => enumOf(e.kind, EVENT_KINDS),
    date: (e) => e.date ?? null,
    chairs: (e, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<PersonNode>>(relationPages.Event.chairs(args, info), e.id),
    attendees: (e, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<PersonNode>>(relationPages.Event.attendees(args, info), e.id),
    organizer: (e, _args, ctx) =>
      firstNode(ctx.loaders.loadPage<ClaimEdgeRow<OrganizationNode>>(relationPages.Event.organizer(), e.id)),
    organizers: (e, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<OrganizationNode>>(relationPages.Event.organizers(args, info), e.id),
    documents: (e, args, ctx, info) =>
      ctx.loaders.loadPage<ClaimEdgeRow<DocumentNode>>(relationPages.Event.documents(args, info), e.id),
    mentionedIn: (e, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.entityMentions, pageOf(first, after, info), { label: 'Event' }).load(e.id),
  },

  Position: {
    id: globalId,
    graphId,
    organization: async (pos, _args, ctx) =>
      (await ctx.loaders.nodes(rel.positionOrganization).load(pos.id))[0] ?? null,
    holders: (pos, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.positionHolders, pageOf(first, after, info)).load(pos.id),
  },

  Article: {
    id: globalId,
    graphId,
    url: (a) => a.url ?? null,
    title: (a) => a.title ?? null,
    publishedAt: (a) => a.publishedAt ?? null,
    source: (a) => a.source ?? null,
    language: (a) => a.language ?? null,
    authors: (a) => a.authors ?? [],
    mentions: (a, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.articleMentions, pageOf(first, after, info, 50)).load(a.id),
  },
};
