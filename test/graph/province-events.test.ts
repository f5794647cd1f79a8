/* eslint-disable @typescript-eslint/no-explicit-any -- Cypher rows are JSON checked by assertions */
// A province's events by date (decision 0069): province-events.cypher reads them per body from the
// date each ORGANIZED_SUMMARY keeps (`eventDate`, `fromId`, written by retally-events.cypher), and
// must answer every page exactly as events-where.cypher, which sorts every event of the province.
// On a graph of our own: a province of three bodies with ties on a date, undated meetings, a
// meeting of two of its bodies and one shared with a ministry, and other provinces' meetings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import { eventsWhereFirstPage, provinceEventsParams } from '../../src/api/resolvers/dashboards.ts';
import { INTEGRITY_INVARIANTS } from '../../src/check/integrity.ts';
import { mergeEntities } from '../../ingest/curate/curation.ts';
import { clearGraph, openTestGraph, profiledDbHits, profiledRead, rerunMigration } from '../support/graph.ts';
import { writeFixtureGraph, type FixtureGraph } from './api-fixture.ts';

const PROVINCE = 'Ninh Bình';

const org = (id: string, name: string, province: string | null) => ({
  id: `pe-${id}`,
  name,
  nameKey: name.toLowerCase(),
  aliases: [],
  kind: 'party-committee',
  province,
});
const event = (id: string, name: string, date: string | null) => ({
  id: `pe-${id}`,
  name,
  kind: 'conference',
  date,
});
let claimCount = 0;
const organized = (from: string, to: string) => ({
  type: 'ORGANIZED' as const,
  from: `pe-${from}`,
  to: `pe-${to}`,
  key: `pe-claim-${claimCount++}`,
  articleId: 'pe-a1',
  asOf: '2021-01-01',
  sentence: 'Một câu của bộ dữ liệu thử.',
  sentenceIndex: 0,
  start: 0,
  end: 27,
  extractor: 'fixture-1',
});

const GRAPH: FixtureGraph = {
  articles: [{ id: 'pe-a1', url: 'https://example.test/pe', title: 'Bài thử', publishedAt: '2021-01-01' }],
  organizations: [
    org('tu', 'Tỉnh ủy Ninh Bình', PROVINCE),
    org('ub', 'Ủy ban nhân dân tỉnh Ninh Bình', PROVINCE),
    org('syt', 'Sở Y tế Ninh Bình', PROVINCE),
    org('tu-other', 'Tỉnh ủy Hà Nam', 'Hà Nam'),
    org('bo', 'Bộ Y tế', null),
  ],
  events: [
    event('e01', 'Hội nghị Tỉnh ủy tháng Giêng', '2020-01-15'),
    event('e02', 'Hội nghị sơ kết quý I', '2020-03-30'),
    event('e03', 'Phiên họp thường kỳ tháng Tư', '2020-04-28'),
    event('e04', 'Hội nghị tổng kết năm', '2020-12-28'),
    event('e05', 'Hội nghị cán bộ chủ chốt', '2020-12-28'),
    event('e06', 'Buổi làm việc về y tế cơ sở', '2020-12-28'),
    event('e07', 'Hội nghị liên tịch', '2021-02-02'),
    event('e08', 'Hội nghị chuyên đề chuyển đổi số', '2021-05-10'),
    event('e09', 'Hội nghị giao ban y tế', '2021-05-10'),
    event('e10', 'Phiên họp chuyên đề', '2021-06-01'),
    event('e11', 'Gặp mặt cán bộ hưu trí', null),
    event('e12', 'Buổi tiếp xúc cử tri', null),
    event('e13', 'Hội nghị Tỉnh ủy Hà Nam', '2021-03-03'),
    event('e14', 'Hội nghị của Bộ Y tế', '2021-04-04'),
  ],
  claims: [
    organized('tu', 'e01'),
    organized('tu', 'e02'),
    organized('ub', 'e03'),
    organized('tu', 'e04'),
    organized('tu', 'e05'),
    organized('syt', 'e06'),
    // Two bodies of the province: one event, listed once.
    organized('tu', 'e07'),
    organized('ub', 'e07'),
    organized('tu', 'e08'),
    // With a ministry: the province's event as well.
    organized('syt', 'e09'),
    organized('bo', 'e09'),
    organized('ub', 'e10'),
    organized('tu', 'e11'),
    organized('syt', 'e12'),
    organized('tu-other', 'e13'),
    organized('bo', 'e14'),
  ],
};

