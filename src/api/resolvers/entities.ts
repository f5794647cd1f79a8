// Resolvers of the entity types: scalar fields straight from the graph properties, relation
// fields through the request's DataLoaders (one query per relation per level of the answer).
import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../global-id.ts';
import type {
  ClaimEdgeRow,
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
      ctx.loaders.page<HeldPositionEdgeRow>(relationPages.Person.positions(args, info)).load(p.id),
    chaired: (p, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<EventNode>>(relationPages.Person.chaired(args, info)).load(p.id),
    attended: (p, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<EventNode>>(relationPages.Person.attended(args, info)).load(p.id),
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
      ctx.loaders.page<OfficialEdgeRow>(relationPages.Organization.officials(args, info)).load(o.id),
    positions: (o, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.organizationPositions, pageOf(first, after, info)).load(o.id),
    organized: (o, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<EventNode>>(relationPages.Organization.organized(args, info)).load(o.id),
    issued: (o, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<DocumentNode>>(relationPages.Organization.issued(args, info)).load(o.id),
    implements: (o, args, ctx, info) =>
      ctx.loaders
        .page<ClaimEdgeRow<DocumentNode>>(relationPages.Organization.implements(args, info))
        .load(o.id),
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
    issuer: async (d, _args, ctx) =>
      (await ctx.loaders.page<ClaimEdgeRow<OrganizationNode>>(relationPages.Document.issuer()).load(d.id))
        .edges[0]?.node ?? null,
    issuedBy: (d, args, ctx, info) =>
      ctx.loaders
        .page<ClaimEdgeRow<OrganizationNode>>(relationPages.Document.issuedBy(args, info))
        .load(d.id),
    implementedBy: (d, args, ctx, info) =>
      ctx.loaders
        .page<ClaimEdgeRow<OrganizationNode>>(relationPages.Document.implementedBy(args, info))
        .load(d.id),
    events: (d, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<EventNode>>(relationPages.Document.events(args, info)).load(d.id),
    mentionedIn: (d, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.entityMentions, pageOf(first, after, info), { label: 'Document' }).load(d.id),
  },

  Event: {
    id: globalId,
    graphId,
    kind: (e) => enumOf(e.kind, EVENT_KINDS),
    date: (e) => e.date ?? null,
    chairs: (e, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<PersonNode>>(relationPages.Event.chairs(args, info)).load(e.id),
    attendees: (e, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<PersonNode>>(relationPages.Event.attendees(args, info)).load(e.id),
    organizer: async (e, _args, ctx) =>
      (await ctx.loaders.page<ClaimEdgeRow<OrganizationNode>>(relationPages.Event.organizer()).load(e.id))
        .edges[0]?.node ?? null,
    organizers: (e, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<OrganizationNode>>(relationPages.Event.organizers(args, info)).load(e.id),
    documents: (e, args, ctx, info) =>
      ctx.loaders.page<ClaimEdgeRow<DocumentNode>>(relationPages.Event.documents(args, info)).load(e.id),
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
