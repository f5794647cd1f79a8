// Ingest against the real Neo4j: resolution across articles, idempotency, replacement of a
// changed article, and evidence on every claim. The articles are written here in plain sentences
// (and the bundled samples are used), so that the assertions hold while extraction is tuned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords, runIngest } from '../../ingest/run.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { nameKey } from '../../ingest/text/normalise.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
});
afterAll(async () => {
  await graph?.close();
});

const article = (id: string, publishedAt: string, title: string, ...paragraphs: string[]): ArticleRecord => ({
  id,
  url: `https://tests.kg.invalid/${id}`,
  language: 'vi',
  publishedAt,
  title,
  text: [title, ...paragraphs].join('\n\n'),
});

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

const BAC_NINH = [
  article(
    't-bn-1',
    '2023-03-05',
    'Tỉnh ủy Bắc Ninh tổ chức Hội nghị quán triệt Chỉ thị 05-CT/TW',
    'Ngày 5/3/2023, Ban Thường vụ Tỉnh ủy Bắc Ninh tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
    'Đồng chí Trần Văn Khải, Bí thư Tỉnh ủy Bắc Ninh, chủ trì Hội nghị.',
  ),
  article(
    't-bn-2',
    '2023-04-12',
    'BTV Tỉnh ủy Bắc Ninh họp định kỳ',
    'Ngày 12/4/2023, BTV Tỉnh ủy Bắc Ninh tổ chức Hội nghị định kỳ tháng 4.',
    'Đồng chí Trần Văn Khải, Bí thư Tỉnh ủy, chủ trì Hội nghị.',
  ),
];
const NAMESAKE_ELSEWHERE = article(
  't-cb-1',
  '2023-05-20',
  'Tỉnh ủy Cao Bằng tổng kết công tác kiểm tra',
  'Ngày 20/5/2023, Tỉnh ủy Cao Bằng tổ chức Hội nghị tổng kết công tác kiểm tra.',
  'Đồng chí Trần Văn Khải, Phó Chủ tịch UBND tỉnh Cao Bằng, dự Hội nghị.',
);
const MINISTRY = [
  article(
    't-gd-1',
    '2022-12-27',
    'Đảng ủy Bộ Giáo dục và Đào tạo tổng kết năm 2022',
    'Ngày 27/12/2022, Đảng ủy Bộ Giáo dục và Đào tạo tổ chức Hội nghị tổng kết công tác Đảng năm 2022.',
  ),
  article(
    't-gd-2',
    '2023-03-14',
    'Đảng uỷ Bộ GDĐT quán triệt Quy định 37-QĐ/TW',
    'Ngày 14/3/2023, Đảng uỷ Bộ GDĐT tổ chức Hội nghị quán triệt Quy định số 37-QĐ/TW.',
  ),
];

describe('resolution across articles', () => {
  beforeAll(async () => {
    await ingestRecords(graph, [...BAC_NINH, NAMESAKE_ELSEWHERE, ...MINISTRY], { batchSize: 2 });
  });

  it('one person mentioned in two articles of one province is one node with both mentions', async () => {
    const people = await rows(
      `MATCH (p:Person) WHERE p.nameKey = $key
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
       RETURN p.id AS id, collect(a.recordId) AS articles ORDER BY id`,
      { key: nameKey('Trần Văn Khải') },
    );
    const bacNinh = people.find((p) => (p.articles as string[]).includes('t-bn-1'));
    expect(bacNinh?.articles).toEqual(expect.arrayContaining(['t-bn-1', 't-bn-2']));
  });

  it('the same name with a post in another province stays apart, recorded as possibly the same', async () => {
    const people = await rows('MATCH (p:Person) WHERE p.nameKey = $key RETURN p.id AS id', {
      key: nameKey('Trần Văn Khải'),
    });
    expect(people).toHaveLength(2);
    const pairs = await rows(
      'MATCH (a:Person)-[:POSSIBLY_SAME_AS]->(b:Person) WHERE a.nameKey = $key RETURN a.id AS a, b.id AS b',
      {
        key: nameKey('Trần Văn Khải'),
      },
    );
    expect(pairs).toHaveLength(1);
  });

  it('a body under its abbreviation and its full name is one node', async () => {
    const standing = await rows(
      `MATCH (a:Article)-[:MENTIONS]->(o:Organization) WHERE a.recordId IN ['t-bn-1', 't-bn-2'] AND o.name STARTS WITH 'Ban Thường vụ'
       RETURN o.id AS id, collect(DISTINCT a.recordId) AS articles`,
    );
    expect(standing).toEqual([
      { id: 'org:ban-thuong-vu-tinh-uy-bac-ninh', articles: expect.arrayContaining(['t-bn-1', 't-bn-2']) },
    ]);
    const ministry = await rows(
      `MATCH (a:Article)-[:MENTIONS]->(o:Organization {id: 'org:dang-uy-bo-giao-duc-va-dao-tao'}) RETURN collect(a.recordId) AS articles`,
    );
    expect(ministry[0]!.articles).toEqual(expect.arrayContaining(['t-gd-1', 't-gd-2']));
  });

  it('a body named without its province is placed in the article province', async () => {
    const found = await rows(
      `MATCH (:Article {recordId: 't-bn-2'})-[:MENTIONS]->(o:Organization {id: 'org:tinh-uy-bac-ninh'}) RETURN o.aliases AS aliases`,
    );
    expect(found).toHaveLength(1);
  });
});

