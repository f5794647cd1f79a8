// Relay paging over offsets: `after` is the opaque cursor of the last edge seen, `first` the page
// size (capped, so no client can ask one query for the whole graph). Offsets are enough here: the
// graph changes only by ingest, and every list has a total order (name or date, then id).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { badInput } from './errors.ts';
import type { ConnectionRow } from './model.ts';

export const MAX_PAGE_SIZE = 100;

/**
 * What the selection readers below need of a resolver's info: the field's nodes, the operation's
 * fragments and variables. A parent looking ahead at a child field (src/api/fold.ts) gives the
 * child's nodes in the same shape.
 */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

export interface PageWindow {
  offset: number;
  limit: number;
  /** Whether the client asked for `totalCount`: counting is then done, and only then (decision 0017). */
  withTotal?: boolean;
  /**
   * Whether the client asked for the edges' `evidence`: claims are read for the page's edges only
   * then (decision 0024); a hub pair's thousands of claims are otherwise sorted for nothing.
   */
  withEvidence?: boolean;
  /**
   * Whether the client asked for an edge's summary figures (`evidenceCount`, `firstSeen`,
   * `lastSeen`): the event participant queries leave them out otherwise when no evidence is read
   * (decision 0068), so a list of names does not carry each edge's count and dates. Unset: asked.
   */
  withSummary?: boolean;
  /**
   * The most evidence items any `evidence(first:)` of the page's edges asks for (decision 0028): the
   * queries fold no more than that per edge, so a hub pair's claims are not projected by the hundred
   * for a client that shows five. Unset: MAX_PAGE_SIZE.
   */
  evidenceFirst?: number;
}

const CURSOR_PREFIX = 'offset:';

export function cursorAt(index: number): string {
  return Buffer.from(CURSOR_PREFIX + index, 'utf8').toString('base64url');
}

export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  defaultSize = 20,
): PageWindow {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(
      `first: ${limit} is out of range; ask for 0 to ${MAX_PAGE_SIZE} items and page on with \`after\`.`,
      'first',
    );
  }
  if (after === null || after === undefined || after === '') return { offset: 0, limit };
  const decoded = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const index = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(index) || index < 0) {
    throw badInput(
      `after: ${JSON.stringify(after)} is not a cursor this API gave; pass \`pageInfo.endCursor\` of the previous page.`,
      'after',
    );
  }
  return { offset: index + 1, limit };
}

/** Builds a connection from one page of items and the total count (or, when not counted, whether more follow). */
export function connectionOf<T, E extends { cursor: string }>(
  items: T[],
  total: number,
  window: PageWindow,
  toEdge: (item: T, cursor: string) => E,
  hasMore?: boolean,
): ConnectionRow<E> {
  const edges = items.map((item, i) => toEdge(item, cursorAt(window.offset + i)));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: hasMore ?? window.offset + edges.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function selects(set: SelectionSetNode | undefined, field: string, info: SelectionInfo): boolean {
  return (set?.selections ?? []).some((sel) => {
    if (sel.kind === 'Field') return sel.name.value === field;
    if (sel.kind === 'InlineFragment') return selects(sel.selectionSet, field, info);
    return selects(info.fragments[sel.name.value]?.selectionSet, field, info);
  });
}

/** The fields of a node that its id alone answers (the graph id and the global id). */
const ID_FIELDS = new Set(['id', 'graphId', '__typename']);

/**
 * Whether a node field selects nothing but what its id answers (`id`, `graphId`, `__typename`;
 * fragments followed, a field or fragment with a directive counts as more). An evidence item's
 * `article { graphId }` is then answered from the claim's article id, without reading the
 * article (decision 0073).
 */
export function selectsIdOnly(field: FieldNode, info: Pick<SelectionInfo, 'fragments'>): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).every((sel) => {
      if ((sel.directives ?? []).length > 0) return false;
      if (sel.kind === 'Field') return ID_FIELDS.has(sel.name.value);
      if (sel.kind === 'InlineFragment') return within(sel.selectionSet);
      const fragment = info.fragments[sel.name.value];
      return fragment !== undefined && within(fragment.selectionSet);
    });
  return within(field.selectionSet);
}

/**
 * Whether the connection being resolved has `totalCount` among its selected fields (directly or
 * through fragments). Counting a hub's edges costs what the hub has, not what the page shows, so
 * the queries count only when asked.
 */
export function asksTotal(info: SelectionInfo | undefined): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node: FieldNode) => selects(node.selectionSet, 'totalCount', info));
}

/** Whether the connection being resolved selects `edges { evidence }` (directly or through fragments). */
export function asksEvidence(info: SelectionInfo | undefined): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) =>
    edgeSelections(node.selectionSet, info).some((set) => selects(set, 'evidence', info)),
  );
}

/** The selection sets of a connection's `edges` fields (fragments followed). */
function edgeSelections(set: SelectionSetNode | undefined, info: SelectionInfo): SelectionSetNode[] {
  return (set?.selections ?? []).flatMap((sel) => {
    if (sel.kind === 'Field') return sel.name.value === 'edges' && sel.selectionSet ? [sel.selectionSet] : [];
    if (sel.kind === 'InlineFragment') return edgeSelections(sel.selectionSet, info);
    return edgeSelections(info.fragments[sel.name.value]?.selectionSet, info);
  });
}

