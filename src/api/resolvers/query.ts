// Query entry points: validate arguments, then one named Cypher query (or a DataLoader) each.
import { nameKey } from '../../../ingest/text/normalise.ts';
import { DEFAULT_EXAMPLES, MAX_EXAMPLES } from '../../check/integrity.ts';
import { cypher } from '../cypher.ts';
import { codeKey, parseDocumentCode, type CodeLookup } from '../document-code.ts';
import { badInput, notAvailable } from '../errors.ts';
import { IntegrityCheckRunning } from '../integrity-cache.ts';
import type { EntityType, EventKind, OrganizationKind, QueryResolvers } from '../generated/graphql.ts';
import { decodeGlobalId, requireGlobalId } from '../global-id.ts';
import { int, type GraphReader, type Row } from '../graph-reader.ts';
import type {
  ArticleNode,
  DocumentNode,
  EventNode,
  GraphNode,
  NodeTypeName,
  OrganizationNode,
  PersonNode,
  PositionNode,
  SearchHitRow,
} from '../model.ts';
import { foldedList, foldedRoots, type RootQuery } from '../fold.ts';
import { afterKey, connectionOf, keyCursor, pageOf, pageWindow } from '../paging.ts';
import { shortestPaths, MAX_HOPS } from '../paths.ts';
import { nodeFromLabelled, nodeOf } from '../rows.ts';
import { readReviewQueue } from '../review-queue.ts';
import { luceneQuery } from '../search-query.ts';
import {
  documentsWhere,
  eventsWhere,
  organizationsWhere,
  peopleWhere,
  positionsWhere,
  articlesWhere,
} from './dashboards.ts';
import { graphKind } from './enums.ts';

const Q = {
  peopleList: cypher('people-list'),
  organizationsList: cypher('organizations-list'),
  documentsList: cypher('documents-list'),
  eventsList: cypher('events-list'),
  articlesList: cypher('articles-list'),
  positionsList: cypher('positions-list'),
  documentsByCode: cypher('documents-by-code'),
  nodesById: cypher('nodes-by-id'),
  documentsByNumber: cypher('documents-by-number'),
  search: cypher('search'),
  stats: cypher('stats'),
};

/** The full-text index behind each searchable type (schema/migrations/001-core-schema.cypher). */
export const SEARCH_INDEXES: Record<EntityType, { index: string; label: NodeTypeName }> = {
  PERSON: { index: 'person_names', label: 'Person' },
  ORGANIZATION: { index: 'organization_names', label: 'Organization' },
  DOCUMENT: { index: 'document_search', label: 'Document' },
  EVENT: { index: 'event_names', label: 'Event' },
};

export const MAX_SEARCH_HITS = 50;
const NODE_ID_TYPES: readonly NodeTypeName[] = [
  'Person',
  'Organization',
  'Document',
  'Event',
  'Position',
  'Article',
];
const PATH_END_TYPES: readonly NodeTypeName[] = ['Person', 'Organization', 'Document', 'Event', 'Position'];

/**
 * Lucene favours short fields, so "Tỉnh ủy Đồng Tháp" can rank below "Ban Thường vụ Tỉnh ủy Đồng
 * Tháp" (whose aliases repeat the words). A hit whose name, code or an alias is exactly what was
 * typed (folded) is lifted above every other hit; the order stays by score.
 */
function rankExactNamesFirst(hits: SearchHitRow[], typed: string): SearchHitRow[] {
  const key = nameKey(typed);
  const top = Math.max(0, ...hits.map((h) => h.score));
  const forms = (n: GraphNode): unknown[] => {
    const props = n as GraphNode & { name?: unknown; aliases?: unknown; code?: unknown };
    return [props.name, props.code, ...(Array.isArray(props.aliases) ? props.aliases : [])];
  };
  return hits
    .map((h) =>
      forms(h.node).some((f) => typeof f === 'string' && nameKey(f) === key)
        ? { ...h, score: h.score + top }
        : h,
    )
    .sort((a, b) => b.score - a.score);
}

