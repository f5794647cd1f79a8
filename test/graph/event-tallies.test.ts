/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL arguments are built from the test table and checked by assertions */
// Event tallies (decision 0033): eventCounts is answered from per-profile tallies the loader keeps
// in the transaction that writes the events, not from the events of the range. On articles of our
// own, through the real loader and curation: after an ingest, a re-ingest of the same articles, a
// changed version of one and a curator's merge (and its undo), every answer of eventCounts equals
// the count computed from scratch by the events-where query (the one eventCounts used before), and
// the tallies' read costs the same database hits for a few events or many of the same profiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { retallyEvents } from '../../ingest/load/event-tallies.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import type { ApiContext } from '../../src/api/context.ts';
import { eventCounts, eventsWhereFirstPage } from '../../src/api/resolvers/dashboards.ts';
import { EVENT_KINDS, enumOf } from '../../src/api/resolvers/enums.ts';
import { INTEGRITY_INVARIANTS } from '../../src/check/integrity.ts';
import { clearGraph, openTestGraph, profiledDbHits, rerunMigration } from '../support/graph.ts';

let graph: Graph;

/** A meeting of `body` on `day`/`month`/2023: the sentences the Vietnamese extractor reads as ORGANIZED with a date. */
const meeting = (id: string, body: string, day: number, month: number, what: string): ArticleRecord => ({
  id: `tally-${id}`,
  url: `https://tally.kg.invalid/${id}`,
  language: 'vi',
  publishedAt: `2023-${String(month).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`,
  title: `${body} họp`,
  text: `${body} họp\n\nNgày ${day}/${month}/2023, ${body} tổ chức ${what}.`,
});

const ARTICLES: ArticleRecord[] = [
  meeting('hg-1', 'Tỉnh ủy Hà Giang', 5, 3, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai'),
  meeting('hg-2', 'Tỉnh ủy Hà Giang', 10, 4, 'Hội nghị sơ kết công tác quý I năm 2023'),
  meeting('tq-1', 'Tỉnh ủy Tuyên Quang', 20, 3, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười ba'),
  meeting('bct-1', 'Bộ Chính trị', 25, 4, 'Hội nghị toàn quốc quán triệt nghị quyết của Trung ương'),
  meeting('tq-2', 'Tỉnh ủy Tuyên Quang', 18, 5, 'Hội nghị học tập chuyên đề năm 2023'),
];

const reader = () => new GraphReader(graph, 60_000);
const ctx = () => ({ reader: reader() }) as unknown as ApiContext;

type Group = { key: string | null; count: number };
const EVENTS_WHERE = cypher('events-where');

/** events-where.cypher's parameters for a count by group with no filter (absent filters are '' and []). */
const recountParams = (groupBy: string) => ({
  ...eventsWhereFirstPage({}, { field: 'date', desc: false }, 500),
  groupBy: groupBy.toLowerCase(),
});

/** The count from scratch: events-where.cypher reads every event the filter matches and groups them. */
async function recount(groupBy: string, where: Record<string, unknown> = {}): Promise<Group[]> {
  const [row] = await reader().rows(EVENTS_WHERE, { ...recountParams(groupBy), ...where });
  return row?.groups as Group[];
}

const QUESTIONS: [string, Record<string, unknown>][] = [
  ['MONTH', {}],
  ['PROVINCE', {}],
  ['LEVEL', {}],
  ['KIND', { dateFrom: '2023-03-01', dateTo: '2023-04-30' }],
  // Partial months at both ends: read from the events, the whole months between from the tallies.
  ['PROVINCE', { dateFrom: '2023-03-15', dateTo: '2023-05-20' }],
  ['MONTH', { dateFrom: '2023-03-06', dateTo: '2023-03-31' }],
  ['MONTH', { province: 'Hà Giang', level: 'local', dateFrom: '2023-01-01' }],
  ['PROVINCE', { level: 'central' }],
  // Whole years from the tallies by year (decision 0062), alone and between months and days.
  ['PROVINCE', { dateFrom: '2023-01-01', dateTo: '2023-12-31' }],
  ['LEVEL', { dateFrom: '2022-01-01', dateTo: '2024-12-31' }],
  ['KIND', { dateFrom: '2022-11-15', dateTo: '2024-02-10' }],
  ['PROVINCE', { province: 'Hà Giang', dateFrom: '2023-01-01', dateTo: '2023-12-31' }],
];

const graphWhere = (where: Record<string, unknown>) => ({
  ...where,
  ...(where.level ? { level: String(where.level).toUpperCase() } : {}),
});

/** Every question answered by eventCounts (tallies) and by the recount; they must agree. */
async function expectTalliesToMatchRecount(): Promise<void> {
  for (const [groupBy, where] of QUESTIONS) {
    const answered = await eventCounts(
      { groupBy: groupBy as any, where: graphWhere(where) as any, first: 50 },
      ctx(),
    );
    const expected = (await recount(groupBy, where)).map((g) => ({
      key:
        g.key === null
          ? null
          : groupBy === 'LEVEL'
            ? g.key.toUpperCase()
            : groupBy === 'KIND'
              ? enumOf(g.key, EVENT_KINDS)
              : g.key,
      count: g.count,
    }));
    expect({ groupBy, where, groups: answered }).toEqual({ groupBy, where, groups: expected });
  }
}

const tallies = () =>
  graph.read(async (tx) =>
    (
      await tx.run(
        'MATCH (t:EventTally) RETURN t.id AS key, COUNT { (t)<-[:TALLIED]-() } AS events ORDER BY key',
      )
    ).records.map((r) => [r.get('key'), Number(r.get('events'))]),
  );
const monthCount = async (month: string) => (await recount('MONTH')).find((g) => g.key === month)?.count ?? 0;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await ingestRecords(graph, ARTICLES);
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
});

