/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Writes over HTTP: only with the bearer token; ingestArticles runs the real pipeline; merge,
// split and undo go through the curators' functions and leave an audit trail.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { startTestApi, useSampleApi } from './api-harness.ts';

const TOKEN = 'test-token-0123456789abcdef-0123456789';
const ARTICLE_URL = 'https://samples.kg.invalid/api-test/mutation-article';

/** What the test article said, and the article itself; the sample entities stay as they were. */
async function removeTestArticle(graph: Graph): Promise<void> {
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

const sample = useSampleApi({ apiTokens: [{ name: 'test', token: TOKEN }], cleanup: removeTestArticle });

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
      const res = await sample.api.gql(INGEST, { articles: [ARTICLE] }, headers);
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/Authorization: Bearer <KG_API_TOKEN>/);
    }
    const written = await sample.graph.read(async (tx) =>
      (
        await tx.run('MATCH (a:Article {url: $url}) RETURN count(a) AS n', { url: ARTICLE_URL })
      ).records[0]?.get('n'),
    );
    expect(Number(written)).toBe(0);
    expect(await sample.api.healthy()).toBe(true);
  });

  it('switches writes off entirely on a server without a token', async () => {
    const readOnly = await startTestApi(sample.graph, { apiToken: null, warmUp: false });
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
    const res = await sample.api.gql(INGEST, { articles: [{ ...ARTICLE, language: 'fr' }] }, auth);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/language "fr" is not vi or en/);
    const empty = await sample.api.gql(INGEST, { articles: [{ ...ARTICLE, text: '   ' }] }, auth);
    expect(empty.body.errors?.[0]?.message).toMatch(/has an empty text/);
  });

  it('runs the same pipeline as kg ingest: the new statement is served with its evidence, and again is a no-op', async () => {
    const res = await sample.api.gql(INGEST, { articles: [ARTICLE] }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.ingestArticles).toMatchObject({
      articlesRead: 1,
      articlesWritten: 1,
      articlesSkipped: 0,
      errors: [],
    });
    expect(res.body.data?.ingestArticles.claims).toBeGreaterThan(0);

    const data = await sample.api.data(
      `{ document(code: "05-CT/TW") { implementedBy(first: 50) { edges { node { name } lastSeen evidence(first: 50) { article { url } } } } } }`,
    );
    const dongThap = data.document.implementedBy.edges.find((e: any) => e.node.name === 'Tỉnh ủy Đồng Tháp');
    expect(dongThap.lastSeen).toBe('2024-05-20');
    expect(dongThap.evidence.map((e: any) => e.article.url)).toContain(ARTICLE_URL);

    const again = await sample.api.gql(INGEST, { articles: [ARTICLE] }, auth);
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
    const found = await sample.api.data(
      `{ search(query: "vu dai thang", types: [PERSON]) { node { id ... on Person { graphId positions { totalCount } } } } }`,
    );
    const [keep, drop] = found.search.map((h: any) => h.node);
    const before = keep.positions.totalCount + drop.positions.totalCount;

    const merged = await sample.api.gql(
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
      (await sample.api.data(`query($id: ID!) { person(id: $id) { name } }`, { id: drop.id })).person,
    ).toBeNull();

    const undone = await sample.api.gql(
      `mutation($c: String!) { undoCuration(curationId: $c, by: "test") { curationId undoneAt } }`,
      { c: curation.curationId },
      auth,
    );
    expect(undone.body.data?.undoCuration.undoneAt).toBeTruthy();
    const back = await sample.api.data(`query($id: ID!) { person(id: $id) { positions { totalCount } } }`, {
      id: drop.id,
    });
    expect(back.person.positions.totalCount).toBe(drop.positions.totalCount);
  });

  it('splits what one article said about Lê Quốc Phong off to a new person, then undoes the split', async () => {
    const claims = (field: string) =>
      `${field}(first: 30) { totalCount edges { node { graphId } evidenceCount evidence(first: 20) { article { id graphId url } sentence } } }`;
    const STATE = `query($id: ID!) { person(id: $id) { id graphId name
      mentionedIn(first: 50) { totalCount edges { node { url } } }
      ${claims('positions')} ${claims('chaired')} ${claims('attended')} } }`;
    /** What the API says about a person: the articles that mention it and each claim with its evidence. */
    const stateOf = async (id: string) => {
      const p = (await sample.api.data(STATE, { id })).person;
      if (!p) return null;
      // Within the cost limit the pages are small: check they hold everything there is.
      expect(p.mentionedIn.edges).toHaveLength(p.mentionedIn.totalCount);
      for (const f of ['positions', 'chaired', 'attended']) {
        expect(p[f].edges).toHaveLength(p[f].totalCount);
        for (const e of p[f].edges) expect(e.evidence).toHaveLength(e.evidenceCount);
      }
      const evidence: any[] = ['positions', 'chaired', 'attended'].flatMap((f) =>
        p[f].edges.flatMap((e: any) =>
          e.evidence.map((ev: any) => ({ ...ev, claim: `${f}:${e.node.graphId}` })),
        ),
      );
      return {
        person: p,
        mentions: (p.mentionedIn.edges as any[]).map((e) => e.node.url as string).sort(),
        evidenceUrls: [...new Set(evidence.map((ev) => ev.article.url as string))].sort(),
        claims: evidence.map((ev) => `${ev.claim} ${ev.article.url} ${ev.sentence}`).sort(),
        evidence,
      };
    };

    const found = await sample.api.data(
      `{ search(query: "Lê Quốc Phong", types: [PERSON], first: 1) { node { id ... on Person { name } } } }`,
    );
    expect(found.search[0].node.name).toBe('Lê Quốc Phong');
    const before = (await stateOf(found.search[0].node.id))!;
    // A sample article with a statement about him (not the one ingestArticles added), and others besides.
    const article = before.evidence
      .map((ev) => ev.article)
      .filter((a) => a.url !== ARTICLE_URL)
      .sort((a, b) => a.url.localeCompare(b.url))[0];
    expect(article).toBeDefined();
    expect(before.mentions).toContain(article.url);
    expect(before.mentions.length).toBeGreaterThan(1);

    const split = await sample.api.gql(
      `mutation($id: ID!, $a: [ID!]!) { splitEntities(id: $id, articleIds: $a, reason: "a namesake", by: "test") {
        curationId action fromId intoId articleIds by reason undoneAt moved into { ... on Person { id graphId name } } } }`,
      { id: before.person.id, a: [article.id] },
      auth,
    );
    expect(split.body.errors).toBeUndefined();
    const curation = split.body.data?.splitEntities;
    expect(curation).toMatchObject({
      action: 'split',
      fromId: before.person.graphId,
      articleIds: [article.graphId],
      by: 'test',
      reason: 'a namesake',
      undoneAt: null,
      into: { name: 'Lê Quốc Phong' },
    });
    expect(curation.intoId).toMatch(new RegExp(`^${before.person.graphId}:split-`));
    expect(curation.into.graphId).toBe(curation.intoId);
    expect(curation.moved).toBeGreaterThan(0);

    // The new person holds that article's mention and statements, and nothing else.
    const created = (await stateOf(curation.into.id))!;
    expect(created.mentions).toEqual([article.url]);
    expect(created.evidenceUrls).toEqual([article.url]);
    expect(created.claims).toEqual(before.claims.filter((c) => c.includes(` ${article.url} `)));
    // The old one keeps everything the other articles said, and no longer that article.
    const rest = (await stateOf(before.person.id))!;
    expect(rest.mentions).toEqual(before.mentions.filter((u) => u !== article.url));
    expect(rest.evidenceUrls).not.toContain(article.url);
    expect(rest.claims).toEqual(before.claims.filter((c) => !c.includes(` ${article.url} `)));

    const undone = await sample.api.gql(
      `mutation($c: String!) { undoCuration(curationId: $c, by: "test") { curationId action undoneAt } }`,
      { c: curation.curationId },
      auth,
    );
    expect(undone.body.errors).toBeUndefined();
    expect(undone.body.data?.undoCuration).toMatchObject({
      curationId: curation.curationId,
      action: 'split',
    });
    expect(undone.body.data?.undoCuration.undoneAt).toBeTruthy();
    // The split-off person is gone and the original answers as it did before the split.
    expect(await stateOf(curation.into.id)).toBeNull();
    const restored = (await stateOf(before.person.id))!;
    expect(restored.mentions).toEqual(before.mentions);
    expect(restored.claims).toEqual(before.claims);
    expect(restored.person.mentionedIn.totalCount).toBe(before.person.mentionedIn.totalCount);
  });

  it('refuses what the curators cannot do, in words', async () => {
    const ids = await sample.api.data(
      `{ p: search(query: "Lê Quốc Phong", types: [PERSON], first: 1) { node { id } } o: search(query: "Tỉnh ủy Đồng Tháp", types: [ORGANIZATION], first: 1) { node { id } } }`,
    );
    const cross = await sample.api.gql(
      `mutation($k: ID!, $d: ID!) { mergeEntities(keepId: $k, dropId: $d) { curationId } }`,
      { k: ids.p[0].node.id, d: ids.o[0].node.id },
      auth,
    );
    expect(cross.body.errors?.[0]?.message).toMatch(/a Organization cannot be merged into a Person/);
    const unknown = await sample.api.gql(
      `mutation { undoCuration(curationId: "curation:nope") { curationId } }`,
      {},
      auth,
    );
    expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(unknown.body.errors?.[0]?.message).toMatch(/no curation with id curation:nope/);
  });
});
