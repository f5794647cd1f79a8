// Implementer and holder tallies (decision 0038), kept as the event tallies are (decision 0033):
// implementerCounts and holderCounts are answered from tally nodes whose in-degree is the count,
// so they read a few tallies per document or role rather than one summary per body or holder.
// The links are set in the transaction that changes what they depend on — IMPLEMENTS and HOLDS
// summaries, a post's body, a body's kind — so the counts are always those of the committed graph.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';
import { retallyEveryPage } from './event-tallies.ts';
import type { ClaimPair } from './claim-summaries.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

const RETALLY_IMPLEMENTERS = cypher('retally-implementers');
const RETALLY_HOLDERS = cypher('retally-holders');
const TALLY_OWNERS_AT = cypher('tally-owners-at');
const ORGANIZATIONS_OF_KIND_OTHER = cypher('organizations-of-kind-other');
const ORGANIZATION_IDS_AFTER = cypher('organization-ids-after');
const PERSON_IDS_AFTER = cypher('person-ids-after');

const byPair = (a: ClaimPair, b: ClaimPair) =>
  a.fromId === b.fromId ? (a.toId < b.toId ? -1 : 1) : a.fromId < b.fromId ? -1 : 1;

/** Puts each (body, document) pair into the implementer tally of the body's kind and province, or out of it when the body no longer implements the document. */
export async function retallyImplementers(tx: Tx, pairs: Iterable<ClaimPair>): Promise<void> {
  const unique = new Map<string, ClaimPair>();
  for (const p of pairs) unique.set(`${p.fromId}\u0000${p.toId}`, { fromId: p.fromId, toId: p.toId });
  const list = [...unique.values()].sort(byPair);
  if (list.length > 0) await tx.run(RETALLY_IMPLEMENTERS, { pairs: list });
}

/** Puts each given person into the holder tally of their profile (out of every one when they hold no post). */
export async function retallyHolders(tx: Tx, personIds: Iterable<string>): Promise<void> {
  const list = [...new Set(personIds)].sort();
  if (list.length > 0) await tx.run(RETALLY_HOLDERS, { ids: list });
}

/** The implementer pairs and the people whose tallies read the given nodes (any kind). */
async function tallyOwnersAt(tx: Tx, ids: string[]): Promise<{ pairs: ClaimPair[]; holders: string[] }> {
  const pairs: ClaimPair[] = [];
  const holders: string[] = [];
  if (ids.length === 0) return { pairs, holders };
  for (const r of (await tx.run(TALLY_OWNERS_AT, { ids })).records) {
    if (r.get('what') === 'pair')
      pairs.push({ fromId: r.get('fromId') as string, toId: r.get('toId') as string });
    else holders.push(r.get('fromId') as string);
  }
  return { pairs, holders };
}

/** Every tally the given nodes (any kind) take part in, recomputed: after a curation moved their relationships, or a body's kind changed. */
export async function retallyAggregatesAt(tx: Tx, ids: Iterable<string>): Promise<void> {
  const { pairs, holders } = await tallyOwnersAt(tx, [...new Set(ids)].sort());
  await retallyImplementers(tx, pairs);
  await retallyHolders(tx, holders);
}

/** The given bodies that are stored with kind 'other' — the ones an article's merge may give a kind. */
export async function organizationsOfKindOther(tx: Tx, ids: Iterable<string>): Promise<string[]> {
  const list = [...new Set(ids)].sort();
  if (list.length === 0) return [];
  return (await tx.run(ORGANIZATIONS_OF_KIND_OTHER, { ids: list })).records.map((r) => r.get('id') as string);
}

/**
 * Every body's implementer pairs and every person's holder profile into their tallies, a page per
 * transaction: after `kg import` (a snapshot does not carry derived tallies), or to repair.
 */
export async function retallyAllAggregates(
  graph: GraphHandle,
  pageSize = 2000,
): Promise<{ bodies: number; people: number }> {
  // Bodies for their implementer pairs only: the people pass after it tallies every holder once.
  const implementersOf = async (tx: Tx, ids: string[]) =>
    retallyImplementers(tx, (await tallyOwnersAt(tx, ids)).pairs);
  const bodies = await retallyEveryPage(graph, ORGANIZATION_IDS_AFTER, implementersOf, pageSize);
  const people = await retallyEveryPage(graph, PERSON_IDS_AFTER, retallyHolders, pageSize);
  return { bodies, people };
}
