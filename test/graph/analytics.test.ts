/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Careers and successions (issue 14) through the real pipeline: articles written here (public facts:
// the National Assembly elected Nguyễn Tấn Dũng Prime Minister on 27 June 2006, relieved him on
// 6 April 2016 and elected Nguyễn Xuân Phúc on 7 April 2016, relieved him on 31 March 2021 and
// elected Phạm Minh Chính on 5 April 2021) are ingested, and the API orders the three holders of
// the post, dates their tenures and says who held it on a date.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { gid, useSampleApi } from './api-harness.ts';

const article = (
  id: string,
  publishedAt: string,
  language: 'vi' | 'en',
  title: string,
  text: string,
): ArticleRecord => ({
  id,
  url: `https://analytics.kg.invalid/${id}`,
  language,
  publishedAt,
  title,
  text: `${title}\n\n${text}`,
});

const ARTICLES = [
  article(
    'pm-2006',
    '2006-06-28',
    'vi',
    'Quốc hội bầu Thủ tướng Chính phủ',
    'Ngày 27/6/2006, Quốc hội khóa XI đã bầu đồng chí Nguyễn Tấn Dũng giữ chức Thủ tướng Chính phủ.',
  ),
  article(
    'pm-2012',
    '2012-05-10',
    'vi',
    'Thủ tướng làm việc với Bộ Y tế',
    'Ngày 10/5/2012, Thủ tướng Chính phủ Nguyễn Tấn Dũng làm việc với Bộ Y tế.',
  ),
  article(
    'pm-2016',
    '2016-04-07',
    'vi',
    'Quốc hội miễn nhiệm và bầu Thủ tướng',
    'Ngày 6/4/2016, Quốc hội miễn nhiệm đồng chí Nguyễn Tấn Dũng thôi giữ chức Thủ tướng Chính phủ. Ngày 7/4/2016, đồng chí Nguyễn Xuân Phúc được bầu giữ chức Thủ tướng Chính phủ.',
  ),
  article(
    'pm-2021a',
    '2021-04-01',
    'vi',
    'Quốc hội miễn nhiệm Thủ tướng Nguyễn Xuân Phúc',
    'Ngày 31/3/2021, Quốc hội biểu quyết miễn nhiệm đồng chí Nguyễn Xuân Phúc thôi giữ chức Thủ tướng Chính phủ.',
  ),
  article(
    'pm-2021b',
    '2021-04-06',
    'en',
    'New Prime Minister',
    'Pham Minh Chinh was elected Prime Minister by the National Assembly on April 5, 2021.',
  ),
  article(
    'pm-2022',
    '2022-09-20',
    'vi',
    'Thủ tướng Phạm Minh Chính thăm nguyên Thủ tướng',
    'Ngày 20/9/2022, Thủ tướng Chính phủ Phạm Minh Chính đến thăm nguyên Thủ tướng Chính phủ Nguyễn Tấn Dũng.',
  ),
];

const sample = useSampleApi({
  samples: false,
  seed: async (graph) => {
    await ingestRecords(graph, ARTICLES, { batchSize: 2 });
  },
});

const TENURE = `person { graphId } position { graphId } start startBound end endBound ended
  events { kind date dateStated evidence { article { graphId } } }`;

const postId = async (): Promise<string> => {
  const data = await sample.api.data<{ positions: { edges: { node: { graphId: string; name: string } }[] } }>(
    `{ positions(role: "Thủ tướng") { edges { node { graphId name } } } }`,
  );
  expect(data.positions.edges.map((e) => e.node.name)).toEqual(['Thủ tướng Chính phủ']);
  return data.positions.edges[0]!.node.graphId;
};

describe('careers and successions', () => {
  it('orders the three Prime Ministers with their stated start and end dates', async () => {
    const id = await postId();
    const data = await sample.api.data(
      `query ($id: ID!) { position(id: $id) { succession(first: 10) { totalCount edges { node { ${TENURE} } } } } }`,
      { id: gid('Position', id) },
    );
    const tenures = data.position.succession.edges.map((e: any) => e.node);
    expect(data.position.succession.totalCount).toBe(3);
    expect(
      tenures.map((t: any) => [t.person.graphId, t.start, t.startBound, t.end, t.endBound, t.ended]),
    ).toEqual([
      ['person:nguyen-tan-dung', '2006-06-27', 'STATED', '2016-04-06', 'STATED', true],
      ['person:nguyen-xuan-phuc', '2016-04-07', 'STATED', '2021-03-31', 'STATED', true],
      // Elected (English article); still in office: the end is the last article seen.
      ['person:pham-minh-chinh', '2021-04-05', 'STATED', '2022-09-20', 'SEEN', false],
    ]);
    // "nguyên Thủ tướng" in 2022 is a departure said again: it does not start a fourth tenure.
    expect(tenures[0].events.map((e: any) => [e.kind, e.date, e.dateStated])).toEqual([
      ['ELECTED', '2006-06-27', true],
      ['LEFT', '2016-04-06', true],
      ['LEFT', '2022-09-20', false],
    ]);
  });

  it('says who held the post on a date, and nobody between a departure and the next election', async () => {
    const id = await postId();
    const on = async (date: string) =>
      (
        await sample.api.data(
          `query ($id: ID!, $date: Date!) { position(id: $id) { holderOn(date: $date) { person { graphId } } } }`,
          {
            id: gid('Position', id),
            date,
          },
        )
      ).position.holderOn?.person.graphId ?? null;
    expect(await on('2010-01-01')).toBe('person:nguyen-tan-dung');
    expect(await on('2016-04-06')).toBe('person:nguyen-tan-dung');
    expect(await on('2016-04-07')).toBe('person:nguyen-xuan-phuc');
    expect(await on('2021-04-02')).toBeNull();
    expect(await on('2024-01-01')).toBe('person:pham-minh-chinh');
    expect(await on('2000-01-01')).toBeNull();
  });

  it("gives a person's career and the body's leaders on a date", async () => {
    const data = await sample.api.data(
      `query ($p: ID!) { person(id: $p) { career { totalCount edges { node { position { name } start end endBound } } } } }`,
      { p: gid('Person', 'person:nguyen-xuan-phuc') },
    );
    expect(data.person.career.edges.map((e: any) => e.node)).toEqual([
      {
        position: { name: 'Thủ tướng Chính phủ' },
        start: '2016-04-07',
        end: '2021-03-31',
        endBound: 'STATED',
      },
    ]);
    const body = await sample.api.data<{
      positions: { edges: { node: { organization: { graphId: string } } }[] };
    }>(`{ positions(role: "Thủ tướng") { edges { node { organization { graphId } } } } }`);
    const orgId = body.positions.edges[0]!.node.organization.graphId;
    const leaders = await sample.api.data(
      `query ($o: ID!) { organization(id: $o) { leadersOn(date: "2018-06-01") { totalCount edges { node { person { graphId } position { role } } } } } }`,
      { o: gid('Organization', orgId) },
    );
    expect(
      leaders.organization.leadersOn.edges.map((e: any) => [e.node.position.role, e.node.person.graphId]),
    ).toEqual([['Thủ tướng', 'person:nguyen-xuan-phuc']]);
  });
});
