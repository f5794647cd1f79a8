// Per-request DataLoaders: every list or relation field is resolved for all the parents of one
// level of the answer with one Cypher query, never one query per parent. A loader exists per
// (relation, arguments) pair, since parents asking with other arguments need another query.
import DataLoader from 'dataloader';
import { cypher, type NamedCypher } from './cypher.ts';
import { int, type GraphReader, type Row } from './graph-reader.ts';
import type { ConnectionRow, GraphNode, NodeTypeName } from './model.ts';
import { connectionOf, MAX_PAGE_SIZE, type PageWindow } from './paging.ts';
import type { RelationPage } from './relation-pages.ts';
import type { NodeListRelation, PagedRelation } from './relations.ts';
import { nodeOf } from './rows.ts';

const NODES_BY_ID = cypher('nodes-by-id');

/** The parameters of a paged relation query for one page, all but the parents' `ids`. */
export function pageParams(window: PageWindow, params: Record<string, unknown>): Record<string, unknown> {
  return {
    ...params,
    offset: int(window.offset),
    limit: int(window.limit),
    // Queries paged on claim summaries count only when asked and fold at most this much evidence
    // per edge (the most the edges' `evidence(first:)` asks; none when it is not asked; decision
    // 0028); the others ignore both.
    withTotal: window.withTotal ?? true,
    evidenceLimit: int(evidenceLimitOf(window)),
    // The event participant queries leave each edge's count and dates out when neither they nor
    // the evidence are asked (decision 0068); the others ignore it.
    withSummary: window.withSummary ?? true,
  };
}

/** How many evidence items per edge a page reads: none when its edges' evidence is not asked. */
export function evidenceLimitOf(window: PageWindow): number {
  return (window.withEvidence ?? true) ? (window.evidenceFirst ?? MAX_PAGE_SIZE) : 0;
}

/** One parent's connection from its row `{parentId, total, edges, hasMore}` of a paged relation query (none: empty). */
export function pageFromRow<E extends { cursor: string }>(
  relation: PagedRelation<E>,
  window: PageWindow,
  row: Row | undefined,
): ConnectionRow<E> {
  const raw = (row?.edges as Row[] | undefined) ?? [];
  const hasMore = row?.hasMore as boolean | null | undefined;
  return connectionOf(
    raw,
    (row?.total as number | undefined) ?? 0,
    window,
    (edge, cursor) => relation.edge(edge, cursor),
    hasMore ?? undefined,
  );
}

/** The loader key of one page of a relation: the same relation, window and parameters share it. */
function pagedKey(
  relation: PagedRelation<unknown>,
  window: PageWindow,
  params: Record<string, unknown>,
): string {
  // From the window's plain numbers: a list's items each ask their page's loader (60 on the race's
  // events page), and the query's parameters (Integers) are built only when it runs.
  return `paged:${relation.query.name}:${window.offset}:${window.limit}:${String(window.withTotal ?? true)}:${evidenceLimitOf(window)}:${String(window.withSummary ?? true)}:${JSON.stringify(params)}`;
}

