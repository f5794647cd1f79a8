// Body links (decision 0053): the bodies linked to a body through people — `sharedPeople`, the
// people who held a post of both, and `sharedEvents`, the events where an official of one and
// another official of the other both chaired or attended — are read from one BODY_LINK_SUMMARY per
// ordered pair of bodies (both ways, the same values), kept in the transaction that writes the
// claims and posts they are derived from, so a body's page is read in index order instead of from
// all its officials' events.
//
// A batch only adds claims and posts, so it changes a pair by what it adds: the loader reads the
// bodies of the batch's holders (and of the holders of the posts it gives a body) before the batch
// writes, and after it the participants of the events that gained a participant or whose
// participants' bodies changed; from those rows it derives, per event, which pairs of bodies the
// event linked before and links now, and per person which pairs they were and are an official of
// both of, and applies the difference. Deletions and moves (a replaced article, a curation) recount
// every link of the bodies they touch, found before and after the change.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';
import { retallyEveryPage } from './event-tallies.ts';
import type { NewParticipations } from './co-participants.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

/** The relationship type of a pair of bodies' links (migration 170). */
export const BODY_LINKS_TYPE = 'BODY_LINK_SUMMARY';

const BODY_LINK_BODIES = cypher('body-link-bodies');
const BODY_LINK_EVENTS = cypher('body-link-events');
const BODY_LINK_PERSON_EVENTS = cypher('body-link-person-events');
const ADD_BODY_LINKS = cypher('add-body-links');
const BODIES_LINKED_THROUGH = cypher('bodies-linked-through');
const ARTICLE_LINK_SUBJECTS = cypher('article-link-subjects');
const REFRESH_BODY_LINKS = cypher('refresh-body-links');
const ORGANIZATION_IDS_AFTER = cypher('organization-ids-after');

/** The bodies of the people a batch may give a post, as they were before it wrote: person id → body ids. */
export type BodiesBefore = Map<string, string[]>;

/** A change to one ordered pair of bodies' link. */
export interface BodyLinkChange {
  fromId: string;
  toId: string;
  events: number;
  addPeople: string[];
  dropPeople: string[];
}

interface Participant {
  personId: string;
  bodyIds: string[];
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** A post's body as a batch writes it (OF). */
export interface PostBody {
  fromId: string;
  toId: string;
}

async function bodiesOf(tx: Tx, personIds: string[], posts: PostBody[]): Promise<BodiesBefore> {
  const bodies: BodiesBefore = new Map();
  if (personIds.length === 0 && posts.length === 0) return bodies;
  const result = await tx.run(BODY_LINK_BODIES, { ids: personIds, posts });
  for (const r of result.records)
    bodies.set(r.get('personId') as string, [...(r.get('bodyIds') as string[])].sort());
  return bodies;
}

/**
 * Before a batch writes its claims and posts: the bodies of the people it may make officials of a
 * body — its holders, and the holders of the posts it gives a body they are not yet OF.
 */
export function bodyLinksBefore(tx: Tx, holderIds: string[], posts: PostBody[]): Promise<BodiesBefore> {
  const unique = new Map(posts.map((p) => [pairKey(p.fromId, p.toId), { fromId: p.fromId, toId: p.toId }]));
  return bodiesOf(
    tx,
    [...new Set(holderIds)].sort(),
    [...unique].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, p]) => p),
  );
}

/** The ordered pairs of bodies an event links: an official of one and another official of the other took part. */
export function pairsLinkedBy(participants: Participant[]): Set<string> {
  const pairs = new Set<string>();
  for (const p of participants)
    for (const q of participants) {
      if (p.personId === q.personId) continue;
      for (const a of p.bodyIds) for (const b of q.bodyIds) if (a !== b) pairs.add(pairKey(a, b));
    }
  return pairs;
}

