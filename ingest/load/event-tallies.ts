// Event tallies (decision 0033): eventCounts is answered from per-profile (:EventTally) nodes —
// month, kind, organizers' provinces, a central organizer or not — whose in-degree of TALLIED is
// the number of their events, instead of from the events of the range. The link of an event to
// its tally is set in the transaction that changes what the profile depends on (the event itself,
// its organizers), so the counts are always those of the committed graph. An event deleted with
// DETACH DELETE leaves its tally by itself; the deleting statements remove a tally left empty.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';
import { writeWithRetry } from './write-with-retry.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

const RETALLY_EVENTS = cypher('retally-events');
const EVENT_IDS_AFTER = cypher('event-ids-after');

/** Puts each given event (ids of other kinds or of no node are ignored) into the tally of its profile. */
export async function retallyEvents(tx: Tx, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)].sort();
  if (list.length > 0) await tx.run(RETALLY_EVENTS, { ids: list });
}

/** Walks every id `idsAfter` pages through (in id order), `retally` on each page, a page per transaction. */
export async function retallyEveryPage(
  graph: GraphHandle,
  idsAfter: string,
  retally: (tx: Tx, ids: string[]) => Promise<void>,
  pageSize: number,
): Promise<number> {
  let after = '';
  let done = 0;
  for (;;) {
    const ids = await writeWithRetry(graph, async (tx) => {
      const page = (await tx.run(idsAfter, { after, limit: neo4j.int(pageSize) })).records.map(
        (r) => r.get('id') as string,
      );
      await retally(tx, page);
      return page;
    });
    done += ids.length;
    if (ids.length < pageSize) return done;
    after = ids.at(-1)!;
  }
}

/** Every event of the graph into its tally, a page per transaction: after an import, or to repair. */
export function retallyAllEvents(graph: GraphHandle, pageSize = 2000): Promise<number> {
  return retallyEveryPage(graph, EVENT_IDS_AFTER, retallyEvents, pageSize);
}