describe('the bundled samples', () => {
  beforeAll(async () => {
    await clearGraph(graph);
    await runIngest(graph, ['samples/articles']);
  });

  it('an English article meets the Vietnamese person and body through folded names and the bilingual lexicon', async () => {
    const pm = await rows(
      `MATCH (a:Article)-[:MENTIONS]->(p:Person {id: 'person:pham-minh-chinh'}) RETURN p.name AS name, collect(a.language) AS languages`,
    );
    expect(pm[0]!.name).toBe('Phạm Minh Chính');
    expect(pm[0]!.languages).toEqual(expect.arrayContaining(['vi', 'en']));
  });

  it('every claim has evidence whose sentence names its person, body, document or post', async () => {
    const claims = await rows(
      `MATCH (f)-[r]->(t) WHERE r.key IS NOT NULL
       RETURN type(r) AS type, r.sentence AS sentence, r.start AS start, r.end AS end,
              EXISTS { MATCH (:Article {id: r.articleId})-[:MENTIONS]->(f) } AS subjectInArticle,
              [x IN [f, t] | {labels: labels(x), names: [x.name, x.code, x.role] + coalesce(x.aliases, [])}] AS ends`,
    );
    expect(claims.length).toBeGreaterThan(20);
    for (const c of claims) {
      const sentence = nameKey(c.sentence as string);
      expect(c.start as number).toBeLessThan(c.end as number);
      for (const [i, end] of (c.ends as { labels: string[]; names: (string | null)[] }[]).entries()) {
        // An event is the meeting the article reports; the sentence says "chủ trì Hội nghị", not its title.
        if (end.labels.includes('Event')) continue;
        // An implementing sentence that leaves its subject unstated ("asked the province to keep
        // implementing …", decision 0020) is the article's body: named elsewhere in that article.
        if (i === 0 && c.type === 'IMPLEMENTS' && c.subjectInArticle) continue;
        const forms = end.names.filter((n): n is string => Boolean(n)).map(nameKey);
        // A body may be written short in the sentence ("Tỉnh ủy" for "Tỉnh ủy Đồng Tháp"): its alias is then listed.
        expect(
          forms.some((f) => sentence.includes(f)),
          `${c.type}: "${c.sentence}" names none of ${forms.join(' | ')}`,
        ).toBe(true);
      }
    }
  });
});

describe('idempotency', () => {
  it('ingesting the same input twice leaves the graph identical and writes nothing the second time', async () => {
    await clearGraph(graph);
    const first = await runIngest(graph, ['samples/articles'], { batchSize: 5 });
    const before = await dumpGraph(graph);
    const second = await runIngest(graph, ['samples/articles'], { batchSize: 3 });
    expect(await dumpGraph(graph)).toEqual(before);
    expect(first.written).toBe(12);
    expect(second).toMatchObject({ written: 0, unchanged: 12, nodesCreated: 0, relationshipsCreated: 0 });
  });

  it('a changed article replaces its own claims and nothing else', async () => {
    await clearGraph(graph);
    const v1 = article(
      't-ch-1',
      '2023-06-01',
      'Tỉnh ủy Hà Nam tổ chức Hội nghị',
      'Ngày 1/6/2023, Tỉnh ủy Hà Nam tổ chức Hội nghị sơ kết.',
      'Đồng chí Lê Văn Toản, Bí thư Tỉnh ủy Hà Nam, chủ trì Hội nghị.',
    );
    const other = article(
      't-ch-2',
      '2023-06-02',
      'Tỉnh ủy Hà Nam họp định kỳ',
      'Ngày 2/6/2023, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức Hội nghị định kỳ.',
      'Đồng chí Lê Văn Toản, Bí thư Tỉnh ủy Hà Nam, chủ trì Hội nghị.',
    );
    const v2: ArticleRecord = {
      ...v1,
      text: v1.text.replace('Lê Văn Toản, Bí thư Tỉnh ủy Hà Nam', 'Đỗ Minh Quang, Phó Bí thư Tỉnh ủy Hà Nam'),
    };
    // The graph a clean ingest of the new version gives: what the replacement must end in.
    await ingestRecords(graph, [v2, other]);
    const clean = await dumpGraph(graph);
    await clearGraph(graph);

    await ingestRecords(graph, [v1, other]);
    const otherClaims = await rows(`MATCH ()-[r {articleId: $id}]->() RETURN r.key AS key ORDER BY key`, {
      id: (await rows(`MATCH (a:Article {recordId: 't-ch-2'}) RETURN a.id AS id`))[0]!.id,
    });
    const summary = await ingestRecords(graph, [v2]);
    expect(summary).toMatchObject({ replaced: 1, created: 0 });
    const people = await rows(
      `MATCH (:Article {recordId: 't-ch-1'})-[:MENTIONS]->(p:Person) RETURN p.name AS name ORDER BY name`,
    );
    expect(people.map((p) => p.name)).toEqual(['Đỗ Minh Quang']);
    const stillThere = await rows(`MATCH ()-[r {articleId: $id}]->() RETURN r.key AS key ORDER BY key`, {
      id: (await rows(`MATCH (a:Article {recordId: 't-ch-2'}) RETURN a.id AS id`))[0]!.id,
    });
    expect(stillThere).toEqual(otherClaims);
    // Article order differs (v2 was first in the clean run), so compare as sets of lines.
    expect(new Set(await dumpGraph(graph))).toEqual(new Set(clean));
  });
});
