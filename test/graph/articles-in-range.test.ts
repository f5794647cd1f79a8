/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// The articles of a date range (decision 0043): read in the order of the article_published_at index
// and stopped at the page, counted from the ArticleDay tallies the loader keeps. The page, its order
// and totalCount must be those of the articles themselves — computed here from the records this file
// ingests, never from the tallies — through the real ingest path, after an article is replaced with
// another date, and they must equal what articles-where.cypher (the sorted read, still used when a
// language is given) answers. The database hits must not grow with the articles of the range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { retallyArticleDays } from '../../ingest/load/article-days.ts';
import { articleIdOf } from '../../ingest/resolve/resolve-article.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import { articlesInRangeParams } from '../../src/api/resolvers/dashboards.ts';
import { checkIntegrity } from '../../src/check/integrity.ts';
import { openTestGraph, startTestApi, type TestApi } from './api-harness.ts';
import { profiledRead } from '../support/graph.ts';

let graph: Graph;
let api: TestApi;

const PROVINCES = ['Quảng Bình', 'Hà Tĩnh', 'Nghệ An', 'Quảng Trị', 'Thừa Thiên Huế'];
// Five dates in 2024 and one either side: ties of one date across page boundaries, titles repeated.
const DATES = [
  '2024-03-05',
  '2024-11-20',
  '2024-03-05',
  '2024-06-01',
  '2023-12-31',
  '2025-01-01',
  '2024-01-01',
];

function record(i: number, date = DATES[i % DATES.length]!): ArticleRecord {
  const province = PROVINCES[i % PROVINCES.length]!;
  const title = `Tỉnh ủy ${province} họp phiên thường kỳ`;
  return {
    id: `range-${i}`,
    url: `https://range.kg.invalid/${i}`,
    language: 'vi',
    publishedAt: date,
    title,
    text: `${title}\n\nTỉnh ủy ${province} tổ chức hội nghị thường kỳ lần thứ ${i + 1}.`,
  };
}

let records = Array.from({ length: 28 }, (_, i) => record(i));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ids of the records published in [from, to], in the API's order for the direction. */
function expectedIds(from: string, to: string, desc: boolean): string[] {
  return records
    .filter((r) => r.publishedAt !== null && r.publishedAt >= from && r.publishedAt <= to)
    .sort(
      (a, b) =>
        (desc ? cmp(b.publishedAt!, a.publishedAt!) : cmp(a.publishedAt!, b.publishedAt!)) ||
        cmp(a.title ?? '', b.title ?? '') ||
        cmp(articleIdOf(a), articleIdOf(b)),
    )
    .map((r) => r.id);
}

/** Walks the list page by page (`first` each), checking totalCount on each; the records' ids in order. */
async function walk(where: Record<string, string>, direction: string, first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const data: any = await api.data(
      `query($where: ArticleWhere, $order: ArticleOrder, $first: Int, $after: String) {
        articles(where: $where, orderBy: $order, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { url publishedAt } } } }`,
      { where, order: { field: 'PUBLISHED_AT', direction }, first, after },
    );
    const page = data.articles;
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    seen.push(...page.edges.map((e: any) => `range-${e.node.url.split('/').at(-1)}`));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(total).toBe(seen.length);
  return seen;
}

async function expectRangeAsRecords(): Promise<void> {
  for (const [from, to] of [
    ['2024-01-01', '2024-12-31'],
    ['2023-06-01', '2024-06-01'],
    ['2024-06-01', '2025-06-30'],
  ] as const) {
    // Both ends given: the cost guard prices a range by its months and refuses an open one.
    const where = { publishedFrom: from, publishedTo: to };
    for (const direction of ['DESC', 'ASC']) {
      const expected = expectedIds(from, to, direction === 'DESC');
      expect(expected.length).toBeGreaterThan(4);
      const label = `${from}..${to} ${direction}`;
      expect(await walk(where, direction, 4), label).toEqual(expected);
      // The sorted read (a language filter takes it): the same answer.
      expect(await walk({ ...where, language: 'vi' }, direction, 50), `${label} sorted`).toEqual(expected);
    }
  }
}

async function articleDaysFindings(): Promise<number> {
  const reader = new GraphReader(graph, 60_000);
  const report = await checkIntegrity((name, params) => reader.rows(cypher(name), params), 5);
  return report.invariants.find((i) => i.name === 'article-days')!.count;
}

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

beforeAll(async () => {
  graph = await openTestGraph();
  const summary = await ingestRecords(graph, records, { batchSize: 10 });
  expect(summary.written).toBe(records.length);
  api = await startTestApi(graph, { queryTimeoutMs: 60_000, warmUp: false });
});

afterAll(async () => {
  await api?.server.close();
  await graph?.close();
});

