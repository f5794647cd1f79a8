// Dashboards (issue 14 item 7, decision 0023): typed `where` filters and `orderBy` on the lists of
// bodies and events, and counts by group. Every filter is a query parameter of one named Cypher
// file (no query text depends on the request); the file starts its read from the most selective
// filter given, so each is backed by an index. What they may read is priced by the cost guard
// (src/api/guards/query-cost.ts) before they run.
import { cypher, type NamedCypher } from '../cypher.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type {
  ArticleWhere,
  EventKind,
  EventOrder,
  EventWhere,
  OrganizationKind,
  OrganizationLevel,
  OrganizationOrder,
  OrganizationWhere,
  DocumentWhere,
  QueryArticlesArgs,
  QueryDocumentsArgs,
  PersonWhere,
  PositionWhere,
  QueryEventCountsArgs,
  QueryEventsArgs,
  QueryOrganizationsArgs,
  QueryPeopleArgs,
  QueryPositionsArgs,
  QueryResolvers,
} from '../generated/graphql.ts';
import { decodeGlobalId, requireGlobalId } from '../global-id.ts';
import { int, type Row } from '../graph-reader.ts';
import type {
  ArticleNode,
  DocumentNode,
  EventNode,
  GraphNode,
  OrganizationNode,
  PersonNode,
  PositionNode,
} from '../model.ts';
import { afterKey, asksTotal, keyCursor, pageWindow, type SelectionInfo } from '../paging.ts';
import { nodeOf } from '../rows.ts';
import { EVENT_KINDS, ORGANIZATION_KINDS, enumOf, graphKind } from './enums.ts';
import { checkDateRange, documentByCode } from './query.ts';
import { splitIntoMonths, splitIntoYears } from '../month-range.ts';

const ORGANIZATIONS_WHERE = cypher('organizations-where');
const EVENTS_WHERE = cypher('events-where');
const HOLDER_COUNTS = cypher('holder-counts');
const POSITIONS_WHERE = cypher('positions-where');
const PEOPLE_WHERE = cypher('people-where');
const DOCUMENTS_WHERE = cypher('documents-where');
const EVENT_COUNTS = cypher('event-counts');
const IMPLEMENTER_COUNTS = cypher('implementer-counts');
const ARTICLES_WHERE = cypher('articles-where');
const ARTICLES_IN_RANGE = cypher('articles-in-range');
const PROVINCE_EVENTS = cypher('province-events');

export const MAX_GROUPS = 500;

/** The open upper end of a date range, as the date-ordered reads bound their seeks. */
const LAST_DAY = '9999-12-31';

// Absent filters go to Cypher as '' and [], never null: one parameter type, one cached plan (decision 0023).
function nonEmpty<T>(list: readonly T[] | null | undefined, argument: string): T[] {
  if (list === null || list === undefined) return [];
  if (list.length === 0)
    throw badInput(
      `${argument}: is an empty list, which nothing matches; give at least one or leave it out.`,
      argument,
    );
  return [...new Set(list)];
}

/** A text filter as the graph writes it (NFC, trimmed), '' when absent; an empty one is refused rather than matching nothing. */
function textFilter(value: string | null | undefined, argument: string, example: string): string {
  if (value === null || value === undefined) return '';
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed) throw badInput(`${argument}: is empty; give ${example}.`, argument);
  return trimmed;
}

const province = (value: string | null | undefined, argument: string): string =>
  textFilter(value, argument, 'a province as the graph writes it ("Đồng Tháp")');

const level = (value: OrganizationLevel | null | undefined): string => (value ? value.toLowerCase() : '');

/** A document named by its global id or its code as typed; a filter on a document no one knows is an error, not an empty answer. */
async function documentId(value: string, argument: string, ctx: ApiContext): Promise<string> {
  const decoded = decodeGlobalId(value);
  if (decoded) {
    if (decoded.type !== 'Document')
      throw badInput(`${argument}: is the id of a ${decoded.type}; give a document's id or code.`, argument);
    return decoded.graphId;
  }
  const document = await documentByCode(ctx.reader, value);
  if (!document)
    throw badInput(
      `${argument}: no document has the code ${JSON.stringify(value)}; check it (search finds documents by code).`,
      argument,
    );
  return document.id;
}

/** Keyset paging over an order: the cursor carries the order it was made for, so it cannot resume another. */
function orderedPage(order: string, first: number | null | undefined, after: string | null | undefined) {
  const { limit } = pageWindow(first, null);
  const key = afterKey(after, 4);
  if (key && key[0] !== order)
    throw badInput(
      `after: this cursor was made for another orderBy; page on with the same orderBy, or start again without \`after\`.`,
      'after',
    );
  return {
    limit,
    key,
    params: { afterKey: key?.[1] ?? '', afterName: key?.[2] ?? '', afterId: key?.[3] ?? '' },
  };
}