let graph: Graph;
const reader = () => new GraphReader(graph, 60_000);
const run = async (name: string, params: Record<string, unknown>) =>
  (await reader().rows(cypher(name), params))[0];

type Page = { total: number; ids: string[]; keys: string[][]; hasMore: boolean };
const pageOf = (row: any, withTotal = true): Page => ({
  total: withTotal ? Number(row?.total ?? 0) : 0,
  ids: (row?.page ?? []).map((c: any) => c.node.id),
  keys: (row?.page ?? []).map((c: any) => c.key),
  hasMore: Boolean(row?.hasMore),
});

const NO_CURSOR = { afterKey: '', afterName: '', afterId: '' };
const cursorOf = (key: string[] | undefined) =>
  key ? { afterKey: key[0]!, afterName: key[1]!, afterId: key[2]! } : NO_CURSOR;

/** Every page of the province, `size` a page, read by both statements: the bounded one and the reference. */
async function everyPage(desc: boolean, size: number): Promise<{ bounded: Page[]; reference: Page[] }> {
  const bounded: Page[] = [];
  const reference: Page[] = [];
  let cursor = NO_CURSOR;
  for (;;) {
    const b = pageOf(await run('province-events', provinceEventsParams(PROVINCE, desc, cursor, size, true)));
    const r = pageOf(
      await run('events-where', {
        ...eventsWhereFirstPage({ province: PROVINCE }, { field: 'date', desc }, size),
        ...cursor,
      }),
    );
    bounded.push(b);
    reference.push(r);
    if (!r.hasMore || bounded.length > 20) return { bounded, reference };
    cursor = cursorOf(r.keys.at(-1));
  }
}

/**
 * Page sizes that end pages inside the three-way tie of 2020-12-28 and between the two events of
 * 2021-05-10 (3, either order) and on the first undated event (11: the next page resumes from an
 * undated cursor).
 */
async function expectSameAsReference(sizes = [3, 11]): Promise<void> {
  for (const desc of [true, false])
    for (const size of sizes) {
      const { bounded, reference } = await everyPage(desc, size);
      expect({ desc, size, pages: bounded }).toEqual({ desc, size, pages: reference });
    }
}

/** Organizer summaries whose kept date or body id is not their event's and body's. */
const UNSTAMPED = `MATCH (o:Organization)-[r:ORGANIZED_SUMMARY]->(e:Event)
  RETURN count(r) AS summaries,
         count(CASE WHEN r.eventDate IS NULL OR r.eventDate <> coalesce(e.date, '') OR r.fromId <> o.id THEN 1 END) AS wrong`;
const stamps = async () => {
  const row = (await graph.read((tx) => tx.run(UNSTAMPED))).records[0]!;
  return { summaries: Number(row.get('summaries')), wrong: Number(row.get('wrong')) };
};
const eventTallies = INTEGRITY_INVARIANTS.find((i) => i.name === 'event-tallies')!;
const findings = async () => {
  const row = await run(eventTallies.query, { limit: 10 });
  return { count: Number(row?.count), ids: (row?.examples as any[]).map((e) => e.ids[0]) };
};

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await writeFixtureGraph(graph.driver, graph.database, GRAPH);
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
});

