// Namesakes and careers against the real Neo4j: people of one name with posts that one person
// cannot hold at the same time stay apart (and are flagged), a career the articles link stays one
// person, and bodies named only by their kind never join across articles. The articles are written
// here; the officials of the namesake pairs are invented (so that no real person is said to be two),
// the career of Đỗ Thanh Bình (Bí thư Tỉnh ủy Kiên Giang, then Bộ trưởng Bộ Nội vụ) is public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;

const article = (
  id: string,
  publishedAt: string,
  title: string,
  text: string,
  language: 'vi' | 'en' = 'vi',
): ArticleRecord => ({
  id,
  url: `https://namesakes.kg.invalid/${id}`,
  language,
  publishedAt,
  title,
  text: `${title}\n\n${text}`,
});

const ARTICLES = [
  // A minister and a serving police general of one name, in the same year.
  article(
    'ns-yt',
    '2023-03-10',
    'Bộ Y tế tổng kết công tác phòng, chống dịch',
    'Ngày 10/3/2023, Bộ Y tế tổ chức Hội nghị tổng kết công tác phòng, chống dịch. Đồng chí Lê Minh Tâm, Bộ trưởng Bộ Y tế, chủ trì Hội nghị.',
  ),
  article(
    'ns-ca',
    '2023-06-02',
    'Bộ Công an sơ kết công tác 6 tháng',
    'Ngày 2/6/2023, Bộ Công an tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. Trung tướng Lê Minh Tâm, Thứ trưởng Bộ Công an, chủ trì Hội nghị.',
  ),
  // A provincial chairman and a city chairman in another province, in the same term.
  article(
    'ns-na',
    '2021-09-14',
    'UBND tỉnh Nghệ An họp phiên thường kỳ tháng 9',
    'Ngày 14/9/2021, UBND tỉnh Nghệ An họp phiên thường kỳ tháng 9. Đồng chí Phạm Văn Long, Chủ tịch UBND tỉnh Nghệ An, chủ trì phiên họp.',
  ),
  article(
    'ns-bl',
    '2022-03-08',
    'Thành phố Bảo Lộc, tỉnh Lâm Đồng triển khai nhiệm vụ năm 2022',
    'Ngày 8/3/2022, UBND thành phố Bảo Lộc, tỉnh Lâm Đồng tổ chức Hội nghị triển khai nhiệm vụ năm 2022. Đồng chí Phạm Văn Long, Chủ tịch UBND thành phố Bảo Lộc, chủ trì Hội nghị.',
  ),
  // One official whose career the articles link: a province, then a ministry; in both languages.
  article(
    'ns-kg',
    '2020-10-16',
    'Tỉnh ủy Kiên Giang tổ chức Hội nghị quán triệt Chỉ thị 05-CT/TW',
    'Ngày 16/10/2020, Ban Thường vụ Tỉnh ủy Kiên Giang tổ chức Hội nghị quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị. Đồng chí Đỗ Thanh Bình, Bí thư Tỉnh ủy Kiên Giang, chủ trì Hội nghị.',
  ),
  article(
    'ns-nv1',
    '2025-06-20',
    'Bộ Nội vụ tổ chức Hội nghị triển khai nhiệm vụ',
    'Ngày 20/6/2025, Bộ Nội vụ tổ chức Hội nghị triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đỗ Thanh Bình, nguyên Bí thư Tỉnh ủy Kiên Giang, Bộ trưởng Bộ Nội vụ, chủ trì Hội nghị.',
  ),
  article(
    'ns-nv2',
    '2025-07-15',
    'Minister of Home Affairs Do Thanh Binh chairs a conference',
    'On July 15, 2025, the Ministry of Home Affairs held a conference on the two-level local government. Minister of Home Affairs Do Thanh Binh chaired the conference.',
    'en',
  ),
  // Bodies named only by their kind, in two provinces' articles: never one node.
  article(
    'ns-bt1',
    '2023-04-05',
    'Tỉnh ủy Bình Thuận họp Ban Thường vụ',
    'Ngày 5/4/2023, Ban Thường vụ Tỉnh ủy Bình Thuận họp định kỳ. Đảng ủy Khối các cơ quan tỉnh báo cáo kết quả thực hiện Chỉ thị 05-CT/TW.',
  ),
  article(
    'ns-cm1',
    '2023-04-06',
    'Tỉnh ủy Cà Mau họp Ban Thường vụ',
    'Ngày 6/4/2023, Ban Thường vụ Tỉnh ủy Cà Mau họp định kỳ. Đảng ủy Khối các cơ quan tỉnh báo cáo kết quả thực hiện Chỉ thị 05-CT/TW.',
  ),
];

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

/** The person each article's mention of `nameKey` landed on, by article record id. */
async function personByArticle(nameKey: string): Promise<Record<string, string>> {
  const found = await rows(
    `MATCH (a:Article)-[:MENTIONS]->(p:Person {nameKey: $nameKey}) RETURN a.recordId AS article, p.id AS person`,
    { nameKey },
  );
  return Object.fromEntries(found.map((r) => [r.article as string, r.person as string]));
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await ingestRecords(graph, ARTICLES, { batchSize: 3 });
});
afterAll(async () => {
  await graph?.close();
});

describe('namesakes and careers', () => {
  it('keeps a minister and a police general of one name apart, and flags them', async () => {
    const byArticle = await personByArticle('le minh tam');
    expect(byArticle['ns-yt']).toBeDefined();
    expect(byArticle['ns-ca']).toBeDefined();
    expect(byArticle['ns-yt']).not.toBe(byArticle['ns-ca']);
    const flagged = await rows(
      `MATCH (a:Person {id: $a})-[:POSSIBLY_SAME_AS]-(b:Person {id: $b}) RETURN count(*) AS n`,
      { a: byArticle['ns-yt'], b: byArticle['ns-ca'] },
    );
    expect(Number(flagged[0]!.n)).toBe(1);
  });

  it('keeps a provincial chairman and a city chairman of another province apart', async () => {
    const byArticle = await personByArticle('pham van long');
    expect(byArticle['ns-na']).not.toBe(byArticle['ns-bl']);
  });

  it('keeps one official whose career the articles link, in both languages', async () => {
    const byArticle = await personByArticle('do thanh binh');
    expect(Object.keys(byArticle).sort()).toEqual(['ns-kg', 'ns-nv1', 'ns-nv2']);
    expect(new Set(Object.values(byArticle)).size).toBe(1);
  });

  it('gives a body named only by its kind in two provinces two bodies', async () => {
    const bodies = await rows(
      `MATCH (a:Article)-[:MENTIONS]->(o:Organization) WHERE o.name STARTS WITH 'Đảng ủy Khối các cơ quan tỉnh'
       RETURN a.recordId AS article, o.name AS name, o.id AS id ORDER BY article`,
    );
    expect(bodies.map((b) => b.name)).toEqual([
      'Đảng ủy Khối các cơ quan tỉnh Bình Thuận',
      'Đảng ủy Khối các cơ quan tỉnh Cà Mau',
    ]);
  });

  it('shares no node named only by its kind between articles', async () => {
    const shared = await rows(
      `MATCH (o:Organization) WHERE o.name IN ['Tỉnh ủy', 'Đảng ủy', 'Ban Thường vụ', 'Đảng ủy Khối các cơ quan tỉnh']
       AND COUNT { (:Article)-[:MENTIONS]->(o) } > 1 RETURN o.name AS name`,
    );
    expect(shared).toEqual([]);
  });
});