/** Each page's loader key, built once per RelationPage (the items of a list share one, src/api/relation-pages.ts). */
const keyOfPage = new WeakMap<RelationPage, string>();
function pageKey(spec: RelationPage): string {
  let key = keyOfPage.get(spec);
  if (key === undefined) keyOfPage.set(spec, (key = pagedKey(spec.relation, spec.window, spec.params)));
  return key;
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** Nodes a folded statement read (src/api/fold.ts), by type and id: answered without a promise. */
  private readonly known = new Map<string, GraphNode>();
  /** Pages a folded statement read (src/api/fold.ts), by loader key, then parent id: answered without a promise. */
  private readonly knownPages = new Map<string, Map<string, ConnectionRow<unknown>>>();

  constructor(readonly reader: GraphReader) {}

  private get<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Nodes of one label by graph id; null where none exists. */
  node<N extends GraphNode>(type: N['__typename']): DataLoader<string, N | null> {
    return this.get<N | null>(`node:${type}`, async (ids) => {
      const rows = await this.reader.rows(NODES_BY_ID, { label: type, ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.id as string, nodeOf<N>(type, r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Puts a node read elsewhere in the request into its loader, and where `knownNode` finds it. */
  primeNode(node: GraphNode): void {
    this.node(node.__typename).prime(node.id, node);
    this.known.set(`${node.__typename}:${node.id}`, node);
  }

  /**
   * A node primed by `primeNode`, or undefined. A resolver that returns it directly spares
   * graphql-js a promise per item (100 evidence articles on a page of 20 edges, decision 0045).
   */
  knownNode<N extends GraphNode>(type: N['__typename'], id: string): N | undefined {
    return this.known.get(`${type}:${id}`) as N | undefined;
  }

  nodeOfType(type: NodeTypeName): DataLoader<string, GraphNode | null> {
    return this.node<GraphNode>(type);
  }

  /** One page of a relation for each parent. */
  paged<E extends { cursor: string }>(
    relation: PagedRelation<E>,
    window: PageWindow,
    params: Record<string, unknown> = {},
  ): DataLoader<string, ConnectionRow<E>> {
    return this.pagedByKey(pagedKey(relation, window, params), relation, window, params);
  }

  /** `paged` under a key already built: `primePage` and `loadPage` build it once for both their maps. */
  private pagedByKey<E extends { cursor: string }>(
    key: string,
    relation: PagedRelation<E>,
    window: PageWindow,
    params: Record<string, unknown>,
  ): DataLoader<string, ConnectionRow<E>> {
    const known = this.loaders.has(key) ? undefined : this.knownPages.get(key);
    const loader = this.get<ConnectionRow<E>>(key, async (ids) => {
      const rows = await this.reader.rows(relation.query, { ...pageParams(window, params), ids: [...ids] });
      const byParent = new Map<string, Row>(rows.map((r) => [r.parentId as string, r]));
      return ids.map((id) => pageFromRow(relation, window, byParent.get(id)));
    });
    // A loader made after a folded statement read some of its pages starts with them (primePage).
    if (known) for (const [parentId, page] of known) loader.prime(parentId, page as ConnectionRow<E>);
    return loader;
  }

  /**
   * Puts one parent's page, read by a folded statement (src/api/fold.ts), into that page's loader,
   * and where `loadPage` answers it from without a promise.
   */
  primePage(spec: RelationPage, parentId: string, connection: ConnectionRow<unknown>): void {
    const key = pageKey(spec);
    // The loader is primed when it is made (pagedByKey): a folded page is answered by loadPage
    // without it, and the events page's sixty pages made sixty settled promises for no reader.
    (this.loaders.get(key) as DataLoader<string, ConnectionRow<unknown>> | undefined)?.prime(
      parentId,
      connection,
    );
    let byParent = this.knownPages.get(key);
    if (!byParent) this.knownPages.set(key, (byParent = new Map()));
    byParent.set(parentId, connection);
  }

  /**
   * One parent's page of a relation field: the page a folded statement read, as it is, or the
   * loader's promise. The events page's 60 participant fields were each a promise graphql's
   * executor waited for, though the folded statement had read them all (decision 0068); the same
   * key as the loader's, so a page is answered by the folded read exactly when the loader would be.
   */
  loadPage<E extends { cursor: string }>(
    spec: RelationPage,
    parentId: string,
  ): ConnectionRow<E> | Promise<ConnectionRow<E>> {
    const key = pageKey(spec);
    const known = this.knownPages.get(key)?.get(parentId);
    if (known) return known as ConnectionRow<E>;
    return this.pagedByKey(key, spec.relation as unknown as PagedRelation<E>, spec.window, spec.params).load(
      parentId,
    );
  }

  /** The (few) nodes a structural relation leads to, for each parent. */
  nodes<N extends GraphNode>(relation: NodeListRelation<N>): DataLoader<string, N[]> {
    return this.get<N[]>(`nodes:${relation.query.name}`, async (ids) => {
      const rows = await this.reader.rows(relation.query, { ids: [...ids] });
      const byParent = new Map<string, N[]>();
      for (const r of rows) {
        const list = byParent.get(r.parentId as string) ?? [];
        list.push(nodeOf<N>(relation.type, r.node));
        byParent.set(r.parentId as string, list);
      }
      return ids.map((id) => byParent.get(id) ?? []);
    });
  }

  /** Rows `{parentId, rows}` of a query over a batch of parents: each parent's `rows`, for answers computed here. */
  rows(query: NamedCypher, params: Record<string, unknown> = {}): DataLoader<string, Row[]> {
    return this.get<Row[]>(`rows:${query.name}:${JSON.stringify(params)}`, async (ids) => {
      const found = await this.reader.rows(query, { ...params, ids: [...ids] });
      const byParent = new Map<string, Row[]>(
        found.map((r) => [r.parentId as string, (r.rows as Row[]) ?? []]),
      );
      return ids.map((id) => byParent.get(id) ?? []);
    });
  }
}
