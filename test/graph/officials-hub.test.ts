/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// A body's officials are read in order from the (toId, recency) index of HOLDS_SUMMARY (migration
// 110, decision 0037), not sorted from all its pairs: the page, its order and totalCount must be
// those of the claims themselves, through the real ingest path, after an article is replaced and
// after a curator's merge deletes an official. The articles are this file's own (invented people
// of a real provincial committee, dates repeated so pairs tie across page boundaries); the expected
// order is computed here from the HOLDS claims, never from the summaries the query reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities } from '../../ingest/curate/curation.ts';
import { openTestGraph, startTestApi, walkOfficials, type TestApi } from './api-harness.ts';

let graph: Graph;
let api: TestApi;

const PROVINCE = 'Quảng Trị';
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn'];
const official = (n: number) =>
  `${SURNAMES[n % SURNAMES.length]} Văn ${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}`;
// Four dates for 24 articles: many pairs share their newest date.
const DATES = ['2024-03-05', '2023-11-20', '2024-03-05', '2022-06-01'];

/** Article i: two committee members of their own and one of three deputy secretaries. */
function committeeArticle(i: number, date = DATES[i % DATES.length]!): ArticleRecord {
  const [d, m, y] = [Number(date.slice(8)), Number(date.slice(5, 7)), date.slice(0, 4)];
  const title = `Tỉnh ủy ${PROVINCE} họp phiên thường kỳ số ${i + 1}`;
  return {
    id: `hub-${i}`,
    url: `https://hub.kg.invalid/${i}`,
    language: 'vi',
    publishedAt: date,
    title,
    text: [
      title,
      `Ngày ${d}/${m}/${y}, Tỉnh ủy ${PROVINCE} tổ chức hội nghị thường kỳ.`,
      `Đồng chí ${official(2 * i + 3)}, Ủy viên Ban Thường vụ Tỉnh ủy ${PROVINCE}, trình bày báo cáo.`,
      `Đồng chí ${official(2 * i + 4)}, Ủy viên Ban Thường vụ Tỉnh ủy ${PROVINCE}, phát biểu ý kiến.`,
      `Đồng chí ${official(i % 3)}, Phó Bí thư Tỉnh ủy ${PROVINCE}, phát biểu kết luận.`,
    ].join('\n\n'),
  };
}

const ARTICLES = Array.from({ length: 24 }, (_, i) => committeeArticle(i));

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every (person, post) pair of the body from its HOLDS claims, in the API's order. */
async function expectedOfficials(bodyId: string): Promise<string[]> {
  const pairs = await rows(
    `MATCH (:Organization {id: $id})<-[:OF]-(pos:Position)<-[r:HOLDS]-(p:Person)
     RETURN p.id AS person, p.nameKey AS nameKey, pos.id AS post, pos.name AS postName,
            max(coalesce(r.asOf, '')) AS lastSeen`,
    { id: bodyId },
  );
  return pairs
    .sort(
      (a: any, b: any) =>
        cmp(b.lastSeen, a.lastSeen) ||
        cmp(a.postName, b.postName) ||
        cmp(a.nameKey, b.nameKey) ||
        cmp(a.person, b.person),
    )
    .map((r: any) => `${r.person}|${r.post}`);
}

/** The body with the most officials: the hub the articles built. */
async function hubBody(): Promise<string> {
  const [hub] = await rows(
    `MATCH (o:Organization)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-()
     RETURN o.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1`,
  );
  return hub!.id as string;
}

async function expectPagesAsClaims(bodyId: string): Promise<string[]> {
  const expected = await expectedOfficials(bodyId);
  for (const first of [7, 100]) {
    expect(await walkOfficials(api, bodyId, first, expected.length), `first: ${first}`).toEqual(expected);
  }
  return expected;
}

beforeAll(async () => {
  graph = await openTestGraph();
  const summary = await ingestRecords(graph, ARTICLES, { batchSize: 8 });
  expect(summary.written).toBe(ARTICLES.length);
  // These tests check answers, not speed: no start-up planning of every named query (the one shape
  // asked here is planned by its first request) and the answer tests' generous budget
  // (api-harness.ts useSampleApi), so that first request does not time out on a busy machine.
  api = await startTestApi(graph, { queryTimeoutMs: 60_000, warmUp: false });
});

afterAll(async () => {
  await api?.server.close();
  await graph?.close();
});

describe("a hub body's officials, read in index order (decision 0037)", () => {
  let body: string;
  let before: string[];

  it('pages every (person, post) pair once, in the order of the claims, with the right total', async () => {
    body = await hubBody();
    before = await expectPagesAsClaims(body);
    // Two members per article, repeated dates: enough pairs to cross several pages, with ties.
    expect(before.length).toBeGreaterThanOrEqual(40);
  });

  it('moves a pair to the top and drops another when an article is replaced', async () => {
    // Article 1 again (same url), newer and naming someone new instead of its first member.
    const original = committeeArticle(1);
    const replacement: ArticleRecord = {
      ...committeeArticle(1, '2025-01-15'),
      text: committeeArticle(1, '2025-01-15').text.replace(official(5), official(59)),
    };
    expect(original.text).toContain(official(5));
    const result = await ingestRecords(graph, [replacement]);
    expect(result.replaced).toBe(1);
    const after = await expectPagesAsClaims(body);
    const newcomer = (
      await rows(`MATCH (p:Person {name: $name}) RETURN p.id AS id`, { name: official(59) })
    )[0]!.id as string;
    const dropped = (await rows(`MATCH (p:Person {name: $name}) RETURN p.id AS id`, { name: official(5) }))[0]
      ?.id as string | undefined;
    // The replaced article is now the newest: its people lead the page.
    expect(after.slice(0, 3).some((pair) => pair.startsWith(`${newcomer}|`))).toBe(true);
    if (dropped) expect(after.some((pair) => pair.startsWith(`${dropped}|`))).toBe(false);
    expect(after).not.toEqual(before);
    before = after;
  });

  it('gives the merged-away official no pair and the survivor the merged ones after a curation', async () => {
    const [keep, drop] = (
      await rows(`MATCH (p:Person) WHERE p.name IN $names RETURN p.id AS id ORDER BY p.name DESC`, {
        names: [official(7), official(8)],
      })
    ).map((r) => r.id as string) as [string, string];
    expect(keep && drop).toBeTruthy();
    await mergeEntities(graph, keep, drop, { by: 'tester', reason: 'officials hub test' });
    const after = await expectPagesAsClaims(body);
    expect(after.some((pair) => pair.startsWith(`${drop}|`))).toBe(false);
    expect(after.filter((pair) => pair.startsWith(`${keep}|`)).length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
  });
});
