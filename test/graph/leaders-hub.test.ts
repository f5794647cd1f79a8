/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// A body's leaders on a date read only the holders who may hold a post on that date (decision
// 0043): everyone with a tenure event on the post, and of those only ever seen holding it, the one
// first seen latest on or before the date (holds_summary_to_first_seen, migration 131). The answer
// must be the one computed from every statement of every holder — read here with a plain query,
// never from the summaries — through the real ingest path, after an article is replaced and after a
// curator's merge deletes a holder; and the database hits must not grow with the post's holders.
// The articles are this file's own: the Prime Ministers' elections and reliefs (public facts, as in
// analytics.test.ts) and invented deputies of the government, one new one per article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities } from '../../ingest/curate/curation.ts';
import { pairsByType, recountClaimSummaries } from '../../ingest/load/claim-summaries.ts';
import { cypher } from '../../src/api/cypher.ts';
import { holderOn, inOrder, tenuresOf, type Statement } from '../../src/analytics/tenures.ts';
import type { PersonNode, PositionNode } from '../../src/api/model.ts';
import { gid, openTestGraph, startTestApi, type TestApi } from './api-harness.ts';

let graph: Graph;
let api: TestApi;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn'];
const deputy = (n: number) =>
  `${SURNAMES[n % SURNAMES.length]} Văn ${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}`;

function article(id: string, publishedAt: string, title: string, text: string): ArticleRecord {
  return {
    id,
    url: `https://leaders.kg.invalid/${id}`,
    language: 'vi',
    publishedAt,
    title,
    text: `${title}\n\n${text}`,
  };
}

/** Deputy article i: a deputy of their own, on a day of their own (2019-01-03 + 40 days × i). */
function deputyArticle(i: number, n = i + 3, shift = 0): ArticleRecord {
  const date = new Date(Date.UTC(2019, 0, 3) + (40 * i + shift) * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8))];
  const title = `Phó Thủ tướng làm việc với Bộ Y tế lần ${i + 1}`;
  return article(
    `deputy-${i}`,
    date,
    title,
    `Ngày ${d}/${m}/${y}, Phó Thủ tướng Chính phủ ${deputy(n)} làm việc với Bộ Y tế.`,
  );
}

const PRIME_MINISTERS = [
  article(
    'pm-2006',
    '2006-06-28',
    'Quốc hội bầu Thủ tướng Chính phủ',
    'Ngày 27/6/2006, Quốc hội khóa XI đã bầu đồng chí Nguyễn Tấn Dũng giữ chức Thủ tướng Chính phủ.',
  ),
  article(
    'pm-2016',
    '2016-04-07',
    'Quốc hội miễn nhiệm và bầu Thủ tướng',
    'Ngày 6/4/2016, Quốc hội miễn nhiệm đồng chí Nguyễn Tấn Dũng thôi giữ chức Thủ tướng Chính phủ. Ngày 7/4/2016, đồng chí Nguyễn Xuân Phúc được bầu giữ chức Thủ tướng Chính phủ.',
  ),
  article(
    'pm-2019',
    '2019-05-10',
    'Thủ tướng làm việc với Bộ Y tế',
    'Ngày 10/5/2019, Thủ tướng Chính phủ Nguyễn Xuân Phúc làm việc với Bộ Y tế.',
  ),
  article(
    'pm-2021',
    '2021-04-01',
    'Quốc hội miễn nhiệm Thủ tướng Nguyễn Xuân Phúc',
    'Ngày 31/3/2021, Quốc hội biểu quyết miễn nhiệm đồng chí Nguyễn Xuân Phúc thôi giữ chức Thủ tướng Chính phủ.',
  ),
];

const ARTICLES = [...PRIME_MINISTERS, ...Array.from({ length: 18 }, (_, i) => deputyArticle(i))];
// Before the first sighting, between sightings, on one, after the last; before and after the reliefs.
const DATES = [
  '2005-01-01',
  '2010-01-01',
  '2016-04-06',
  '2019-06-15',
  '2020-02-12',
  '2021-04-01',
  '2030-01-01',
];

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

/** Every statement of every holder of every post of the body, per role: no summary, no bound. */
const EVERY_STATEMENT = `
  MATCH (:Organization {id: $id})<-[:OF]-(pos:Position)
  WITH pos ORDER BY pos.id
  WITH pos.role AS role, collect(pos) AS posts
  WITH head(posts) AS post, posts
  UNWIND posts AS twin
  MATCH (twin)<-[r:HOLDS|APPOINTED|ELECTED|LEFT]-(p:Person)
  RETURN post {.*} AS post, p {.*} AS person,
         collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart,
                    .start, .end, .asOf, .extractor}) AS statements`;

