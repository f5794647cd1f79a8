// Body links (decision 0053): Organization.network is read from one BODY_LINK_SUMMARY per ordered
// pair of bodies, which the loader and curation keep in their write transaction, in index order,
// instead of from every official's events (capped at 1,000 officials and 200 events each before).
// On articles of our own, through the real loader, curation and restore: every kept link equals
// the link computed from the posts and events, and organization-network.cypher returns exactly
// the pages the statement it replaced returns (kept here as the reference: on a graph this small
// its caps are never reached), after an ingest in batches, a re-ingest, a changed article that
// drops a participant, a curator's merge of two people and of two bodies and their undo, and a
// backup restored into an empty graph. kg check's body-links invariant finds a link edited by
// hand. Its database hits stay flat when the body's officials gain 300 more meetings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyGraph, type Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { addBodyLinks, bodyLinksBefore } from '../../ingest/load/body-links.ts';
import { backupToSnapshot, restoreFromSnapshot } from '../../src/export/backup.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import { INTEGRITY_INVARIANTS } from '../../src/check/integrity.ts';
import { clearGraph, openTestGraph, profiledDbHits } from '../support/graph.ts';

let graph: Graph;

const article = (id: string, published: string, text: string): ArticleRecord => ({
  id: `body-links-${id}`,
  url: `https://body-links.kg.invalid/${id}`,
  language: 'vi',
  publishedAt: published,
  title: `Tin ${id}`,
  text: `Tin ${id}\n\n${text}`,
});

// Our own sentences; the people, posts and dates are the fixture's.
const meeting = (date: string, chair: string, guests: string) =>
  `Ngày ${date}, đồng chí ${chair}, Bí thư Tỉnh ủy Lai Châu chủ trì Hội nghị Ban Thường vụ Tỉnh ủy. Dự hội nghị có ${guests}.`;
const B = 'đồng chí Giàng Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lai Châu';
const C = 'đồng chí Tẩn Thị Chi, Chủ tịch UBND tỉnh Lai Châu';
const D = 'đồng chí Lò Văn Dũng, Phó Chủ tịch HĐND tỉnh Lai Châu';
const E = 'đồng chí Vàng Thị Em, Giám đốc Sở Tài chính tỉnh Lai Châu';
const ARTICLES: ArticleRecord[] = [
  article('1', '2024-09-11', meeting('10/9/2024', 'Sần Văn An', B)),
  article('2', '2024-10-06', meeting('5/10/2024', 'Sần Văn An', `${B} và ${C}`)),
  article('3', '2024-11-13', meeting('12/11/2024', 'Sần Văn An', `${C} và ${D}`)),
  article('4', '2024-12-02', meeting('1/12/2024', 'Sần Văn An', `${C}, ${D} và ${E}`)),
  article('5', '2024-12-21', meeting('20/12/2024', 'Sần Văn An', E)),
];

// organization-network.cypher before decision 0053: every official's posts and events read and
// folded, then all links sorted for the page. The reference the kept links must page like.
const FROM_THE_EVENTS = `
UNWIND $ids AS parentId
MATCH (o:Organization {id: parentId})
CALL (o) {
  MATCH (o)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
  WITH DISTINCT p ORDER BY p.id LIMIT 1000
  CALL (o, p) {
    MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
    WHERE other <> o
    RETURN DISTINCT other, p AS person, null AS event
    UNION
    MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)
    WITH DISTINCT o, p, e LIMIT 200
    MATCH (e)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
    WHERE q <> p AND other <> o
    RETURN DISTINCT other, null AS person, e AS event
  }
  WITH other, person, event ORDER BY person.nameKey, person.id
  WITH other, collect(DISTINCT person) AS people, count(DISTINCT event) AS sharedEvents
  RETURN other, people, size(people) AS sharedPeople, sharedEvents
}
WITH parentId, collect({other: other, people: people, sharedPeople: sharedPeople, sharedEvents: sharedEvents}) AS links
CALL (links) {
  WITH links WHERE $withTotal
  RETURN size(links) AS total
}
CALL (links) {
  UNWIND links AS l
  WITH l, l.other AS other ORDER BY l.sharedPeople + l.sharedEvents DESC, other.nameKey, other.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({node: other {.*}, sharedPeople: l.sharedPeople, sharedEvents: l.sharedEvents,
                  people: [p IN l.people[..5] | p {.*}]}) AS candidates
}
RETURN parentId, total, candidates[..$limit] AS edges, size(candidates) > $limit AS hasMore`;

