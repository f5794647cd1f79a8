// Per-pair claim summaries (decision 0017): for each claim type and pair of nodes with claims of
// that type, one `<TYPE>_SUMMARY` relationship carrying the number of claims (`evidence`) and the
// min / max of their `asOf` (`firstSeen` / `lastSeen`), written in the transaction that writes or
// removes the claims. The API pages, orders and counts edges on these and reads claims (the
// evidence) only for the edges of the page asked. Each summary also lists the keys of its pair's
// newest claims (`newest`, decision 0036), so a page edge's evidence is read by key, not by sorting
// every claim of a hub pair.
import type { ManagedTransaction } from 'neo4j-driver';
import { CLAIM_TYPES, type ClaimType } from '../resolve/resolved-article.ts';
import { Q } from './statements.ts';
import { retallyEvents } from './event-tallies.ts';
import { retallyAggregatesAt, retallyHolders, retallyImplementers } from './aggregate-tallies.ts';
import { refirstMeetings } from './first-meetings.ts';
import { refreshCoParticipations } from './co-participants.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

/**
 * How many of a pair's newest claim keys its summary lists (`newest`): `evidence(first:)`'s default
 * (src/api/paging.ts DEFAULT_EVIDENCE_PAGE), so an edge's evidence as most clients ask it is read by
 * key. A larger `evidence(first:)` on a pair with more claims reads the pair's claims as before.
 * Migration 100 lists the pairs of an older graph with the same number.
 */
export const NEWEST_EVIDENCE_KEPT = 20;

interface SummaryRow {
  fromId: string;
  toId: string;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The pair's new claim keys, candidates for the summary's `newest`. */
  keys: string[];
}

export interface ClaimPair {
  fromId: string;
  toId: string;
}

/** What a batch's new claims add to their pairs' summaries: one row per pair. */
export function summaryRowsOf(
  claims: { key: string; fromId: string; toId: string; asOf?: string | null }[],
): SummaryRow[] {
  const seen = new Set<string>();
  const byPair = new Map<string, SummaryRow>();
  for (const c of claims) {
    // The loader MERGEs claims on key: a key given twice is one claim.
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const pairKey = `${c.fromId}\u0000${c.toId}`;
    const asOf = c.asOf ?? null;
    const row = byPair.get(pairKey);
    if (!row) {
      byPair.set(pairKey, {
        fromId: c.fromId,
        toId: c.toId,
        count: 1,
        firstSeen: asOf,
        lastSeen: asOf,
        keys: [c.key],
      });
      continue;
    }
    row.count++;
    row.keys.push(c.key);
    if (asOf !== null && (row.firstSeen === null || asOf < row.firstSeen)) row.firstSeen = asOf;
    if (asOf !== null && (row.lastSeen === null || asOf > row.lastSeen)) row.lastSeen = asOf;
  }
  return [...byPair.values()].sort((a, b) =>
    a.fromId === b.fromId ? (a.toId < b.toId ? -1 : 1) : a.fromId < b.fromId ? -1 : 1,
  );
}

const isClaimType = (type: string): type is ClaimType => (CLAIM_TYPES as readonly string[]).includes(type);

/** Groups (type, from, to) triples by claim type, distinct pairs in a stable order; other types dropped. */
export function pairsByType(
  triples: { type: string; fromId: string; toId: string }[],
): Map<ClaimType, ClaimPair[]> {
  const out = new Map<ClaimType, Map<string, ClaimPair>>();
  for (const { type, fromId, toId } of triples) {
    if (!isClaimType(type)) continue;
    const pairs = out.get(type) ?? new Map<string, ClaimPair>();
    pairs.set(`${fromId}\u0000${toId}`, { fromId, toId });
    out.set(type, pairs);
  }
  return new Map(
    [...out].map(([type, pairs]) => [
      type,
      [...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, p]) => p),
    ]),
  );
}

/** Recounts the summaries of the given pairs from their claims (after claims were deleted or moved). */
export async function recountClaimSummaries(tx: Tx, pairs: Map<ClaimType, ClaimPair[]>): Promise<void> {
  for (const type of CLAIM_TYPES) {
    const list = pairs.get(type);
    if (list && list.length > 0)
      await tx.run(Q.recountClaimSummaries[type], { pairs: list, newestKept: NEWEST_EVIDENCE_KEPT });
  }
  // An event that gained or lost an organizer may have moved to another tally (decision 0033).
  await retallyEvents(
    tx,
    (pairs.get('ORGANIZED') ?? []).map((p) => p.toId),
  );
  // A body that gained or lost a document, a person who gained or lost a post (decision 0038).
  await retallyImplementers(tx, pairs.get('IMPLEMENTS') ?? []);
  await retallyHolders(
    tx,
    (pairs.get('HOLDS') ?? []).map((p) => p.fromId),
  );
  // A body that lost or gained a meeting, a meeting that lost or gained a document (decision 0044):
  // their first meetings per document are computed again (an event gone with its article took its
  // ORGANIZED pairs along, which name the bodies).
  await refirstMeetings(
    tx,
    (pairs.get('ORGANIZED') ?? []).map((p) => p.fromId),
    (pairs.get('ABOUT') ?? []).map((p) => p.fromId),
  );
  // People who lost or gained a participation: their pairs' shared events (decision 0044).
  await refreshCoParticipations(tx, [
    ...(pairs.get('CHAIRED') ?? []).map((p) => p.fromId),
    ...(pairs.get('ATTENDED') ?? []).map((p) => p.fromId),
  ]);
}

/** Recounts every summary at the given nodes, of every claim type: what a curation's moves touched. */
export async function refreshClaimSummariesAt(tx: Tx, nodeIds: string[]): Promise<void> {
  const ids = [...new Set(nodeIds)].sort();
  const triples: { type: string; fromId: string; toId: string }[] = [];
  for (const type of CLAIM_TYPES) {
    const result = await tx.run(Q.claimPairsAt[type], { ids });
    for (const r of result.records)
      triples.push({ type, fromId: r.get('fromId') as string, toId: r.get('toId') as string });
  }
  await recountClaimSummaries(tx, pairsByType(triples));
  // An event created, merged or split by a curator is tallied even without organizers.
  await retallyEvents(tx, ids);
  // Posts and bodies moved by a curator change their holders' profiles without a HOLDS claim moving.
  await retallyAggregatesAt(tx, ids);
}
