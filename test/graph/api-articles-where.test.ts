/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and profiled plans are JSON checked by assertions */
// articles(where:, orderBy:) (issue 14 item 7, decision 0033) on six articles of our own from three
// sites in two languages, two of which mention one body: the filters by site, language, dates and
// entity mentioned, keyset pages in both orders, the cost guard, and the indexes the reads start on.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/api/cypher.ts';
import { writeFixtureGraph, type FixtureGraph } from './api-fixture.ts';
import { expectStartFromIndex, gid, useSampleApi } from './api-harness.ts';

const article = (
  id: string,
  source: string,
  language: string,
  publishedAt: string | null,
  title: string,
) => ({
  id: `artw-${id}`,
  url: `https://${source}/${id}`,
  source,
  language,
  publishedAt,
  title,
});

const ARTICLES_GRAPH: FixtureGraph = {
  articles: [
    article('1', 'baohagiang.vn', 'vi', '2023-03-06', 'Hội nghị Tỉnh ủy Hà Giang lần thứ mười hai'),
    article('2', 'baohagiang.vn', 'vi', '2023-04-11', 'Hà Giang sơ kết quý I'),
    article('3', 'baohagiang.vn', 'vi', null, 'Bài chưa ghi ngày'),
    article('4', 'baotuyenquang.com.vn', 'vi', '2023-03-21', 'Tuyên Quang họp Ban Chấp hành'),
    article('5', 'vietnamnews.vn', 'en', '2023-04-26', 'Ha Giang reviews the first quarter'),
    article('6', 'vietnamnews.vn', 'en', '2022-12-30', 'Tuyen Quang plans the new year'),
  ],
  organizations: [
    {
      id: 'artw-tu-hg',
      name: 'Tỉnh ủy Hà Giang',
      nameKey: 'tinh uy ha giang',
      aliases: [],
      kind: 'party-committee',
      province: 'Hà Giang',
    },
  ],
  mentions: [
    { article: 'artw-1', entity: 'artw-tu-hg', spans: [0, 16] },
    { article: 'artw-5', entity: 'artw-tu-hg', spans: [0, 8] },
  ],
};

const sample = useSampleApi({
  samples: false,
  seed: (graph) => writeFixtureGraph(graph.driver, graph.database, ARTICLES_GRAPH),
});

const ARTICLES = `query($where: ArticleWhere, $orderBy: ArticleOrder, $first: Int, $after: String) {
  articles(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { title publishedAt source language } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
const titles = (connection: any) => connection.edges.map((e: any) => e.node.title);
const RANGE_2023 = { publishedFrom: '2023-01-01', publishedTo: '2023-12-31' };

describe('articles(where:, orderBy:)', () => {
  it('keeps one site, newest first with the undated last, the site written in any case', async () => {
    const data = await sample.api.data(ARTICLES, { where: { source: 'BaoHaGiang.vn' } });
    expect(titles(data.articles)).toEqual([
      'Hà Giang sơ kết quý I',
      'Hội nghị Tỉnh ủy Hà Giang lần thứ mười hai',
      'Bài chưa ghi ngày',
    ]);
    expect(data.articles.totalCount).toBe(3);
  });

  it('keeps a language within dates, and the articles that mention a body', async () => {
    const english = await sample.api.data(ARTICLES, { where: { language: 'en', ...RANGE_2023 } });
    expect(titles(english.articles)).toEqual(['Ha Giang reviews the first quarter']);
    const mentioning = await sample.api.data(ARTICLES, {
      where: { mentions: gid('Organization', 'artw-tu-hg') },
      orderBy: { field: 'PUBLISHED_AT', direction: 'ASC' },
    });
    expect(titles(mentioning.articles)).toEqual([
      'Hội nghị Tỉnh ủy Hà Giang lần thứ mười hai',
      'Ha Giang reviews the first quarter',
    ]);
  });

  it('pages the articles of 2023 by title with keyset cursors, one a page, none twice', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 6; page++) {
      const data: any = await sample.api.data(ARTICLES, {
        where: RANGE_2023,
        orderBy: { field: 'TITLE', direction: 'ASC' },
        first: 1,
        after,
      });
      seen.push(...titles(data.articles));
      expect(data.articles.pageInfo.hasPreviousPage).toBe(after !== null);
      after = data.articles.pageInfo.endCursor;
      if (!data.articles.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual([
      'Ha Giang reviews the first quarter',
      'Hà Giang sơ kết quý I',
      'Hội nghị Tỉnh ủy Hà Giang lần thứ mười hai',
      'Tuyên Quang họp Ban Chấp hành',
    ]);
  });

  it('refuses a language alone (every article), an unknown language and an id of an article', async () => {
    const costly = await sample.api.gql(ARTICLES, { where: { language: 'vi' } });
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const unknown = await sample.api.gql(ARTICLES, { where: { language: 'fr', source: 'vietnamnews.vn' } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.body.errors?.[0]?.message).toContain('"vi" or "en"');
    const wrongType = await sample.api.gql(ARTICLES, { where: { mentions: gid('Article', 'artw-1') } });
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the indexes articles-where starts from', () => {
  it.each([
    [{ source: 'baohagiang.vn' }, 'Article(source)'],
    [{ dateFrom: '2023-03-01', dateTo: '2023-03-31' }, 'Article(publishedAt)'],
  ])('with %j it seeks %s and scans no label', async (filter, index) => {
    const params = {
      entityId: '',
      source: '',
      language: '',
      dateFrom: '',
      dateTo: '',
      field: 'date',
      desc: true,
      afterKey: '',
      afterName: '',
      afterId: '',
      limit: neo4j.int(20),
      ...filter,
    };
    const summary = await sample.graph.read(
      async (tx) => (await tx.run(`PROFILE ${cypher('articles-where').text}`, params)).summary,
    );
    expectStartFromIndex(summary.profile, index);
  });
});