/** The edge fields read from a claim edge's per-pair summary (src/api/relations.ts). */
const SUMMARY_FIELDS = ['evidenceCount', 'firstSeen', 'lastSeen'];

/** Whether the connection being resolved selects `edges { evidenceCount | firstSeen | lastSeen }` (fragments followed). */
export function asksSummary(info: SelectionInfo | undefined): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) =>
    edgeSelections(node.selectionSet, info).some((set) =>
      SUMMARY_FIELDS.some((field) => selects(set, field, info)),
    ),
  );
}

/** `evidence(first:)`'s default (src/api/resolvers/edges.ts). */
export const DEFAULT_EVIDENCE_PAGE = 20;

/**
 * The largest `evidence(first:)` the connection being resolved asks of its edges (literal or
 * variable; the default when absent), capped at MAX_PAGE_SIZE (a larger one is refused when the
 * evidence is resolved); 0 when no evidence is selected.
 */
export function askedEvidenceFirst(info: SelectionInfo | undefined): number {
  if (!info) return MAX_PAGE_SIZE;
  let most = 0;
  const visit = (set: SelectionSetNode | undefined, inEdges: boolean): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'InlineFragment') visit(sel.selectionSet, inEdges);
      else if (sel.kind === 'FragmentSpread') visit(info.fragments[sel.name.value]?.selectionSet, inEdges);
      else if (!inEdges && sel.name.value === 'edges') visit(sel.selectionSet, true);
      else if (inEdges && sel.name.value === 'evidence') {
        const arg = sel.arguments?.find((a) => a.name.value === 'first');
        const value =
          arg === undefined
            ? DEFAULT_EVIDENCE_PAGE
            : arg.value.kind === 'IntValue'
              ? Number(arg.value.value)
              : arg.value.kind === 'Variable'
                ? info.variableValues[arg.value.name.value]
                : DEFAULT_EVIDENCE_PAGE;
        // A variable left null means the default; anything not a whole number in range is refused
        // later by the evidence resolver, so the query asks for the most it could need.
        const n = value === null || value === undefined ? DEFAULT_EVIDENCE_PAGE : Number(value);
        most = Math.max(most, Number.isInteger(n) && n >= 0 && n <= MAX_PAGE_SIZE ? n : MAX_PAGE_SIZE);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, false);
  return most;
}

/** The page asked for by `first` / `after`, and whether its total and its edges' evidence are asked for too. */
export function pageOf(
  first: number | null | undefined,
  after: string | null | undefined,
  info: SelectionInfo | undefined,
  defaultSize = 20,
): PageWindow {
  return { ...pageWindow(first, after, defaultSize), ...selectionAsks(info) };
}

type SelectionAsks = Pick<PageWindow, 'withTotal' | 'withEvidence' | 'withSummary' | 'evidenceFirst'>;

/**
 * What a connection's selection asks (total, evidence, how much evidence), kept per field nodes:
 * graphql-js hands every item of a list the same field nodes within a request, so the twenty events
 * of a page ask their `chairs` once instead of walking the selection sixty times (decision 0054).
 * Kept with the request's variables, which `evidence(first: $n)` may read.
 */
const selectionAsksByFields = new WeakMap<
  readonly FieldNode[],
  { variables: SelectionInfo['variableValues']; asks: SelectionAsks }
>();

function selectionAsks(info: SelectionInfo | undefined): SelectionAsks {
  if (!info) return { withTotal: true, withEvidence: true, withSummary: true, evidenceFirst: MAX_PAGE_SIZE };
  const kept = selectionAsksByFields.get(info.fieldNodes);
  if (kept && kept.variables === info.variableValues) return kept.asks;
  const asks = {
    withTotal: asksTotal(info),
    withEvidence: asksEvidence(info),
    withSummary: asksSummary(info),
    evidenceFirst: askedEvidenceFirst(info),
  };
  selectionAsksByFields.set(info.fieldNodes, { variables: info.variableValues, asks });
  return asks;
}

const KEY_PREFIX = 'key:';

/** A keyset cursor: the sort key of the last edge seen (lists read in index order resume after it). */
export function keyCursor(key: (string | null)[]): string {
  return Buffer.from(KEY_PREFIX + JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key an `after` cursor of a keyset-paged list carries; null when there is no cursor. */
export function afterKey(after: string | null | undefined, length: number): (string | null)[] | null {
  if (after === null || after === undefined || after === '') return null;
  const decoded = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  let key: unknown = null;
  try {
    key = decoded.startsWith(KEY_PREFIX) ? JSON.parse(decoded.slice(KEY_PREFIX.length)) : null;
  } catch {
    key = null;
  }
  if (
    !Array.isArray(key) ||
    key.length !== length ||
    !key.every((k) => k === null || typeof k === 'string') ||
    typeof key[length - 1] !== 'string'
  ) {
    throw badInput(
      `after: ${JSON.stringify(after)} is not a cursor this API gave; pass \`pageInfo.endCursor\` of the previous page.`,
      'after',
    );
  }
  return key as (string | null)[];
}