// Every link as the posts and events give it, and as kept: they must be equal.
const LINKS_FROM_THE_EVENTS = `
MATCH (o:Organization)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
WITH DISTINCT o, p
CALL (o, p) {
  MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
  WHERE other <> o
  RETURN DISTINCT other, p.id AS personId, null AS eventId
  UNION
  MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
  WHERE q <> p AND other <> o
  RETURN DISTINCT other, null AS personId, e.id AS eventId
}
WITH o, other, collect(DISTINCT personId) AS people, count(DISTINCT eventId) AS events
RETURN o.id AS from, other.id AS to, COLLECT { UNWIND people AS x RETURN x ORDER BY x } AS people, events
ORDER BY from, to`;
const LINKS_KEPT = `
MATCH (o:Organization)-[l:BODY_LINK_SUMMARY]->(other:Organization)
WHERE l.fromId = o.id AND l.sharedPeople = size(coalesce(l.peopleIds, [])) AND l.strength = l.sharedPeople + l.sharedEvents
  AND l.rank = right('000000000' + toString(l.strength), 9)
RETURN o.id AS from, other.id AS to, COLLECT { UNWIND coalesce(l.peopleIds, []) AS x RETURN x ORDER BY x } AS people,
       l.sharedEvents AS events
ORDER BY from, to`;

const reader = () => new GraphReader(graph, 60_000);
const rows = (text: string, params: Record<string, unknown> = {}) =>
  reader().rows({ name: 'body-links-test', text }, params);

const bodies = async () =>
  (await rows('MATCH (o:Organization) RETURN o.id AS id ORDER BY id')).map((r) => r.id as string);

const PAGES = [
  { offset: 0, limit: 20 },
  { offset: 0, limit: 1 },
  { offset: 1, limit: 2 },
];

/** The kept links equal the posts' and events' links; every body's pages equal the reference's. */
async function expectPagesFromTheEvents(): Promise<void> {
  const kept = await rows(LINKS_KEPT);
  expect(kept).toEqual(await rows(LINKS_FROM_THE_EVENTS));
  expect(kept.length).toBeGreaterThan(0);
  const ids = await bodies();
  for (const page of PAGES) {
    const params = { ids, withTotal: true, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) };
    // The reference leaves out a body with no official; the kept read answers it with no links.
    const reference = await rows(FROM_THE_EVENTS, params);
    const answered = new Set(reference.map((r) => r.parentId));
    const got = (await reader().rows(cypher('organization-network'), params)).filter(
      (r) => answered.has(r.parentId) || (r.edges as unknown[]).length > 0 || Number(r.total) > 0,
    );
    expect({ page, got }).toEqual({ page, got: reference });
    // Counted only when asked: without the total, the same edges.
    const uncounted = await reader().rows(cypher('organization-network'), { ...params, withTotal: false });
    expect(uncounted.map((r) => r.edges)).toEqual(
      (await reader().rows(cypher('organization-network'), params)).map((r) => r.edges),
    );
  }
}

// The two invariants of decision 0053, run as kg check runs them (the others are other files' tests).
const integrityFindings = async () =>
  Object.fromEntries(
    await Promise.all(
      INTEGRITY_INVARIANTS.filter((i) => i.name === 'body-links' || i.name === 'co-participants').map(
        async (i) =>
          [i.name, Number((await reader().rows(cypher(i.query), { limit: 10 }))[0]?.count)] as const,
      ),
    ),
  );

const bodyOf = async (personName: string) =>
  (
    await rows(
      `MATCH (:Person {name: $personName})-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization)
       RETURN o.id AS id ORDER BY id LIMIT 1`,
      { personName },
    )
  )[0]?.id as string | undefined;