describe('event tallies', () => {
  it('count every event once, as the recount does, after an ingest', async () => {
    expect((await recount('MONTH')).reduce((n, g) => n + g.count, 0)).toBe(5);
    expect(await recount('PROVINCE')).toEqual([
      { key: 'Hà Giang', count: 2 },
      { key: 'Tuyên Quang', count: 2 },
      { key: null, count: 1 },
    ]);
    await expectTalliesToMatchRecount();
  });

  it('count nothing twice when the same articles are ingested again', async () => {
    const before = await tallies();
    const summary = await ingestRecords(graph, ARTICLES);
    expect(summary.unchanged).toBe(ARTICLES.length);
    expect(await tallies()).toEqual(before);
    await expectTalliesToMatchRecount();
  });

  it('move an event when a changed version of its article moves its date, and drop a tally left empty', async () => {
    expect(await monthCount('2023-05')).toBe(1);
    const moved = { ...ARTICLES[4]!, text: ARTICLES[4]!.text.replace('18/5/2023', '18/6/2023') };
    const summary = await ingestRecords(graph, [moved]);
    expect(summary.written).toBe(1);
    expect(await monthCount('2023-05')).toBe(0);
    expect(await monthCount('2023-06')).toBe(1);
    expect((await tallies()).some(([key]) => String(key).startsWith('2023-05|'))).toBe(false);
    await expectTalliesToMatchRecount();
  });

  it('stay right through a curator merging two events and undoing it', async () => {
    const ids = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e:Event) WHERE o.province IN ['Hà Giang', 'Tuyên Quang']
           AND e.date STARTS WITH '2023-03' RETURN e.id AS id ORDER BY o.province`,
        )
      ).records.map((r) => r.get('id') as string),
    );
    expect(ids).toHaveLength(2);
    const before = await tallies();
    // One meeting told twice: the Tuyên Quang event goes into Hà Giang's, which gains an organizer.
    const merge = await mergeEntities(graph, ids[0]!, ids[1]!, { by: 'tester', reason: 'test' });
    expect(await recount('PROVINCE', { dateFrom: '2023-03-01', dateTo: '2023-03-31' })).toEqual([
      { key: 'Hà Giang', count: 1 },
      { key: 'Tuyên Quang', count: 1 },
    ]);
    expect(await monthCount('2023-03')).toBe(1);
    await expectTalliesToMatchRecount();
    await undoCuration(graph, merge.id, { by: 'tester' });
    expect(await tallies()).toEqual(before);
    await expectTalliesToMatchRecount();
  });

  it('are rebuilt by year by migration 185, and kg check finds an event missing its year', async () => {
    const eventTallies = INTEGRITY_INVARIANTS.find((i) => i.name === 'event-tallies')!;
    const findings = async () =>
      Number((await reader().rows(cypher(eventTallies.query), { limit: 10 }))[0]?.count);
    const before = await tallies();
    expect(before.filter(([key]) => String(key).startsWith('Y2023|')).length).toBeGreaterThan(0);
    expect(await findings()).toBe(0);
    await graph.write((tx) => tx.run('MATCH (t:EventTally) WHERE t.year IS NOT NULL DETACH DELETE t'));
    // Every event of the graph is dated: each misses its year.
    expect(await findings()).toBe(5);
    await rerunMigration(graph, 'event-year-tallies');
    expect(await tallies()).toEqual(before);
    expect(await findings()).toBe(0);
    await expectTalliesToMatchRecount();
  });

  it('read the same database hits for 5 events as for 300 more of the same profiles', async () => {
    const params = {
      monthRanges: [{ from: '2023-01', to: '2023-12' }],
      yearFrom: '',
      yearTo: '',
      kinds: [],
      province: '',
      level: '',
      groupBy: 'month',
    };
    const dbHits = (text: string, p: Record<string, unknown>) => profiledDbHits(graph, text, p);
    const tallyHits = () => dbHits(cypher('event-counts').text, params);
    const oracleHits = () =>
      dbHits(EVENTS_WHERE.text, { ...recountParams('month'), dateFrom: '2023-01-01', dateTo: '2023-12-31' });
    const fewHits = await tallyHits();
    const fewOracle = await oracleHits();
    // 300 more meetings of Hà Giang's Tỉnh ủy in April: more events, the same profiles.
    await graph.write(async (tx) => {
      const [hg] = (
        await tx.run(
          `MATCH (o:Organization {province: 'Hà Giang'})-[:ORGANIZED_SUMMARY]->() RETURN o.id AS id LIMIT 1`,
        )
      ).records.map((r) => r.get('id') as string);
      const ids = Array.from({ length: 300 }, (_, i) => `event:tally-extra-${i}`);
      await tx.run(
        `UNWIND $ids AS id CREATE (e:Event:Entity {id: id, name: id, kind: 'conference', date: '2023-04-12'})
         WITH e MATCH (o:Organization {id: $hg}) CREATE (o)-[:ORGANIZED_SUMMARY {evidence: 1}]->(e)`,
        { ids, hg },
      );
      await retallyEvents(tx, ids);
    });
    expect(await monthCount('2023-04')).toBe(302);
    const manyHits = await tallyHits();
    const manyOracle = await oracleHits();
    console.log(
      `event-counts db hits: ${fewHits} (5 events), ${manyHits} (305); recount ${fewOracle}, ${manyOracle}`,
    );
    // The recount reads every event; the tallies read their profiles, whatever they count.
    expect(manyOracle).toBeGreaterThan(fewOracle + 300);
    expect(manyHits).toBeLessThanOrEqual(fewHits + 10);
  });
});
