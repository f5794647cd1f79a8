// Person name contexts (decision 0046): per (name key, resolved id), the union of the contexts of
// that pair's person MENTIONS — the provinces and bodies of their posts, the articles' provinces,
// the seats and the dates a seat was seen — kept in one (:PersonNameContext) node by the loader in
// the transaction that writes or deletes the mentions. The resolver's registry
// (ingest/resolve/person-registry.ts) only ever needs this union, so a batch reads one row per
// person of its names instead of every mention of them: a name in thousands of articles no longer
// makes each batch slower than the last.
//
// Curations move MENTIONS between nodes but keep their `nameKey` and `toResolvedId`, so they leave
// the contexts as they are; only ingest (add), a replaced article (recount) and a restored
// snapshot (rebuild) change them.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ResolvedArticle } from '../resolve/resolved-article.ts';
import type { GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';
import { retallyEveryPage } from './event-tallies.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

const ADD = cypher('add-person-name-contexts');
const RECOUNT = cypher('recount-person-name-contexts');
const ARTICLE_PERSON_NAMES = cypher('article-person-names');
const PERSON_NAME_PAIRS = cypher('person-name-pairs');

export interface PersonNamePair {
  nameKey: string;
  resolvedId: string;
}

export interface PersonNameContextRow extends PersonNamePair {
  id: string;
  postProvinces: string[];
  orgIds: string[];
  seenIn: string[];
  seats: string[];
  /** Dates of the mentions that gave the person a seat; undated ones add nothing the registry uses. */
  seatDates: string[];
}

/** The node's key: a name key never holds '|' (folded words), so the first '|' splits it back. */
export const personNameContextId = (p: PersonNamePair): string => `${p.nameKey}|${p.resolvedId}`;

function pairOfId(id: string): PersonNamePair {
  const bar = id.indexOf('|');
  return { nameKey: id.slice(0, bar), resolvedId: id.slice(bar + 1) };
}

/** What the batch's person mentions add: one row per (nameKey, resolvedId), sorted by id. */
export function personNameContextRowsOf(resolved: readonly ResolvedArticle[]): PersonNameContextRow[] {
  const byId = new Map<
    string,
    PersonNamePair & { [K in 'postProvinces' | 'orgIds' | 'seenIn' | 'seats' | 'seatDates']: Set<string> }
  >();
  for (const r of resolved) {
    for (const m of r.mentions.Person) {
      if (!m.nameKey) continue;
      const pair = { nameKey: m.nameKey, resolvedId: m.resolvedId };
      const id = personNameContextId(pair);
      let row = byId.get(id);
      if (!row) {
        row = {
          ...pair,
          postProvinces: new Set(),
          orgIds: new Set(),
          seenIn: new Set(),
          seats: new Set(),
          seatDates: new Set(),
        };
        byId.set(id, row);
      }
      for (const p of m.postProvinces ?? []) row.postProvinces.add(p);
      for (const o of m.orgIds ?? []) row.orgIds.add(o);
      if (m.articleProvince) row.seenIn.add(m.articleProvince);
      for (const s of m.seats ?? []) row.seats.add(s);
      if ((m.seats ?? []).length > 0 && m.asOf) row.seatDates.add(m.asOf);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, row]) => ({
      id,
      nameKey: row.nameKey,
      resolvedId: row.resolvedId,
      postProvinces: sorted(row.postProvinces),
      orgIds: sorted(row.orgIds),
      seenIn: sorted(row.seenIn),
      seats: sorted(row.seats),
      seatDates: sorted(row.seatDates),
    }));
}

/** Adds the batch's new person mentions to their name contexts (after merge-mentions). */
export async function addPersonNameContexts(tx: Tx, resolved: readonly ResolvedArticle[]): Promise<void> {
  const rows = personNameContextRowsOf(resolved);
  if (rows.length > 0) await tx.run(ADD, { rows });
}

/** The pairs the given articles' person mentions feed: read before those mentions are deleted. */
export async function personNamePairsOf(tx: Tx, articleIds: string[]): Promise<PersonNamePair[]> {
  if (articleIds.length === 0) return [];
  const result = await tx.run(ARTICLE_PERSON_NAMES, { ids: articleIds });
  return result.records.map((r) => ({
    nameKey: r.get('nameKey') as string,
    resolvedId: r.get('resolvedId') as string,
  }));
}

/** Folds the given pairs' contexts again from their mentions; a pair left with none loses its context. */
export async function recountPersonNameContexts(tx: Tx, pairs: PersonNamePair[]): Promise<void> {
  if (pairs.length > 0) await tx.run(RECOUNT, { pairs });
}

/** Every pair's context folded from the mentions, a page per transaction: after a snapshot is restored. */
export function recountAllPersonNameContexts(graph: GraphHandle, pageSize = 2000): Promise<number> {
  return retallyEveryPage(
    graph,
    PERSON_NAME_PAIRS,
    (tx, ids) => recountPersonNameContexts(tx, ids.map(pairOfId)),
    pageSize,
  );
}
