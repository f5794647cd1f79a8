// Co-participants (decision 0044): who chaired or attended the same events as a person is read
// from one CO_PARTICIPANT_SUMMARY per ordered pair of people (shared events, the latest of them,
// an index key `rank`), kept in the transaction that writes the CHAIRED and ATTENDED summaries it is
// derived from, so a person's first page is read in index order instead of from all their events.
// The write cost: an event with n participants touches up to n × (n - 1) pairs when they join it.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';
import { retallyEveryPage } from './event-tallies.ts';
import type { ClaimPair } from './claim-summaries.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

/** The relationship type of a pair of people's shared events (migration 141). */
export const CO_PARTICIPANTS_TYPE = 'CO_PARTICIPANT_SUMMARY';

const PARTICIPATIONS_KNOWN = cypher('participations-known');
const ADD_CO_PARTICIPATIONS = cypher('add-co-participations');
const REFRESH_CO_PARTICIPATIONS = cypher('refresh-co-participations');
const PERSON_IDS_AFTER = cypher('person-ids-after');

/** Participations a batch is about to write, by event: the people not yet taking part in it. */
export type NewParticipations = { id: string; newIds: string[] }[];

/**
 * Before a batch writes its CHAIRED and ATTENDED claims: which of their (person, event) pairs are
 * participations the graph does not have yet. Claims whose ends are not a person and an event
 * come to nothing (the add statement matches people only).
 */
export async function newParticipations(tx: Tx, claims: ClaimPair[]): Promise<NewParticipations> {
  const pairs = new Map<string, ClaimPair>();
  for (const c of claims) pairs.set(`${c.fromId}\u0000${c.toId}`, { fromId: c.fromId, toId: c.toId });
  if (pairs.size === 0) return [];
  const list = [...pairs.values()].sort((a, b) =>
    a.toId === b.toId ? (a.fromId < b.fromId ? -1 : 1) : a.toId < b.toId ? -1 : 1,
  );
  const known = new Set(
    (await tx.run(PARTICIPATIONS_KNOWN, { pairs: list })).records.map(
      (r) => `${r.get('personId') as string}\u0000${r.get('eventId') as string}`,
    ),
  );
  const byEvent = new Map<string, string[]>();
  for (const p of list) {
    if (known.has(`${p.fromId}\u0000${p.toId}`)) continue;
    byEvent.set(p.toId, [...(byEvent.get(p.toId) ?? []), p.fromId]);
  }
  return [...byEvent].map(([id, newIds]) => ({ id, newIds }));
}

/** After the batch wrote its claims: the new participations become shared events of their pairs. */
export async function addCoParticipations(tx: Tx, events: NewParticipations): Promise<void> {
  if (events.length > 0) await tx.run(ADD_CO_PARTICIPATIONS, { events });
}

/** After claims were deleted or moved: every pair of the given people is computed again. */
export async function refreshCoParticipations(tx: Tx, personIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(personIds)].sort();
  if (ids.length > 0) await tx.run(REFRESH_CO_PARTICIPATIONS, { ids });
}

/** Every person's pairs computed again, a page of people per transaction: after `kg import`, or to repair. */
export function refreshAllCoParticipations(graph: GraphHandle, pageSize = 2000): Promise<number> {
  return retallyEveryPage(graph, PERSON_IDS_AFTER, refreshCoParticipations, pageSize);
}