const idOf = async (label: 'Person' | 'Organization', name: string) =>
  (await rows(`MATCH (n:${label} {name: $name}) RETURN n.id AS id`, { name }))[0]?.id as string;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  // Batches of two: a pair's later shared events arrive in other transactions than its first.
  await ingestRecords(graph, ARTICLES, { batchSize: 2 });
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
});

describe('body links', () => {
  it('count the people and events each pair of bodies shares, as the posts and events say', async () => {
    const kept = await rows(LINKS_KEPT);
    // Bình holds a post of the provincial committee and of the council: a shared person.
    expect(kept.some((l) => (l.people as string[]).length > 0)).toBe(true);
    expect(kept.some((l) => Number(l.events) > 1)).toBe(true);
    await expectPagesFromTheEvents();
    expect(await integrityFindings()).toEqual({ 'co-participants': 0, 'body-links': 0 });
  });

  it('are not written again when the same articles are ingested again', async () => {
    const before = await rows(LINKS_KEPT);
    expect((await ingestRecords(graph, ARTICLES)).unchanged).toBe(ARTICLES.length);
    expect(await rows(LINKS_KEPT)).toEqual(before);
  });

  it('lose a shared event when a changed article no longer names a participant', async () => {
    const before = await rows(LINKS_KEPT);
    const changed = { ...ARTICLES[3]!, text: ARTICLES[3]!.text.replace(`${C}, `, '') };
    expect((await ingestRecords(graph, [changed])).written).toBe(1);
    expect(await rows(LINKS_KEPT)).not.toEqual(before);
    await expectPagesFromTheEvents();
  });

  it('follow a curator merging two people, then two bodies, and undoing both', async () => {
    const before = await rows(LINKS_KEPT);
    const [chi, dung] = await Promise.all([idOf('Person', 'Tẩn Thị Chi'), idOf('Person', 'Lò Văn Dũng')]);
    // The council (Dũng's post) and the finance department (Em's), found before the people merge.
    const [council, finance] = await Promise.all(['Lò Văn Dũng', 'Vàng Thị Em'].map(bodyOf));
    expect([council, finance].every(Boolean)).toBe(true);
    const people = await mergeEntities(graph, dung!, chi!, { by: 'tester', reason: 'test' });
    await expectPagesFromTheEvents();
    const twoBodies = await mergeEntities(graph, finance!, council!, { by: 'tester', reason: 'test' });
    await expectPagesFromTheEvents();
    await undoCuration(graph, twoBodies.id, { by: 'tester' });
    await undoCuration(graph, people.id, { by: 'tester' });
    expect(await rows(LINKS_KEPT)).toEqual(before);
    await expectPagesFromTheEvents();
  });

  it('are rebuilt when a backup is restored into an empty graph', async () => {
    const before = await rows(LINKS_KEPT);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'body-links-')), 'graph.jsonl');
    await backupToSnapshot(graph, file);
    await emptyGraph(graph);
    await restoreFromSnapshot(graph, file);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(await rows(LINKS_KEPT)).toEqual(before);
    await expectPagesFromTheEvents();
  });

  it('kg check finds a link edited by hand, a stray one and a co-participant pair edited by hand', async () => {
    await graph.write(async (tx) => {
      await tx.run(
        `MATCH ()-[l:BODY_LINK_SUMMARY]->() WITH l ORDER BY l.fromId LIMIT 1 SET l.sharedEvents = l.sharedEvents + 1, l.handEdited = true`,
      );
      await tx.run(
        `MATCH ()-[c:CO_PARTICIPANT_SUMMARY]->() WITH c ORDER BY c.fromId LIMIT 1 SET c.sharedEvents = c.sharedEvents + 5, c.handEdited = true`,
      );
      await tx.run(
        `CREATE (a:Organization:Entity {id: 'org:body-links-stray-a', name: 'Stray A'})
         CREATE (b:Organization:Entity {id: 'org:body-links-stray-b', name: 'Stray B'})
         CREATE (a)-[:BODY_LINK_SUMMARY {fromId: a.id, sharedPeople: 0, sharedEvents: 1, strength: 1, rank: '000000001'}]->(b)`,
      );
    });
    expect(await integrityFindings()).toEqual({ 'co-participants': 1, 'body-links': 2 });
    await graph.write(async (tx) => {
      await tx.run(`MATCH (o:Organization) WHERE o.id STARTS WITH 'org:body-links-stray-' DETACH DELETE o`);
      await tx.run(
        `MATCH ()-[l:BODY_LINK_SUMMARY {handEdited: true}]->() SET l.sharedEvents = l.sharedEvents - 1 REMOVE l.handEdited`,
      );
      await tx.run(
        `MATCH ()-[c:CO_PARTICIPANT_SUMMARY {handEdited: true}]->() SET c.sharedEvents = c.sharedEvents - 5 REMOVE c.handEdited`,
      );
    });
    expect(await integrityFindings()).toEqual({ 'co-participants': 0, 'body-links': 0 });
  });

  it('read the same database hits for a body whose officials gain 300 more meetings', async () => {
    const committee = (
      await rows(
        `MATCH (:Person {name: 'Sần Văn An'})-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization) RETURN o.id AS id`,
      )
    )[0]?.id as string;
    // A post of another body than the committee's: its new holders are that body's officials.
    const post = (
      await rows(
        `MATCH (p:Position)-[:OF]->(o:Organization) WHERE o.id <> $committee RETURN p.id AS id ORDER BY id LIMIT 1`,
        { committee },
      )
    )[0]?.id as string;
    expect(post).toBeTruthy();
    const an = await idOf('Person', 'Sần Văn An');
    const params = { ids: [committee], withTotal: true, offset: neo4j.int(0), limit: neo4j.int(20) };
    // Plans from fresh statistics (see co-participant-summaries.test.ts: stale index samples once
    // gave a plan reading twice the hits).
    const hits = async (text: string) => {
      await graph.write(async (tx) => {
        await tx.run('CALL db.prepareForReplanning()');
      });
      return profiledDbHits(graph, text, params);
    };
    // Meetings An chaired, each with a new official of the people's committee as guest, written as
    // the loader writes summaries and then linked by the loader's own statements.
    const addMeetings = async (from: number, to: number) => {
      const extra = Array.from({ length: to - from }, (_, i) => from + i);
      const guests = extra.map((i) => `person:body-links-extra-${i}`);
      await graph.write(async (tx) => {
        await tx.run(`UNWIND $guests AS id CREATE (:Person:Entity {id: id, name: id, nameKey: id})`, {
          guests,
        });
        const before = await bodyLinksBefore(tx, guests, []);
        await tx.run(
          `MATCH (an:Person {id: $an}) MATCH (post:Position {id: $post})
           UNWIND $extra AS n
           WITH an, post, toInteger(n) AS i
           MATCH (g:Person {id: 'person:body-links-extra-' + i})
           CREATE (e:Event:Entity {id: 'event:body-links-extra-' + i, name: 'Họp ' + i, date: '2025-01-' + right('0' + toString(1 + i % 28), 2)})
           CREATE (an)-[:CHAIRED_SUMMARY {evidence: 1}]->(e)<-[:ATTENDED_SUMMARY {evidence: 1}]-(g)
           CREATE (g)-[:HOLDS_SUMMARY {evidence: 1}]->(post)`,
          { an, post, extra },
        );
        await addBodyLinks(
          tx,
          before,
          extra.map((i) => ({
            id: `event:body-links-extra-${i}`,
            newIds: [an, `person:body-links-extra-${i}`],
          })),
        );
      });
    };
    await addMeetings(0, 30);
    const few = {
      kept: await hits(cypher('organization-network').text),
      events: await hits(FROM_THE_EVENTS),
    };
    await addMeetings(30, 330);
    expect(await rows(LINKS_KEPT)).toEqual(await rows(LINKS_FROM_THE_EVENTS));
    const many = {
      kept: await hits(cypher('organization-network').text),
      events: await hits(FROM_THE_EVENTS),
    };
    console.log(
      `organization-network db hits, kept / from the events: ${JSON.stringify(few)} -> ${JSON.stringify(many)}`,
    );
    expect(many.events).toBeGreaterThan(few.events + 300);
    expect(many.kept).toBeLessThanOrEqual(few.kept + 30);
  });
});
