// First meetings (decision 0044): a document's diffusion dates each body by its first evidence of
// taking the document up, an article saying it implements it (the IMPLEMENTS summary's firstSeen)
// or the earliest dated meeting it organized about it. The second is kept per (body, document) as
// `(o:Organization)-[:ORGANIZED_ABOUT_SUMMARY {firstMeeting}]->(d:Document)`, in the transaction that writes
// the ORGANIZED and ABOUT summaries it is derived from, so the diffusion reads one relationship per
// body instead of every meeting about the document (a directive taken up everywhere has a meeting
// in almost every article about it).
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';
import { retallyEveryPage } from './event-tallies.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

/** The relationship type of a (body, document) pair's first meeting (migration 140). */
export const FIRST_MEETINGS_TYPE = 'ORGANIZED_ABOUT_SUMMARY';

const RAISE_FIRST_MEETINGS = cypher('raise-first-meetings');
const REFIRST_MEETINGS = cypher('refirst-meetings');
const ORGANIZATION_IDS_AFTER = cypher('organization-ids-after');

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/**
 * After claims were added: the pairs the given events link (events that gained an organizer or a
 * document) take the event's date when it is earlier than theirs. Reads only these events.
 */
export async function raiseFirstMeetings(tx: Tx, eventIds: Iterable<string>): Promise<void> {
  const ids = sorted(eventIds);
  if (ids.length > 0) await tx.run(RAISE_FIRST_MEETINGS, { ids });
}

/**
 * After claims were deleted or moved: every pair of the given bodies and of the given events'
 * organizers is computed again from their meetings (a date may move later, a pair may go).
 */
export async function refirstMeetings(
  tx: Tx,
  organizationIds: Iterable<string>,
  eventIds: Iterable<string>,
): Promise<void> {
  const orgIds = sorted(organizationIds);
  const events = sorted(eventIds);
  if (orgIds.length > 0 || events.length > 0) await tx.run(REFIRST_MEETINGS, { orgIds, eventIds: events });
}

/** Every body's first meetings computed again, a page of bodies per transaction: after `kg import`, or to repair. */
export function refirstAllMeetings(graph: GraphHandle, pageSize = 2000): Promise<number> {
  return retallyEveryPage(graph, ORGANIZATION_IDS_AFTER, (tx, ids) => refirstMeetings(tx, ids, []), pageSize);
}