describe("a province's events by date, from the organizers' kept dates", () => {
  it('answers every page, newest and oldest first, as events-where does: order, ties, undated, total', async () => {
    expect(await stamps()).toEqual({ summaries: 16, wrong: 0 });
    const { bounded } = await everyPage(true, 20);
    // Known by hand: 12 events (e07 once), newest first, ties by name, undated last.
    expect(bounded[0]!.total).toBe(12);
    expect(bounded[0]!.ids).toEqual(
      ['e10', 'e08', 'e09', 'e07', 'e06', 'e05', 'e04', 'e03', 'e02', 'e01', 'e12', 'e11'].map(
        (e) => `pe-${e}`,
      ),
    );
    await expectSameAsReference();
    // Without the total, the same page.
    const row = await run('province-events', provinceEventsParams(PROVINCE, true, NO_CURSOR, 3, false));
    expect(pageOf(row, false).ids).toEqual(['pe-e10', 'pe-e08', 'pe-e09']);
  });

  it('keeps the dates through a merge of bodies; kg check finds one wrong; migration 186 rebuilds them', async () => {
    // A curator merges the health department into the people's committee: its meetings move there.
    await mergeEntities(graph, 'pe-ub', 'pe-syt', { by: 'tester', reason: 'test' });
    expect(await stamps()).toEqual({ summaries: 16, wrong: 0 });
    const moved = await graph.read((tx) =>
      tx.run(`MATCH ()-[r:ORGANIZED_SUMMARY {fromId: 'pe-ub'}]->() RETURN count(r) AS n`),
    );
    expect(Number(moved.records[0]!.get('n'))).toBe(6);
    await expectSameAsReference([3]);
    expect(await findings()).toEqual({ count: 0, ids: [] });

    // A date edited around the loader: the event is found, and its page would be out of order.
    await graph.write((tx) =>
      tx.run(
        `MATCH (:Organization {id: 'pe-tu'})-[r:ORGANIZED_SUMMARY]->(:Event {id: 'pe-e02'}) SET r.eventDate = '2021-12-31'`,
      ),
    );
    expect(await findings()).toEqual({ count: 1, ids: ['pe-e02'] });

    // A graph written before decision 0069: none kept. Migration 186, as kg db migrate runs it.
    await graph.write((tx) => tx.run('MATCH ()-[r:ORGANIZED_SUMMARY]->() REMOVE r.eventDate, r.fromId'));
    expect((await findings()).count).toBe(14);
    await rerunMigration(graph, 'organized-event-dates');
    expect(await stamps()).toEqual({ summaries: 16, wrong: 0 });
    expect(await findings()).toEqual({ count: 0, ids: [] });
    await expectSameAsReference([3]);
  });

  it('reads as many database hits for its first page after 150 more older events of the province', async () => {
    // On the fixture as written, so the first measure is planned on a small graph's statistics.
    await clearGraph(graph);
    await graph.write((tx) => tx.run("CALL db.resampleIndex('organized_summary_from_date')"));
    await writeFixtureGraph(graph.driver, graph.database, GRAPH);
    const params = provinceEventsParams(PROVINCE, true, NO_CURSOR, 5, true);
    const reference = eventsWhereFirstPage({ province: PROVINCE }, { field: 'date', desc: true }, 5);
    // The first measure plans afresh on the small graph, the second reuses that plan on the grown
    // one (profiledRead's note): the bound must not depend on the statistics the plan was made on.
    const hits = async (planAfresh: boolean) => {
      const bounded = await profiledRead(graph, cypher('province-events').text, params, { planAfresh });
      return {
        bounded: bounded.dbHits,
        plan: bounded.plan,
        reference: await profiledDbHits(graph, cypher('events-where').text, reference),
      };
    };
    const before = await hits(true);
    // Older meetings of the same profile (2020, a conference of the Tỉnh ủy): no new tally.
    const older = Array.from({ length: 150 }, (_, i) => ({
      id: `pe-old-${String(i).padStart(3, '0')}`,
      name: `Hội nghị thường kỳ số ${i}`,
      kind: 'conference',
      date: `2020-01-${String(1 + (i % 14)).padStart(2, '0')}`,
    }));
    await writeFixtureGraph(graph.driver, graph.database, {
      events: older,
      claims: older.map((e) => organized('tu', e.id.slice('pe-'.length))),
    });
    const after = await hits(false);
    const first = pageOf(await run('province-events', params));
    expect(first.total).toBe(162);
    expect(first).toEqual(pageOf(await run('events-where', reference)));
    // The reference reads every event of the province (about five hits each); the bounded read
    // only the page, the ties of its last date and the tallies.
    expect(after.reference - before.reference).toBeGreaterThan(450);
    expect(
      after.bounded - before.bounded,
      `before:\n${before.plan}\nafter:\n${after.plan}`,
    ).toBeLessThanOrEqual(10);
  });
});
