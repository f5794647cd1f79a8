/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Writes over HTTP: only with the bearer token; ingestArticles runs the real pipeline; merge,
// split and undo go through the curators' functions and leave an audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { ingestSamples, openTestGraph, startTestApi, type TestApi } from './api-harness.ts';

const TOKEN = 'test-token-0123456789';
const ARTICLE_URL = 'https://samples.kg.invalid/api-test/mutation-article';
let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await ingestSamples(graph);
  api = await startTestApi(graph, { apiToken: TOKEN, queryTimeoutMs: 60_000 });
});

afterAll(async () => {
  await api?.close();
  if (graph) {
    // What the test article said, and the article itself; the sample entities stay as they were.
    await graph.write((tx) =>
      tx.run(
        `MATCH (a:Article {url: $url})
         OPTIONAL MATCH ()-[r]->() WHERE r.articleId = a.id
         DELETE r
         WITH DISTINCT a DETACH DELETE a`,
        { url: ARTICLE_URL },
      ),
    );
  }
  await graph?.close();
});

const INGEST = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
  articlesRead articlesWritten articlesUnchanged articlesSkipped errors { id message } nodesCreated relationshipsCreated claims } }`;

const ARTICLE = {
  id: 'api-test-1',
  url: ARTICLE_URL,
  language: 'vi',
  publishedAt: '2024-05-20',
  title: 'Tỉnh ủy Đồng Tháp học tập Chỉ thị 05-CT/TW',
  text:
    'Ngày 20/5, Tỉnh ủy Đồng Tháp tổ chức hội nghị tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. ' +
    'Đồng chí Lê Quốc Phong, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Đồng Tháp, chủ trì hội nghị.',
};

describe('authentication', () => {
  it('refuses anonymous and wrong-token writes with UNAUTHENTICATED and 401, writing nothing', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const res = await api.gql(INGEST, { articles: [ARTICLE] }, headers);
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/Authorization: Bearer <KG_API_TOKEN>/);
    }
    const written = await graph.read(async (tx) =>
      (
        await tx.run('MATCH (a:Article {url: $url}) RETURN count(a) AS n', { url: ARTICLE_URL })
      ).records[0]?.get('n'),
    );
    expect(Number(written)).toBe(0);
    expect(await api.healthy()).toBe(true);
  });

  it('switches writes off entirely on a server without a token', async () => {
    const readOnly = await startTestApi(graph, { apiToken: null, warmUp: false });
    try {
      const res = await readOnly.gql(
        `mutation { undoCuration(curationId: "x") { curationId } }`,
        {},
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/started without KG_API_TOKEN/);
    } finally {
      await readOnly.close();
    }
  });
});

describe('ingestArticles', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('validates the batch before writing anything', async () => {
    const res = await api.gql(INGEST, { articles: [{ ...ARTICLE, language: 'fr' }] }, auth);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/language "fr" is not vi or en/);
    const empty = await api.gql(INGEST, { articles: [{ ...ARTICLE, text: '   ' }] }, auth);
    expect(empty.body.errors?.[0]?.message).toMatch(/has an empty text/);
  });

  it('runs the same pipeline as kg ingest: the new statement is served with its evidence, and again is a no-op', async () => {
    const res = await api.gql(INGEST, { articles: [ARTICLE] }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.ingestArticles).toMatchObject({
      articlesRead: 1,
      articlesWritten: 1,
      articlesSkipped: 0,
      errors: [],
    });
    expect(res.body.data?.ingestArticles.claims).toBeGreaterThan(0);

    const data = await api.data(
      `{ document(code: "05-CT/TW") { implementedBy(first: 50) { edges { node { name } lastSeen evidence(first: 50) { article { url } } } } } }`,
    );
    const dongThap = data.document.implementedBy.edges.find((e: any) => e.node.name === 'Tỉnh ủy Đồng Tháp');
    expect(dongThap.lastSeen).toBe('2024-05-20');
    expect(dongThap.evidence.map((e: any) => e.article.url)).toContain(ARTICLE_URL);

    const again = await api.gql(INGEST, { articles: [ARTICLE] }, auth);
    expect(again.body.data?.ingestArticles).toMatchObject({
      articlesWritten: 0,
      articlesUnchanged: 1,
      relationshipsCreated: 0,
    });
  });
});

describe('curation', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('merges the two Vũ Đại Thắng, then undoes the merge; both are audited', async () => {
    const found = await api.data(
      `{ search(query: "vu dai thang", types: [PERSON]) { node { id ... on Person { graphId positions { totalCount } } } } }`,
    );
    const [keep, drop] = found.search.map((h: any) => h.node);
    const before = keep.positions.totalCount + drop.positions.totalCount;

    const merged = await api.gql(
      `mutation($k: ID!, $d: ID!) { mergeEntities(keepId: $k, dropId: $d, reason: "one official who moved", by: "test") {
        curationId action fromId intoId by reason undoneAt into { ... on Person { graphId positions { totalCount } } } } }`,
      { k: keep.id, d: drop.id },
      auth,
    );
    expect(merged.body.errors).toBeUndefined();
    const curation = merged.body.data?.mergeEntities;
    expect(curation).toMatchObject({
      action: 'merge',
      fromId: drop.graphId,
      intoId: keep.graphId,
      by: 'test',
      undoneAt: null,
    });
    expect(curation.into.positions.totalCount).toBe(before);
    expect(
      (await api.data(`query($id: ID!) { person(id: $id) { name } }`, { id: drop.id })).person,
    ).toBeNull();

    const undone = await api.gql(
      `mutation($c: String!) { undoCuration(curationId: $c, by: "test") { curationId undoneAt } }`,
      { c: curation.curationId },
      auth,
    );
    expect(undone.body.data?.undoCuration.undoneAt).toBeTruthy();
    const back = await api.data(`query($id: ID!) { person(id: $id) { positions { totalCount } } }`, {
      id: drop.id,
    });
    expect(back.person.positions.totalCount).toBe(drop.positions.totalCount);
  });

  it('refuses what the curators cannot do, in words', async () => {
    const ids = await api.data(
      `{ p: search(query: "Lê Quốc Phong", types: [PERSON], first: 1) { node { id } } o: search(query: "Tỉnh ủy Đồng Tháp", types: [ORGANIZATION], first: 1) { node { id } } }`,
    );
    const cross = await api.gql(
      `mutation($k: ID!, $d: ID!) { mergeEntities(keepId: $k, dropId: $d) { curationId } }`,
      { k: ids.p[0].node.id, d: ids.o[0].node.id },
      auth,
    );
    expect(cross.body.errors?.[0]?.message).toMatch(/a Organization cannot be merged into a Person/);
    const unknown = await api.gql(
      `mutation { undoCuration(curationId: "curation:nope") { curationId } }`,
      {},
      auth,
    );
    expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(unknown.body.errors?.[0]?.message).toMatch(/no curation with id curation:nope/);
  });
});