/** The changes to the links of a batch, from its events' participants before and after and its people's bodies. */
export function bodyLinkChanges(
  events: { eventId: string; participants: Participant[] }[],
  joined: Map<string, Set<string>>,
  bodiesBefore: BodiesBefore,
  bodiesAfter: BodiesBefore,
): BodyLinkChange[] {
  const changes = new Map<string, BodyLinkChange>();
  const change = (key: string) => {
    let c = changes.get(key);
    if (!c) {
      const [fromId, toId] = key.split('\u0000') as [string, string];
      c = { fromId, toId, events: 0, addPeople: [], dropPeople: [] };
      changes.set(key, c);
    }
    return c;
  };
  for (const { eventId, participants } of events) {
    const added = joined.get(eventId) ?? new Set<string>();
    const before = participants
      .filter((p) => !added.has(p.personId))
      .map((p) => ({ personId: p.personId, bodyIds: bodiesBefore.get(p.personId) ?? p.bodyIds }));
    const linkedBefore = pairsLinkedBy(before);
    const linkedAfter = pairsLinkedBy(participants);
    for (const key of linkedAfter) if (!linkedBefore.has(key)) change(key).events += 1;
    for (const key of linkedBefore) if (!linkedAfter.has(key)) change(key).events -= 1;
  }
  for (const [personId, after] of bodiesAfter) {
    const before = new Set(bodiesBefore.get(personId) ?? []);
    const now = new Set(after);
    for (const a of new Set([...before, ...now]))
      for (const b of new Set([...before, ...now])) {
        if (a === b) continue;
        const was = before.has(a) && before.has(b);
        const is = now.has(a) && now.has(b);
        if (is && !was) change(pairKey(a, b)).addPeople.push(personId);
        if (was && !is) change(pairKey(a, b)).dropPeople.push(personId);
      }
  }
  return [...changes.values()]
    .filter((c) => c.events !== 0 || c.addPeople.length > 0 || c.dropPeople.length > 0)
    .sort((a, b) => (a.fromId === b.fromId ? (a.toId < b.toId ? -1 : 1) : a.fromId < b.fromId ? -1 : 1));
}

/**
 * After the batch wrote its claims and posts: the links of the pairs it changed, from the events
 * that gained a participant ($joined) and every event of a person whose bodies changed.
 */
export async function addBodyLinks(
  tx: Tx,
  bodiesBefore: BodiesBefore,
  joined: NewParticipations,
): Promise<void> {
  const people = [...bodiesBefore.keys()].sort();
  const bodiesAfter = await bodiesOf(tx, people, []);
  const moved = people.filter(
    (id) => (bodiesBefore.get(id) ?? []).join('\u0000') !== (bodiesAfter.get(id) ?? []).join('\u0000'),
  );
  const eventIds = new Set(joined.map((e) => e.id));
  if (moved.length > 0)
    for (const r of (await tx.run(BODY_LINK_PERSON_EVENTS, { ids: moved })).records)
      eventIds.add(r.get('eventId') as string);
  if (eventIds.size === 0 && moved.length === 0) return;
  const events =
    eventIds.size === 0
      ? []
      : (await tx.run(BODY_LINK_EVENTS, { eventIds: [...eventIds].sort() })).records.map((r) => ({
          eventId: r.get('eventId') as string,
          participants: (r.get('participants') as Participant[]).map((p) => ({
            personId: p.personId,
            bodyIds: [...p.bodyIds].sort(),
          })),
        }));
  const joinedByEvent = new Map(joined.map((e) => [e.id, new Set(e.newIds)]));
  const changedBodies = new Map(moved.map((id) => [id, bodiesAfter.get(id) ?? []]));
  const rows = bodyLinkChanges(events, joinedByEvent, bodiesBefore, changedBodies);
  if (rows.length > 0) await tx.run(ADD_BODY_LINKS, { rows });
}

/** The bodies whose links a change to the given nodes' claims may touch (read before and after it). */
export async function bodiesLinkedThrough(tx: Tx, nodeIds: Iterable<string>): Promise<string[]> {
  const ids = [...new Set(nodeIds)].sort();
  if (ids.length === 0) return [];
  return (await tx.run(BODIES_LINKED_THROUGH, { ids })).records.map((r) => r.get('bodyId') as string);
}

/** The bodies whose links the given articles' claims feed: read before a replaced article is deleted. */
export async function bodiesLinkedByArticles(tx: Tx, articleIds: string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const nodes = (await tx.run(ARTICLE_LINK_SUBJECTS, { ids: [...articleIds].sort() })).records.map(
    (r) => r.get('nodeId') as string,
  );
  return bodiesLinkedThrough(tx, nodes);
}

/** After claims or posts were deleted or moved: every link of the given bodies is computed again. */
export async function refreshBodyLinks(tx: Tx, bodyIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(bodyIds)].sort();
  if (ids.length > 0) await tx.run(REFRESH_BODY_LINKS, { ids });
}

/** Every body's links computed again, a page of bodies per transaction: after `kg import`, or to repair. */
export function refreshAllBodyLinks(graph: GraphHandle, pageSize = 500): Promise<number> {
  return retallyEveryPage(graph, ORGANIZATION_IDS_AFTER, refreshBodyLinks, pageSize);
}
