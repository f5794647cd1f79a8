// Resolvers of the entity types: scalar fields straight from the graph properties, relation
// fields through the request's DataLoaders (one query per relation per level of the answer).
import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../global-id.ts';
import type { GraphNode } from '../model.ts';
import { pageOf } from '../paging.ts';
import * as rel from '../relations.ts';
import { EVENT_KINDS, ORGANIZATION_KINDS, enumOf } from './enums.ts';

const globalId = (node: GraphNode) => toGlobalId(node.__typename, node.id);
const graphId = (node: GraphNode) => node.id;
const dateArgs = (from: string | null | undefined, to: string | null | undefined) => ({
  from: from ?? null,
  to: to ?? null,
});

export const entityResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => (node as GraphNode).__typename,
  },

  Person: {
    id: globalId,
    graphId,
    aliases: (p) => p.aliases ?? [],
    positions: (p, { asOf, first, after }, ctx, info) =>
      ctx.loaders
        .paged(asOf ? rel.personPositionsAsOf : rel.personPositions, pageOf(first, after, info), {
          asOf: asOf ?? null,
        })
        .load(p.id),
    chaired: (p, { from, to, first, after }, ctx, info) =>
      ctx.loaders
        .paged(rel.personEvents, pageOf(first, after, info), { relation: 'CHAIRED', ...dateArgs(from, to) })
        .load(p.id),
    attended: (p, { from, to, first, after }, ctx, info) =>
      ctx.loaders
        .paged(rel.personEvents, pageOf(first, after, info), { relation: 'ATTENDED', ...dateArgs(from, to) })
        .load(p.id),
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
    officials: (o, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.organizationOfficials, pageOf(first, after, info)).load(o.id),
    positions: (o, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.organizationPositions, pageOf(first, after, info)).load(o.id),
    organized: (o, { from, to, first, after }, ctx, info) =>
      ctx.loaders.paged(rel.organizationEvents, pageOf(first, after, info), dateArgs(from, to)).load(o.id),
    issued: (o, { first, after }, ctx, info) =>
      ctx.loaders
        .paged(rel.organizationDocuments, pageOf(first, after, info), { relation: 'ISSUED' })
        .load(o.id),
    implements: (o, { first, after }, ctx, info) =>
      ctx.loaders
        .paged(rel.organizationDocuments, pageOf(first, after, info), { relation: 'IMPLEMENTS' })
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
      (
        await ctx.loaders
          .paged(
            rel.documentOrganizations,
            { offset: 0, limit: 1, withTotal: false, withEvidence: false },
            { relation: 'ISSUED' },
          )
          .load(d.id)
      ).edges[0]?.node ?? null,
    issuedBy: (d, { first, after }, ctx, info) =>
      ctx.loaders
        .paged(rel.documentOrganizations, pageOf(first, after, info), { relation: 'ISSUED' })
        .load(d.id),
    implementedBy: (d, { first, after }, ctx, info) =>
      ctx.loaders
        .paged(rel.documentOrganizations, pageOf(first, after, info), { relation: 'IMPLEMENTS' })
        .load(d.id),
    events: (d, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.documentEvents, pageOf(first, after, info)).load(d.id),
    mentionedIn: (d, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.entityMentions, pageOf(first, after, info), { label: 'Document' }).load(d.id),
  },

  Event: {
    id: globalId,
    graphId,
    kind: (e) => enumOf(e.kind, EVENT_KINDS),
    date: (e) => e.date ?? null,
    chairs: (e, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.eventPeople, pageOf(first, after, info), { relation: 'CHAIRED' }).load(e.id),
    attendees: (e, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.eventPeople, pageOf(first, after, info), { relation: 'ATTENDED' }).load(e.id),
    organizer: async (e, _args, ctx) =>
      (
        await ctx.loaders
          .paged(rel.eventOrganizers, { offset: 0, limit: 1, withTotal: false, withEvidence: false })
          .load(e.id)
      ).edges[0]?.node ?? null,
    organizers: (e, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.eventOrganizers, pageOf(first, after, info)).load(e.id),
    documents: (e, { first, after }, ctx, info) =>
      ctx.loaders.paged(rel.eventDocuments, pageOf(first, after, info)).load(e.id),
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
