// Which page of which relation a paged field of Person, Organization, Document or Event asks for, from its
// arguments and its selection. One definition, read by the field's own resolver
// (src/api/resolvers/entities.ts) and by its parent when the parent looks ahead and folds the page
// into its own statement (src/api/fold.ts, decision 0032): both then ask the same loader key, so a
// folded page is exactly the page the field would have read.
import type { FieldNode } from 'graphql';
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

const sameArgs = (a: PageArgs, b: PageArgs) =>
  a.first === b.first && a.after === b.after && a.asOf === b.asOf && a.from === b.from && a.to === b.to;

/**
 * `spec`, answering the items of one list in one request with one page: graphql hands every item
 * the same field nodes and the request's variables, so the twenty events of a page asking their
 * `chairs` get the same RelationPage (and the loaders build its key once) instead of twenty copies
 * of the window, the parameters and the key (decision 0088: those copies were the largest part of
 * what an events request allocated in our own code). Another request (its own variables), another
 * field, or other arguments make a new page.
 */
function perField(spec: PageSpec): PageSpec {
  const kept = new WeakMap<
    readonly FieldNode[],
    { args: PageArgs; variables: SelectionInfo['variableValues']; page: RelationPage }
  >();
  return (args, info) => {
    if (!info) return spec(args, info);
    const last = kept.get(info.fieldNodes);
    if (last && last.variables === info.variableValues && sameArgs(last.args, args)) return last.page;
    const page = spec(args, info);
    const { first, after, asOf, from, to } = args;
    kept.set(info.fieldNodes, {
      args: { first, after, asOf, from, to },
      variables: info.variableValues,
      page,
    });
    return page;
  };
}

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

/** The one-edge lookups take no arguments and no selection: one page each, for every request. */
const ISSUER = page(rel.documentOrganizations, FIRST_EDGE, { relation: 'ISSUED' });
const ORGANIZER = page(rel.eventOrganizers, FIRST_EDGE);

export const relationPages = {
  Person: {
    positions: perField((args, info) =>
      page(args.asOf ? rel.personPositionsAsOf : rel.personPositions, pageOf(args.first, args.after, info), {
        asOf: args.asOf ?? null,
      }),
    ),
    chaired: perField((args, info) =>
      page(rel.personEvents, pageOf(args.first, args.after, info), { relation: 'CHAIRED', ...dates(args) }),
    ),
    attended: perField((args, info) =>
      page(rel.personEvents, pageOf(args.first, args.after, info), { relation: 'ATTENDED', ...dates(args) }),
    ),
  },
  Organization: {
    officials: perField((args, info) =>
      page(rel.organizationOfficials, pageOf(args.first, args.after, info)),
    ),
    organized: perField((args, info) =>
      page(rel.organizationEvents, pageOf(args.first, args.after, info), dates(args)),
    ),
    issued: perField((args, info) =>
      page(rel.organizationDocuments, pageOf(args.first, args.after, info), { relation: 'ISSUED' }),
    ),
    implements: perField((args, info) =>
      page(rel.organizationDocuments, pageOf(args.first, args.after, info), { relation: 'IMPLEMENTS' }),
    ),
  },
  Document: {
    issuer: () => ISSUER,
    issuedBy: perField((args, info) =>
      page(rel.documentOrganizations, pageOf(args.first, args.after, info), { relation: 'ISSUED' }),
    ),
    implementedBy: perField((args, info) =>
      page(rel.documentOrganizations, pageOf(args.first, args.after, info), { relation: 'IMPLEMENTS' }),
    ),
    events: perField((args, info) => page(rel.documentEvents, pageOf(args.first, args.after, info))),
  },
  Event: {
    chairs: perField((args, info) =>
      page(rel.eventPeople, pageOf(args.first, args.after, info), { relation: 'CHAIRED' }),
    ),
    attendees: perField((args, info) =>
      page(rel.eventPeople, pageOf(args.first, args.after, info), { relation: 'ATTENDED' }),
    ),
    organizer: () => ORGANIZER,
    organizers: perField((args, info) => page(rel.eventOrganizers, pageOf(args.first, args.after, info))),
    documents: perField((args, info) => page(rel.eventDocuments, pageOf(args.first, args.after, info))),
  },
} satisfies Record<string, Record<string, PageSpec>>;

export type FoldableType = keyof typeof relationPages;

/** The page spec of `type.field`, when that field is a paged relation listed above. */
export function relationPageOf(type: FoldableType, field: string): PageSpec | undefined {
  return (relationPages[type] as Record<string, PageSpec>)[field];
}