/** The leaders on each date as computed from every statement: `post|person|start|end`, by post. */
async function expectedLeaders(bodyId: string, date: string, withEvidence = false): Promise<string[]> {
  const byPost = new Map<string, any[]>();
  for (const r of await rows(EVERY_STATEMENT, { id: bodyId })) {
    const post = r.post as PositionNode;
    byPost.set(post.id, [...(byPost.get(post.id) ?? []), r]);
  }
  return [...byPost.values()]
    .map((group) =>
      holderOn(
        inOrder(
          group.flatMap((r) =>
            tenuresOf(
              { __typename: 'Person', ...r.person } as PersonNode,
              { __typename: 'Position', ...r.post } as PositionNode,
              r.statements as Statement[],
            ),
          ),
        ),
        date,
      ),
    )
    .filter((t) => t !== null)
    .map((t) =>
      [
        `${t.position.id}|${t.person.id}|${t.start}|${t.end}`,
        ...(withEvidence
          ? [
              `${t.startBound}|${t.endBound}|${t.ended}|${t.firstSeen}|${t.lastSeen}|${t.evidence.length}`,
              t.evidence
                .slice(0, 100)
                .map((e) => `${e.sentence}@${e.start}@${e.asOf}`)
                .join(';'),
            ]
          : []),
      ].join('|'),
    )
    .sort();
}

async function answeredLeaders(bodyId: string, date: string, withEvidence = false): Promise<string[]> {
  // Evidence in full (up to 100 items): a tenure read from the summary of sightings reads its
  // statements only when asked (decision 0061), and must give them as every statement does.
  const tenureDetail = withEvidence
    ? 'startBound endBound ended firstSeen lastSeen evidenceCount evidence(first: 100) { sentence span { start } asOf }'
    : '';
  const data: any = await api.data(
    `query($id: ID!, $date: Date!) { organization(id: $id) { leadersOn(date: $date, first: 50) {
      totalCount edges { node { person { graphId } position { graphId } start end ${tenureDetail} } } } } }`,
    { id: gid('Organization', bodyId), date },
  );
  const page = data.organization.leadersOn;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges
    .map((e: any) =>
      [
        `${e.node.position.graphId}|${e.node.person.graphId}|${e.node.start}|${e.node.end}`,
        ...(withEvidence
          ? [
              `${e.node.startBound}|${e.node.endBound}|${e.node.ended}|${e.node.firstSeen}|${e.node.lastSeen}|${e.node.evidenceCount}`,
              e.node.evidence.map((v: any) => `${v.sentence}@${v.span.start}@${v.asOf}`).join(';'),
            ]
          : []),
      ].join('|'),
    )
    .sort();
}

async function expectLeadersAsStatements(bodyId: string, dates = DATES): Promise<void> {
  for (const [i, date] of dates.entries()) {
    // Bounds and evidence on two of the dates: the answers' shape is the same on every date.
    const withEvidence = i % 3 === 0;
    expect(await answeredLeaders(bodyId, date, withEvidence), date).toEqual(
      await expectedLeaders(bodyId, date, withEvidence),
    );
  }
}

/** The body whose posts have the most holders: the government the articles built. */
async function hubBody(): Promise<{ body: string; post: string; holders: number }> {
  const [hub] = await rows(
    `MATCH (o:Organization)<-[:OF]-(pos:Position)<-[:HOLDS_SUMMARY]-()
     RETURN o.id AS body, pos.id AS post, count(*) AS holders ORDER BY holders DESC, post LIMIT 1`,
  );
  return { body: hub!.body as string, post: hub!.post as string, holders: Number(hub!.holders) };
}

beforeAll(async () => {
  graph = await openTestGraph();
  const summary = await ingestRecords(graph, ARTICLES, { batchSize: 11 });
  expect(summary.written).toBe(ARTICLES.length);
  api = await startTestApi(graph, { queryTimeoutMs: 60_000, warmUp: false });
});

afterAll(async () => {
  await api?.server.close();
  await graph?.close();
});