function pagedList<N extends GraphNode>(
  type: N['__typename'],
  rows: Row[],
  window: ReturnType<typeof pageWindow>,
) {
  const row = rows[0] ?? { total: 0, page: [] };
  return connectionOf((row.page as unknown[]) ?? [], (row.total as number) ?? 0, window, (props, cursor) => ({
    cursor,
    node: nodeOf<N>(type, props),
  }));
}

/** Sorts after every ISO date: the upper bound of a newest-first list's first page. */
const ABOVE_EVERY_DATE = '\uffff';

/**
 * A keyset-paged list's connection (decisions 0017, 0024): the query returned one page, whether
 * more follow and (when asked) the total; each edge's cursor is its sort key.
 */
function keysetList<N extends GraphNode>(
  type: N['__typename'],
  rows: Row[],
  after: (string | null)[] | null,
  sortKey: (node: N) => (string | null)[],
) {
  const row = rows[0] ?? { total: 0, page: [], hasMore: false };
  const nodes = ((row.page as unknown[]) ?? []).map((props) => nodeOf<N>(type, props));
  const edges = nodes.map((node) => ({ cursor: keyCursor(sortKey(node)), node }));
  return {
    edges,
    totalCount: (row.total as number) ?? 0,
    pageInfo: {
      hasNextPage: Boolean(row.hasMore),
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function optionalNameKey(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const key = nameKey(name);
  if (!key)
    throw badInput(
      `name: ${JSON.stringify(name)} has no letters to match; leave it out to list all.`,
      'name',
    );
  return key;
}

/** The document a code typed any way names ("05 ct/tw", "03-NQ/DUK"); null when none has it. */
export async function documentByCode(reader: GraphReader, code: string): Promise<DocumentNode | null> {
  const lookup = parseDocumentCode(code);
  const exact = await reader.rows(Q.documentsByCode, { codes: lookup.codes });
  return (
    exactCodeHit(
      lookup,
      exact.map((r) => nodeOf<DocumentNode>('Document', r.node)),
    ) ?? looseCodeHit(reader, lookup)
  );
}

/** Of the documents stored under one of the code's spellings, the one of the first spelling found. */
function exactCodeHit(lookup: CodeLookup, found: DocumentNode[]): DocumentNode | null {
  const byCode = new Map(found.map((d) => [d.code, d]));
  return lookup.codes.map((c) => byCode.get(c)).find(Boolean) ?? null;
}

/** A code typed without its diacritics or with odd punctuation: keys compared among the same number. */
async function looseCodeHit(reader: GraphReader, lookup: CodeLookup): Promise<DocumentNode | null> {
  const sameNumber = await reader.rows(Q.documentsByNumber, { numbers: lookup.numbers });
  const loose = sameNumber.find((r) => codeKey(String((r.node as Row).code ?? '')) === lookup.key);
  return loose ? nodeOf<DocumentNode>('Document', loose.node) : null;
}

/** The root query of a node read by graph id, for folding (nodes-by-id, the node loader's query). */
const byId = (label: NodeTypeName, graphId: string): RootQuery => ({
  query: Q.nodesById,
  params: { label, ids: [graphId] },
});

/**
 * The parameters of events-list.cypher: the range and kind (a graph kind), the keyset cursor
 * (the last event's date, name and id; null for the first page) and the page. The seek starts at
 * the later of `from` and the cursor's date; undated events follow only when neither bound is given
 * (`undated`: a folded statement for a range leaves their subquery out, decision 0078).
 */
export function eventsListParams(
  filter: { from: string | null; to: string | null; kind: string | null },
  cursor: readonly (string | null)[] | null,
  limit: number,
  withTotal: boolean | undefined,
) {
  const [afterDate = null, afterName = null, afterId = null] = cursor ?? [];
  return {
    ...filter,
    lowerDate: [filter.from ?? '', afterDate ?? ''].sort().at(-1)!,
    afterDate,
    afterName,
    afterId,
    limit: int(limit),
    withTotal,
    undated: filter.from === null && filter.to === null,
  };
}

export function checkDateRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to)
    throw badInput(`from: ${from} is after to: ${to}; swap them or widen the range.`, 'from');
}

export const Query: QueryResolvers = {
  node: async (_root, { id }, ctx) => {
    const decoded = decodeGlobalId(id);
    if (!decoded) requireGlobalId(id, 'id', NODE_ID_TYPES);
    return ctx.loaders.nodeOfType(decoded!.type).load(decoded!.graphId);
  },

  nodes: async (_root, { ids }, ctx) => {
    if (ids.length > 100)
      throw badInput(`ids: ${ids.length} ids is too many; ask for at most 100 at once.`, 'ids');
    return Promise.all(
      ids.map((id) => {
        const { type, graphId } = requireGlobalId(id, 'ids', NODE_ID_TYPES);
        return ctx.loaders.nodeOfType(type).load(graphId);
      }),
    );
  },

  search: async (_root, { query, types, first }, ctx) => {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) {
      throw badInput(
        `first: ${limit} is out of range; search returns 1 to ${MAX_SEARCH_HITS} hits.`,
        'first',
      );
    }
    const wanted =
      types && types.length > 0 ? [...new Set(types)] : (Object.keys(SEARCH_INDEXES) as EntityType[]);
    const rows = await ctx.reader.rows(Q.search, {
      indexes: wanted.map((t) => SEARCH_INDEXES[t].index),
      labels: wanted.map((t) => SEARCH_INDEXES[t].label),
      query: luceneQuery(query),
      limit: int(Math.max(limit, 20)),
    });
    const hits = rows.flatMap((r) => {
      const node = nodeFromLabelled(r.node);
      return node ? [{ score: r.score as number, node }] : [];
    });
    return rankExactNamesFirst(hits, query).slice(0, limit);
  },

  // person, organization, document and event read their node and the pages their fields ask in one
  // statement when they can (src/api/fold.ts, decision 0032); otherwise through the loaders.
  person: async (_root, { id }, ctx, info) => {
    const graphId = requireGlobalId(id, 'id', ['Person']).graphId;
    const folded = await foldedRoots<PersonNode>(ctx, info, 'Person', byId('Person', graphId));
    return folded ? (folded[0] ?? null) : ctx.loaders.node<PersonNode>('Person').load(graphId);
  },

  people: async (_root, { name, where, orderBy, first, after }, ctx) => {
    if (where || orderBy) return peopleWhere({ name, where, orderBy, first, after }, ctx);
    const window = pageWindow(first, after);
    const rows = await ctx.reader.rows(Q.peopleList, {
      nameKey: optionalNameKey(name),
      offset: int(window.offset),
      limit: int(window.limit),
    });
    return pagedList<PersonNode>('Person', rows, window);
  },

  organization: async (_root, { id }, ctx, info) => {
    const graphId = requireGlobalId(id, 'id', ['Organization']).graphId;
    const folded = await foldedRoots<OrganizationNode>(
      ctx,
      info,
      'Organization',
      byId('Organization', graphId),
    );
    return folded ? (folded[0] ?? null) : ctx.loaders.node<OrganizationNode>('Organization').load(graphId);
  },

  organizations: async (_root, { name, kind, province, where, orderBy, first, after }, ctx) => {
    if (where || orderBy)
      return organizationsWhere({ name, kind, province, where, orderBy, first, after }, ctx);
    const window = pageWindow(first, after);
    const rows = await ctx.reader.rows(Q.organizationsList, {
      nameKey: optionalNameKey(name),
      kind: kind ? graphKind<OrganizationKind>(kind) : null,
      province: province ?? null,
      offset: int(window.offset),
      limit: int(window.limit),
    });
    return pagedList<OrganizationNode>('Organization', rows, window);
  },

  document: async (_root, { code, id }, ctx, info) => {
    if ((code == null) === (id == null)) {
      throw badInput(
        'document: give exactly one of `code` ("05-CT/TW") or `id`.',
        code == null ? 'code' : 'id',
      );
    }
    if (id != null) {
      const graphId = requireGlobalId(id, 'id', ['Document']).graphId;
      const folded = await foldedRoots<DocumentNode>(ctx, info, 'Document', byId('Document', graphId));
      return folded ? (folded[0] ?? null) : ctx.loaders.node<DocumentNode>('Document').load(graphId);
    }
    const lookup = parseDocumentCode(code!);
    const folded = await foldedRoots<DocumentNode>(ctx, info, 'Document', {
      query: Q.documentsByCode,
      params: { codes: lookup.codes },
    });
    if (!folded) return documentByCode(ctx.reader, code!);
    // Found under an exact spelling: its pages are primed. A loose match reads its pages as usual.
    return exactCodeHit(lookup, folded) ?? looseCodeHit(ctx.reader, lookup);
  },

  documents: async (_root, { kind, issuerCode, where, orderBy, first, after }, ctx, info) => {
    if (where || orderBy) return documentsWhere({ kind, issuerCode, where, orderBy, first, after }, ctx);
    // Keyset paging (decision 0024): the cursor is the last document's (date, code or name, id).
    const window = pageOf(first, null, info);
    const key = afterKey(after, 3);
    const [afterDate, afterName, afterId] = key ?? [null, null, null];
    const rows = await ctx.reader.rows(Q.documentsList, {
      kind: kind ?? null,
      issuerCode: issuerCode ? issuerCode.toUpperCase() : null,
      upperDate: afterDate ?? ABOVE_EVERY_DATE,
      afterDate,
      afterName,
      afterId,
      limit: int(window.limit),
      withTotal: window.withTotal,
    });
    return keysetList<DocumentNode>('Document', rows, key, (node) => [
      node.date ?? null,
      node.code ?? node.name ?? '',
      node.id,
    ]);
  },

  event: async (_root, { id }, ctx, info) => {
    const graphId = requireGlobalId(id, 'id', ['Event']).graphId;
    const folded = await foldedRoots<EventNode>(ctx, info, 'Event', byId('Event', graphId));
    return folded ? (folded[0] ?? null) : ctx.loaders.node<EventNode>('Event').load(graphId);
  },

  events: async (_root, { from, to, kind, where, orderBy, first, after }, ctx, info) => {
    if (where || orderBy) return eventsWhere({ from, to, kind, where, orderBy, first, after }, ctx, info);
    checkDateRange(from, to);
    // Keyset paging (decision 0017): the cursor is the last event's (date, name, id).
    const window = pageOf(first, null, info);
    const key = afterKey(after, 3);
    const params = eventsListParams(
      { from: from ?? null, to: to ?? null, kind: kind ? graphKind<EventKind>(kind) : null },
      key,
      window.limit,
      window.withTotal,
    );
    // The page and the pages its events' fields ask (chairs, attendees, organizer …) in one
    // statement when they ask any (src/api/fold.ts, decision 0045); otherwise the list alone.
    const folded = await foldedList<EventNode>(ctx, info, 'Event', {
      query: Q.eventsList,
      params,
      list: true,
    });
    const rows = folded ? [folded] : await ctx.reader.rows(Q.eventsList, params);
    return keysetList<EventNode>('Event', rows, key, (node) => [node.date ?? null, node.name, node.id]);
  },

  article: (_root, { id }, ctx) =>
    ctx.loaders.node<ArticleNode>('Article').load(requireGlobalId(id, 'id', ['Article']).graphId),

  articles: async (_root, { where, orderBy, first, after }, ctx, info) => {
    if (where || orderBy) return articlesWhere({ where, orderBy, first, after }, ctx, info);
    // Keyset paging (decision 0024): the cursor is the last article's (publishedAt, id).
    const window = pageOf(first, null, info);
    const key = afterKey(after, 2);
    const [afterDate, afterId] = key ?? [null, null];
    const rows = await ctx.reader.rows(Q.articlesList, {
      upperDate: afterDate ?? ABOVE_EVERY_DATE,
      afterDate,
      afterId,
      limit: int(window.limit),
      withTotal: window.withTotal,
    });
    return keysetList<ArticleNode>('Article', rows, key, (node) => [node.publishedAt ?? null, node.id]);
  },

  position: (_root, { id }, ctx) =>
    ctx.loaders.node<PositionNode>('Position').load(requireGlobalId(id, 'id', ['Position']).graphId),

  positions: async (_root, { role, where, orderBy, first, after }, ctx) => {
    if (where || orderBy) return positionsWhere({ role, where, orderBy, first, after }, ctx);
    const window = pageWindow(first, after);
    const rows = await ctx.reader.rows(Q.positionsList, {
      role: role ?? null,
      offset: int(window.offset),
      limit: int(window.limit),
    });
    return pagedList<PositionNode>('Position', rows, window);
  },

  connection: async (_root, { fromId, toId, maxHops, first }, ctx) => {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
      throw badInput(
        `maxHops: ${hops} is out of range; paths are searched 1 to ${MAX_HOPS} hops long.`,
        'maxHops',
      );
    }
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 20) {
      throw badInput(`first: ${limit} is out of range; ask for 1 to 20 paths.`, 'first');
    }
    const from = requireGlobalId(fromId, 'fromId', PATH_END_TYPES);
    const to = requireGlobalId(toId, 'toId', PATH_END_TYPES);
    if (from.type === to.type && from.graphId === to.graphId) {
      throw badInput('toId: is the same entity as fromId; give two different entities.', 'toId');
    }
    return shortestPaths(ctx.reader, from, to, hops, limit);
  },

  stats: async (_root, _args, ctx) => {
    const [row = {}] = await ctx.reader.rows(Q.stats, {});
    const count = (value: unknown) => Number(value ?? 0);
    return {
      articles: count(row.articles),
      people: count(row.people),
      organizations: count(row.organizations),
      documents: count(row.documents),
      events: count(row.events),
      positions: count(row.positions),
      claims: count(row.claims),
      relations: ((row.relations ?? []) as Row[]).map((r) => ({
        type: String(r.type),
        count: count(r.count),
      })),
    };
  },

  reviewQueue: async (_root, { first, after }, ctx) => {
    const window = pageWindow(first, after);
    const { total, items } = await readReviewQueue(ctx.reader, window);
    return connectionOf(items, total, window, (node, cursor) => ({ cursor, node }));
  },

  integrity: async (_root, { limit }, ctx) => {
    const examples = limit ?? DEFAULT_EXAMPLES;
    if (!Number.isInteger(examples) || examples < 0 || examples > MAX_EXAMPLES) {
      throw badInput(
        `limit: ${examples} is out of range; ask for 0 to ${MAX_EXAMPLES} examples per invariant.`,
        'limit',
      );
    }
    try {
      const { report, checkedAt, writtenAt, stale } = await ctx.integrity.get(examples, ctx.queryTimeoutMs);
      return {
        ...report,
        checkedAt: checkedAt.toISOString(),
        writtenAt: writtenAt?.toISOString() ?? null,
        stale,
      };
    } catch (err) {
      if (!(err instanceof IntegrityCheckRunning)) throw err;
      throw notAvailable(
        `The integrity check of the whole graph has been running since ${err.startedAt.toISOString()} and is not done ` +
          `within this request's budget; its figure is kept once done: ask again in a little while.`,
      );
    }
  },
};
