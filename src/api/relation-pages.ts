// Which page of which relation a paged field of Person, Organization, Document or Event asks for, from its
// arguments and its selection. One definition, read by the field's own resolver
// (src/api/resolvers/entities.ts) and by its parent when the parent looks ahead and folds the page
// into its own statement (src/api/fold.ts, decision 0032): both then ask the same loader key, so a
// folded page is exactly the page the field would have read.
import { pageOf, type PageWindow, type SelectionInfo } from './paging.ts';
import * as rel from './relations.ts';
import type { PagedRelation } from './relations.ts';

export interface RelationPage {
  relation: PagedRelation<{ cursor: string }>;
  window: PageWindow;
  params: Record<string, unknown>;
}

/** The arguments the paged relation fields take (each field takes some of them). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
}

type PageSpec = (args: PageArgs, info: SelectionInfo | undefined) => RelationPage;

const page = <E extends { cursor: string }>(
  relation: PagedRelation<E>,
  window: PageWindow,
  params: Record<string, unknown> = {},
): RelationPage => ({ relation: relation as PagedRelation<{ cursor: string }>, window, params });

const dates = (args: PageArgs) => ({ from: args.from ?? null, to: args.to ?? null });

/** A one-edge lookup (`issuer`): the first edge by the relation's order, no total, no evidence, no summary figures (only its node is shown). */
export const FIRST_EDGE: PageWindow = {
  offset: 0,
  limit: 1,
  withTotal: false,
  withEvidence: false,
  withSummary: false,
};

export const relationPages = {
  Person: {
    positions: (args, info) =>
      page(args.asOf ? rel.personPositionsAsOf : rel.personPositions, pageOf(args.first, args.after, info), {
        asOf: args.asOf ?? null,
      }),
    chaired: (args, info) =>
      page(rel.personEvents, pageOf(args.first, args.after, info), { relation: 'CHAIRED', ...dates(args) }),
    attended: (args, info) =>
      page(rel.personEvents, pageOf(args.first, args.after, info), { relation: 'ATTENDED', ...dates(args) }),
  },
  Organization: {
    officials: (args, info) => page(rel.organizationOfficials, pageOf(args.first, args.after, info)),
    organized: (args, info) =>
      page(rel.organizationEvents, pageOf(args.first, args.after, info), dates(args)),
    issued: (args, info) =>
      page(rel.organizationDocuments, pageOf(args.first, args.after, info), { relation: 'ISSUED' }),
    implements: (args, info) =>
      page(rel.organizationDocuments, pageOf(args.first, args.after, info), { relation: 'IMPLEMENTS' }),
  },
  Document: {
    issuer: () => page(rel.documentOrganizations, FIRST_EDGE, { relation: 'ISSUED' }),
    issuedBy: (args, info) =>
      page(rel.documentOrganizations, pageOf(args.first, args.after, info), { relation: 'ISSUED' }),
    implementedBy: (args, info) =>
      page(rel.documentOrganizations, pageOf(args.first, args.after, info), { relation: 'IMPLEMENTS' }),
    events: (args, info) => page(rel.documentEvents, pageOf(args.first, args.after, info)),
  },
  Event: {
    chairs: (args, info) =>
      page(rel.eventPeople, pageOf(args.first, args.after, info), { relation: 'CHAIRED' }),
    attendees: (args, info) =>
      page(rel.eventPeople, pageOf(args.first, args.after, info), { relation: 'ATTENDED' }),
    organizer: () => page(rel.eventOrganizers, FIRST_EDGE),
    organizers: (args, info) => page(rel.eventOrganizers, pageOf(args.first, args.after, info)),
    documents: (args, info) => page(rel.eventDocuments, pageOf(args.first, args.after, info)),
  },
} satisfies Record<string, Record<string, PageSpec>>;

export type FoldableType = keyof typeof relationPages;

/** The page spec of `type.field`, when that field is a paged relation listed above. */
export function relationPageOf(type: FoldableType, field: string): PageSpec | undefined {
  return (relationPages[type] as Record<string, PageSpec>)[field];
}