describe("a body's leaders on a date, read from the holders who may hold each post (decision 0043)", () => {
  let hub: { body: string; post: string; holders: number };

  it('answers as every statement of every holder says, on dates before, between and after them', async () => {
    hub = await hubBody();
    // One deputy per article: a post of many holders, beside the Prime Minister's events.
    expect(hub.holders).toBeGreaterThanOrEqual(15);
    await expectLeadersAsStatements(hub.body);
    const [, deputyOn2020] = (await answeredLeaders(hub.body, '2020-02-12'))
      .find((l) => l.startsWith(`${hub.post}|`))!
      .split('|');
    expect(deputyOn2020).toBeTruthy();
  });

  it(
    'follows a replaced article and a curator merging away the latest holder',
    { timeout: 120_000 },
    async () => {
      // The newest deputy article again (same url), a week later, naming someone else.
      const replaced = await ingestRecords(graph, [deputyArticle(17, 40, 7)]);
      expect(replaced.replaced).toBe(1);
      // The dates the two writes can change: the deputies' years and after.
      const changed = ['2020-02-12', '2021-04-01', '2030-01-01'];
      await expectLeadersAsStatements(hub.body, changed);
      const [latest] = await rows(
        `MATCH (p:Person)-[s:HOLDS_SUMMARY]->(:Position {id: $post})
       RETURN p.id AS id ORDER BY s.firstSeen DESC LIMIT 1`,
        { post: hub.post },
      );
      const [older] = await rows(
        `MATCH (p:Person)-[s:HOLDS_SUMMARY]->(:Position {id: $post})
       RETURN p.id AS id ORDER BY s.firstSeen LIMIT 1`,
        { post: hub.post },
      );
      await mergeEntities(graph, older!.id as string, latest!.id as string, {
        by: 'tester',
        reason: 'leaders hub test',
      });
      await expectLeadersAsStatements(hub.body, changed);
      expect((await answeredLeaders(hub.body, '2030-01-01')).join()).not.toContain(latest!.id as string);
    },
  );

  it('reads as many database hits with 500 more holders of the post and 500 more sightings of its holder, where every statement grows', async () => {
    const profiled = async (text: string, params: Record<string, unknown>) => {
      await graph.write((tx) => tx.run('CALL db.clearQueryCaches()'));
      return graph.read(async (tx) => {
        const result = await tx.run(`PROFILE ${text}`, params);
        const hits = (plan: any): number =>
          plan.dbHits + plan.children.reduce((n: number, c: any) => n + hits(c), 0);
        return hits(result.summary.profile);
      });
    };
    const leaders = (date: string) =>
      profiled(cypher('organization-leaders').text, { ids: [hub.body], date });
    const everything = () => profiled(EVERY_STATEMENT, { id: hub.body });
    const before = { leaders: await leaders('2020-02-12'), everything: await everything() };
    const [leaderOn2020] = (await answeredLeaders(hub.body, '2020-02-12'))
      .find((l) => l.startsWith(`${hub.post}|`))!
      .split('|')
      .slice(1);
    // 500 holders seen once each, in 2018 (before the leader of 2020), written as claims and
    // summarised by the loader's own recount.
    const people = Array.from({ length: 500 }, (_, i) => ({
      id: `person:leaders-bulk-${i}`,
      asOf: new Date(Date.UTC(2018, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10),
    }));
    await graph.write(async (tx) => {
      await tx.run(
        `MATCH (pos:Position {id: $post})
         UNWIND $people AS row
         CREATE (p:Person:Entity {id: row.id, name: row.id, nameKey: row.id})
         CREATE (p)-[:HOLDS {key: row.id, articleId: 'article:bulk', asOf: row.asOf, sentence: 'x',
                             sentenceIndex: 0, sentenceStart: 0, start: 0, end: 1}]->(pos)`,
        { post: hub.post, people },
      );
      // The holder of 2020 seen 500 more times (decision 0061): their sightings, not the post's
      // holders, grew the read before — every one was read to build the tenure.
      await tx.run(
        `MATCH (leader:Person {id: $leader}), (pos:Position {id: $post})
         UNWIND range(0, 499) AS i
         CREATE (leader)-[:HOLDS {key: 'leaders-bulk-sighting-' + i, articleId: 'article:bulk-sightings',
                                  asOf: $asOf, sentence: 'y', sentenceIndex: i, sentenceStart: 0,
                                  start: i, end: i + 1}]->(pos)`,
        { leader: leaderOn2020, post: hub.post, asOf: '2020-02-01' },
      );
      await recountClaimSummaries(
        tx,
        pairsByType([
          ...people.map((p) => ({ type: 'HOLDS', fromId: p.id, toId: hub.post })),
          { type: 'HOLDS', fromId: leaderOn2020!, toId: hub.post },
        ]),
      );
    });
    const after = { leaders: await leaders('2020-02-12'), everything: await everything() };
    await expectLeadersAsStatements(hub.body, ['2020-02-12']);
    expect(after.leaders - before.leaders).toBeLessThanOrEqual(20);
    expect(after.everything - before.everything).toBeGreaterThan(500);
    await graph.write((tx) =>
      tx.run(`MATCH (p:Person) WHERE p.id STARTS WITH 'person:leaders-bulk-' DETACH DELETE p`),
    );
    await graph.write((tx) =>
      tx.run(`MATCH ()-[r:HOLDS]->() WHERE r.key STARTS WITH 'leaders-bulk-sighting-' DELETE r`),
    );
  });
});