function connectionFrom<N extends GraphNode>(
  type: N['__typename'],
  order: string,
  row: Row | undefined,
  resumed: boolean,
) {
  const candidates = (row?.page as { node: unknown; key: string[] }[]) ?? [];
  const edges = candidates.map((c) => ({
    cursor: keyCursor([order, ...c.key]),
    node: nodeOf<N>(type, c.node),
  }));
  return {
    edges,
    totalCount: (row?.total as number) ?? 0,
    pageInfo: {
      hasNextPage: Boolean(row?.hasMore),
      hasPreviousPage: resumed,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function conflicting(argument: string, where: string): never {
  throw badInput(
    `${argument}: give it inside \`where\` (${where}) when \`where\` or \`orderBy\` is used, not beside it.`,
    argument,
  );
}

async function organizationParams(where: OrganizationWhere | null | undefined, ctx: ApiContext) {
  return {
    documentId: where?.implements != null ? await documentId(where.implements, 'where.implements', ctx) : '',
    province: province(where?.province, 'where.province'),
    kinds: nonEmpty(where?.kind, 'where.kind').map((k) => graphKind<OrganizationKind>(k)),
    level: level(where?.level),
  };
}

async function eventParams(where: EventWhere | null | undefined, ctx: ApiContext) {
  checkDateRange(where?.dateFrom, where?.dateTo);
  return {
    aboutId: where?.about != null ? await documentId(where.about, 'where.about', ctx) : '',
    organizerId:
      where?.organizer != null
        ? requireGlobalId(where.organizer, 'where.organizer', ['Organization']).graphId
        : '',
    province: province(where?.province, 'where.province'),
    level: level(where?.level),
    dateFrom: where?.dateFrom ?? '',
    dateTo: where?.dateTo ?? '',
    kinds: nonEmpty(where?.kind, 'where.kind').map((k) => graphKind<EventKind>(k)),
  };
}

/** The post filters shared by `positions(where:)` and `people(where:)`: one post must meet them all. */
function postParams(where: PositionWhere | PersonWhere | null | undefined) {
  return {
    bodyId: where?.body != null ? requireGlobalId(where.body, 'where.body', ['Organization']).graphId : '',
    role: textFilter(where?.role, 'where.role', 'a role ("Bí thư") or leave it out'),
    province: province(where?.province, 'where.province'),
  };
}

/** Any argument of the older list signature given beside `where` / `orderBy`: the first is refused. */
function refuseOlderArguments(given: Record<string, unknown>, moveTo: Record<string, string>): void {
  for (const [argument, where] of Object.entries(moveTo))
    if (given[argument] != null) conflicting(argument, where);
}

/** One keyset page of a list in the order asked, its filters already turned into parameters. */
async function orderedList<N extends GraphNode>(
  query: NamedCypher,
  type: N['__typename'],
  orderBy: { field: string; direction?: string | null },
  filters: Record<string, unknown>,
  first: number | null | undefined,
  after: string | null | undefined,
  ctx: ApiContext,
) {
  const order = `${orderBy.field}:${orderBy.direction ?? 'ASC'}`;
  const page = orderedPage(order, first, after);
  const [row] = await ctx.reader.rows(query, {
    ...filters,
    field: orderBy.field.toLowerCase(),
    desc: orderBy.direction === 'DESC',
    ...page.params,
    limit: int(page.limit),
    groupBy: '',
  });
  return connectionFrom<N>(type, order, row, page.key !== null);
}

export async function organizationsWhere(
  args: Omit<QueryOrganizationsArgs, 'first'> & { first?: number | null },
  ctx: ApiContext,
) {
  refuseOlderArguments(args, {
    name: 'filter by kind, level, province or implements',
    kind: 'where: { kind: [...] }',
    province: 'where: { province }',
  });
  const orderBy: OrganizationOrder = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  const filters = await organizationParams(args.where, ctx);
  return orderedList<OrganizationNode>(
    ORGANIZATIONS_WHERE,
    'Organization',
    orderBy,
    filters,
    args.first,
    args.after,
    ctx,
  );
}

export async function eventsWhere(
  args: Omit<QueryEventsArgs, 'first'> & { first?: number | null },
  ctx: ApiContext,
  info?: SelectionInfo,
) {
  refuseOlderArguments(args, {
    from: 'where: { dateFrom }',
    to: 'where: { dateTo }',
    kind: 'where: { kind: [...] }',
  });
  const orderBy: EventOrder = args.orderBy ?? { field: 'DATE', direction: 'ASC' };
  const filters = await eventParams(args.where, ctx);
  const provinceAlone =
    filters.province !== '' &&
    filters.aboutId === '' &&
    filters.organizerId === '' &&
    filters.level === '' &&
    filters.dateFrom === '' &&
    filters.dateTo === '' &&
    filters.kinds.length === 0;
  if (!provinceAlone || orderBy.field !== 'DATE')
    return orderedList<EventNode>(EVENTS_WHERE, 'Event', orderBy, filters, args.first, args.after, ctx);
  // A province alone by date (the dashboard's "a province's events, newest first"): read per body
  // of the province in the order its organizers' summaries keep, stopped at the page, and counted
  // from the event tallies only when totalCount is asked (decision 0069). Same answer and cursors
  // as events-where.cypher, which sorts and counts every event of the province.
  const order = `${orderBy.field}:${orderBy.direction ?? 'ASC'}`;
  const page = orderedPage(order, args.first, args.after);
  const [row] = await ctx.reader.rows(
    PROVINCE_EVENTS,
    provinceEventsParams(
      filters.province,
      orderBy.direction === 'DESC',
      page.params,
      page.limit,
      asksTotal(info),
    ),
  );
  return connectionFrom<EventNode>('Event', order, row, page.key !== null);
}

/**
 * The parameters of province-events.cypher (decision 0069): the seek is bounded by the cursor's
 * date when there is one (above newest first, below oldest first), else open ('9999-12-31', '').
 */
export function provinceEventsParams(
  province: string,
  desc: boolean,
  cursor: { afterKey: string; afterName: string; afterId: string },
  limit: number,
  withTotal: boolean,
) {
  const resumed = cursor.afterId !== '';
  return {
    province,
    desc,
    upper: desc && resumed ? cursor.afterKey : LAST_DAY,
    lower: !desc && resumed ? cursor.afterKey : '',
    ...cursor,
    limit: int(limit),
    withTotal,
  };
}

const BY_NAME = { field: 'NAME', direction: 'ASC' };
const NEWEST_FIRST = { field: 'DATE', direction: 'DESC' };

type ListArgs<A> = Omit<A, 'first'> & { first?: number | null };

/** A dashboard list: the older arguments refused beside `where`, then one ordered keyset page. */
function filteredList<N extends GraphNode>(
  query: NamedCypher,
  type: N['__typename'],
  args: ListArgs<{ orderBy?: { field: string; direction?: string | null } | null; after?: string | null }>,
  olderArguments: Record<string, string>,
  defaultOrder: { field: string; direction: string },
  filtersOf: () => Record<string, unknown>,
  ctx: ApiContext,
) {
  refuseOlderArguments(args, olderArguments);
  return orderedList<N>(query, type, args.orderBy ?? defaultOrder, filtersOf(), args.first, args.after, ctx);
}

export function positionsWhere(args: ListArgs<QueryPositionsArgs>, ctx: ApiContext) {
  const older = { role: 'where: { role }' };
  const filters = () => postParams(args.where);
  return filteredList<PositionNode>(POSITIONS_WHERE, 'Position', args, older, BY_NAME, filters, ctx);
}

export function peopleWhere(args: ListArgs<QueryPeopleArgs>, ctx: ApiContext) {
  const older = { name: 'search finds people by name; filter by role, body or province' };
  const filters = () => postParams(args.where);
  return filteredList<PersonNode>(PEOPLE_WHERE, 'Person', args, older, BY_NAME, filters, ctx);
}

function documentParams(where: DocumentWhere | null | undefined) {
  checkDateRange(where?.dateFrom, where?.dateTo);
  return {
    kind: textFilter(where?.kind, 'where.kind', 'a kind ("Chỉ thị") or leave it out'),
    issuerCode: textFilter(
      where?.issuerCode,
      'where.issuerCode',
      'an issuer code ("TW") or leave it out',
    ).toUpperCase(),
    dateFrom: where?.dateFrom ?? '',
    dateTo: where?.dateTo ?? '',
    province: province(where?.implementedIn, 'where.implementedIn'),
  };
}

export function documentsWhere(args: ListArgs<QueryDocumentsArgs>, ctx: ApiContext) {
  const older = { kind: 'where: { kind }', issuerCode: 'where: { issuerCode }' };
  const filters = () => documentParams(args.where);
  return filteredList<DocumentNode>(DOCUMENTS_WHERE, 'Document', args, older, NEWEST_FIRST, filters, ctx);
}

const LANGUAGES = ['vi', 'en'];

function articleParams(where: ArticleWhere | null | undefined) {
  checkDateRange(where?.publishedFrom, where?.publishedTo);
  const language = textFilter(where?.language, 'where.language', '"vi" or "en"').toLowerCase();
  if (language && !LANGUAGES.includes(language))
    throw badInput(
      `where.language: ${JSON.stringify(where?.language)} is not a language of the graph; give "vi" or "en".`,
      'where.language',
    );
  const mentions = where?.mentions;
  return {
    entityId:
      mentions != null
        ? requireGlobalId(mentions, 'where.mentions', [
            'Person',
            'Organization',
            'Document',
            'Event',
            'Position',
          ]).graphId
        : '',
    // Hosts are written lower-case (ingest/resolve/article-province.ts hostOf).
    source: textFilter(
      where?.source,
      'where.source',
      'a site as Article.source gives it ("baodongthap.vn")',
    ).toLowerCase(),
    language,
    dateFrom: where?.publishedFrom ?? '',
    dateTo: where?.publishedTo ?? '',
  };
}

export async function articlesWhere(
  args: ListArgs<QueryArticlesArgs>,
  ctx: ApiContext,
  info?: SelectionInfo,
) {
  const filters = articleParams(args.where);
  const newestFirst = { field: 'PUBLISHED_AT', direction: 'DESC' };
  const orderBy = args.orderBy ?? newestFirst;
  const datesOnly =
    filters.entityId === '' &&
    filters.source === '' &&
    filters.language === '' &&
    (filters.dateFrom !== '' || filters.dateTo !== '');
  if (!datesOnly || orderBy.field !== 'PUBLISHED_AT')
    return filteredList<ArticleNode>(ARTICLES_WHERE, 'Article', args, {}, newestFirst, () => filters, ctx);
  // A date range alone (the dashboard's "articles of a year"): read in index order and stopped at
  // the page, counted from the day tallies only when totalCount is asked (decision 0043). Same
  // answer and cursors as articles-where.cypher, which sorts and counts every article of the range.
  const order = `${orderBy.field}:${orderBy.direction ?? 'ASC'}`;
  const page = orderedPage(order, args.first, args.after);
  const [row] = await ctx.reader.rows(
    ARTICLES_IN_RANGE,
    articlesInRangeParams(filters, orderBy.direction === 'DESC', page.params, page.limit, asksTotal(info)),
  );
  return connectionFrom<ArticleNode>('Article', order, row, page.key !== null);
}

/**
 * The parameters of articles-in-range.cypher (decision 0043): the range ('' for an open end), the
 * direction, the cursor's key ('' when none) and the page. The index seek is bounded by the
 * cursor's date when there is one, else by the range's own end.
 */
export function articlesInRangeParams(
  range: { dateFrom: string; dateTo: string },
  desc: boolean,
  cursor: { afterKey: string; afterName: string; afterId: string },
  limit: number,
  withTotal: boolean,
) {
  const dateTo = range.dateTo || LAST_DAY;
  const resumeAt = cursor.afterId !== '' ? cursor.afterKey : null;
  return {
    dateFrom: range.dateFrom,
    dateTo,
    upper: resumeAt !== null && resumeAt < dateTo ? resumeAt : dateTo,
    lower: resumeAt !== null && resumeAt > range.dateFrom ? resumeAt : range.dateFrom,
    desc,
    ...cursor,
    limit: int(limit),
    withTotal,
  };
}

function groupLimit(first: number | null | undefined): number {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GROUPS)
    throw badInput(`first: ${limit} is out of range; ask for 1 to ${MAX_GROUPS} groups.`, 'first');
  return limit;
}

/** The graph's group keys as the API shows them: kinds and levels as their enum values. */
function groupsOf(rows: unknown, groupBy: string, kinds: readonly string[]) {
  return ((rows as { key: string | null; count: number }[]) ?? []).map(({ key, count }) => ({
    key:
      key === null
        ? null
        : groupBy === 'KIND'
          ? enumOf(key, kinds)
          : groupBy === 'LEVEL'
            ? key.toUpperCase()
            : key,
    count,
  }));
}

// Shared by the list and the count: no page is read when counting.
const NO_PAGE = { field: 'date', desc: false, afterKey: '', afterName: '', afterId: '' };

/**
 * events-where.cypher's parameters for a first page: the filters given, the others absent ('' and
 * [], decision 0023). What bench:profile and the plan tests send for one filter.
 */
export function eventsWhereFirstPage(
  filters: Partial<Awaited<ReturnType<typeof eventParams>>>,
  order: { field: 'date' | 'name'; desc: boolean },
  limit: number,
) {
  const absent = {
    aboutId: '',
    organizerId: '',
    province: '',
    level: '',
    dateFrom: '',
    dateTo: '',
    kinds: [],
  };
  return { ...absent, ...filters, ...NO_PAGE, ...order, limit: int(limit), groupBy: '' };
}

type Group = { key: string | null; count: number };

/** Groups of disjoint sets of events added up, in the counts' order (months in order, else largest first), the first `limit`. */
export function mergeGroups(parts: Group[][], groupBy: string, limit: number): Group[] {
  const total = new Map<string | null, number>();
  for (const part of parts) for (const { key, count } of part) total.set(key, (total.get(key) ?? 0) + count);
  // Neo4j's order, which the counts had: null after every key.
  const byKey = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  return [...total]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (groupBy === 'month' ? byKey(a.key, b.key) : b.count - a.count || byKey(a.key, b.key)))
    .slice(0, limit);
}

/** Partial months can hold a group per province, kind and level at most: far under this. */
const ALL_GROUPS = 10_000;

/** Events counted by group: from the tallies (decision 0033), or from one document's or organizer's events. */
export async function eventCounts(
  { groupBy, where, first }: Pick<QueryEventCountsArgs, 'groupBy' | 'where' | 'first'>,
  ctx: ApiContext,
) {
  const limit = groupLimit(first);
  const filters = await eventParams(where, ctx);
  const group = groupBy.toLowerCase();
  const countEvents = async (dates: { dateFrom: string; dateTo: string }, most: number) => {
    const [row] = await ctx.reader.rows(EVENTS_WHERE, {
      ...filters,
      ...dates,
      ...NO_PAGE,
      limit: int(most),
      groupBy: group,
    });
    return (row?.groups as Group[]) ?? [];
  };
  // Events about a document or of one organizer: read from that node, as many as it has.
  if (filters.aboutId || filters.organizerId)
    return groupsOf(await countEvents(filters, limit), groupBy, EVENT_KINDS);
  const { months, partial } = splitIntoMonths(filters.dateFrom, filters.dateTo);
  const parts: Group[][] = [];
  if (months)
    parts.push(
      (await ctx.reader.rows(EVENT_COUNTS, {
        // Whole years from the tallies by year, except counted by month (decision 0062).
        ...(group === 'month'
          ? { monthRanges: [{ from: months.monthFrom, to: months.monthTo }], yearFrom: '', yearTo: '' }
          : splitIntoYears(months.monthFrom, months.monthTo)),
        kinds: filters.kinds,
        province: filters.province,
        level: filters.level,
        groupBy: group,
      })) as Group[],
    );
  for (const dates of partial) parts.push(await countEvents(dates, ALL_GROUPS));
  return groupsOf(mergeGroups(parts, group, limit), groupBy, EVENT_KINDS);
}

export const dashboardQuery: Pick<QueryResolvers, 'eventCounts' | 'implementerCounts' | 'holderCounts'> = {
  eventCounts: (_root, args, ctx) => eventCounts(args, ctx),

  // From the implementer tallies (decision 0038): a few per document, however many bodies they count.
  implementerCounts: async (_root, { document, groupBy, first }, ctx) => {
    const limit = groupLimit(first);
    const rows = await ctx.reader.rows(IMPLEMENTER_COUNTS, {
      documentId: await documentId(document, 'document', ctx),
      groupBy: groupBy.toLowerCase(),
      limit: int(limit),
    });
    return groupsOf(rows, groupBy, ORGANIZATION_KINDS);
  },

  holderCounts: async (_root, { groupBy, where, first }, ctx) => {
    const limit = groupLimit(first);
    const role = where?.role?.normalize('NFC').trim();
    if (role === '')
      throw badInput('where.role: is empty; give a role ("Bí thư") or leave it out.', 'where.role');
    const rows = await ctx.reader.rows(HOLDER_COUNTS, {
      role: role ?? '',
      province: province(where?.province, 'where.province'),
      kinds: nonEmpty(where?.kind, 'where.kind').map((k) => graphKind<OrganizationKind>(k)),
      level: level(where?.level),
      groupBy: groupBy.toLowerCase(),
      limit: int(limit),
    });
    return groupsOf(rows, groupBy, ORGANIZATION_KINDS);
  },
};