describe('the articles of a date range, read in index order and counted from day tallies (decision 0043)', () => {
  it('pages every article of the range once, in order, with the total of the range', async () => {
    await expectRangeAsRecords();
    expect(await articleDaysFindings()).toBe(0);
  });

  it('moves a replaced article to its new day and drops a day left empty', async () => {
    // The only article of 2025-01-01 is moved into 2024; another of 2024 leaves the year.
    const moved = records.findIndex((r) => r.publishedAt === '2025-01-01');
    const leaving = records.findIndex((r) => r.publishedAt === '2024-11-20');
    const onlyOne = records.filter((r) => r.publishedAt === '2025-01-01').length === 1;
    const replacements = [
      { ...record(moved, '2024-08-15'), text: `${record(moved).text} Bản cập nhật.` },
      { ...record(leaving, '2022-02-02'), text: `${record(leaving).text} Bản cập nhật.` },
    ];
    const result = await ingestRecords(graph, replacements);
    expect(result.replaced).toBe(2);
    records = records.map((r, i) => (i === moved ? replacements[0]! : i === leaving ? replacements[1]! : r));
    await expectRangeAsRecords();
    const days = (await rows('MATCH (d:ArticleDay) RETURN d.id AS day ORDER BY day')).map((r) => r.day);
    expect(days).toContain('2024-08-15');
    expect(days).toContain('2022-02-02');
    if (onlyOne) expect(days).not.toContain('2025-01-01');
    expect(await articleDaysFindings()).toBe(0);
    // Re-ingesting the same versions changes no tally.
    const again = await ingestRecords(graph, replacements);
    expect(again.unchanged).toBe(replacements.length);
    expect(await articleDaysFindings()).toBe(0);
  });

  it('finds a day link edited by hand', async () => {
    const id = articleIdOf(records[1]!);
    await graph.write((tx) => tx.run(`MATCH (:Article {id: $id})-[l:PUBLISHED_ON]->() DELETE l`, { id }));
    expect(await articleDaysFindings()).toBe(1);
    await graph.write((tx) => retallyArticleDays(tx, [id]));
    expect(await articleDaysFindings()).toBe(0);
  });

  it('reads as many database hits for a year of 1,000 more articles, where the sorted read grows', async () => {
    const params = {
      inRange: articlesInRangeParams(
        { dateFrom: '2024-01-01', dateTo: '2024-12-31' },
        true,
        { afterKey: '', afterName: '', afterId: '' },
        5,
        true,
      ),
      sorted: {
        entityId: '',
        source: '',
        language: '',
        dateFrom: '2024-01-01',
        dateTo: '2024-12-31',
        field: 'date',
        desc: true,
        afterKey: '',
        afterName: '',
        afterId: '',
        limit: neo4j.int(5),
      },
    };
    // The first profiles plan afresh on the small graph's statistics, sampled while it is small; the
    // bounded read's second profile reuses that plan after the growth, as a server keeps a plan in its
    // cache while the graph grows (the class of province-events.test.ts's fault: an ordered read planned
    // as a whole-index scan under the limit, cached).
    await graph.write((tx) => tx.run("CALL db.resampleIndex('article_published_at')"));
    const profiled = async (
      name: 'articles-in-range' | 'articles-where',
      p: Record<string, unknown>,
      planAfresh = true,
    ) => {
      const { dbHits, plan, records } = await profiledRead(graph, cypher(name).text, p, { planAfresh });
      const row = records[0]!;
      return { hits: dbHits, plan, total: Number(row.get('total')), page: row.get('page') };
    };
    const before = await profiled('articles-in-range', params.inRange);
    const sortedBefore = await profiled('articles-where', params.sorted);
    expect(before.page).toEqual(sortedBefore.page);
    expect(before.total).toBe(sortedBefore.total);
    // 1,000 more articles of 2024, older than the page of the five newest (a page reads its last
    // day's articles whole: ties are ordered by title), written and linked to their days as the
    // loader links them.
    const ids = Array.from({ length: 1000 }, (_, i) => `article:range-bulk-${i}`);
    await graph.write(async (tx) => {
      await tx.run(
        `UNWIND range(0, size($ids) - 1) AS i
         CREATE (:Article {id: $ids[i], title: 'Bản tin ' + toString(i), language: 'vi',
                           publishedAt: $days[i % size($days)]})`,
        { ids, days: ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'] },
      );
      await retallyArticleDays(tx, ids);
    });
    const after = await profiled('articles-in-range', params.inRange, false);
    const sortedAfter = await profiled('articles-where', params.sorted);
    expect(after.total).toBe(before.total + 1000);
    expect(after.page).toEqual(sortedAfter.page);
    expect(after.total).toBe(sortedAfter.total);
    // Flat: the same page, four more days; the sorted read touches every new article.
    expect(after.hits - before.hits, `before:\n${before.plan}\nafter:\n${after.plan}`).toBeLessThanOrEqual(
      20,
    );
    expect(sortedAfter.hits - sortedBefore.hits).toBeGreaterThan(1000);
    await graph.write((tx) => tx.run(`MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a`, { ids }));
  });
});
