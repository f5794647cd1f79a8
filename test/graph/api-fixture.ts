// A small graph in the shape of docs/graph-model.md, written straight with Cypher, for the API
// tests that need exact, known answers (parallel claims from several articles, a post held by two
// people over time, a namesake pair, a body with parts). Every id starts with "apitest-" so the
// tests can remove exactly what they wrote.
import type { Driver } from 'neo4j-driver';
import { refreshClaimSummariesAt } from '../../ingest/load/claim-summaries.ts';
import { retallyEvents } from '../../ingest/load/event-tallies.ts';

export const FIXTURE_PREFIX = 'apitest-';

const ev = (
  articleId: string,
  asOf: string,
  sentenceIndex: number,
  start: number,
  end: number,
  sentence: string,
) => ({
  articleId,
  asOf,
  sentenceIndex,
  start,
  end,
  sentence,
  extractor: 'fixture-1',
});

const ARTICLES = [
  {
    id: 'apitest-a1',
    url: 'https://example.test/a1',
    title: 'Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW',
    publishedAt: '2021-05-10',
    source: 'example.test',
    language: 'vi',
    authors: ['Minh An'],
  },
  {
    id: 'apitest-a2',
    url: 'https://example.test/a2',
    title: 'Đảng ủy Bộ Giáo dục và Đào tạo triển khai nhiệm vụ năm 2022',
    publishedAt: '2022-03-01',
    source: 'example.test',
    language: 'vi',
    authors: [],
  },
  {
    id: 'apitest-a3',
    url: 'https://example.test/a3',
    title: 'Tỉnh ủy Đồng Tháp tổng kết năm 2022',
    publishedAt: '2023-01-15',
    source: 'example.test',
    language: 'vi',
    authors: [],
  },
];

const PEOPLE = [
  { id: 'apitest-p1', name: 'Phạm Ngọc Thưởng', nameKey: 'pham ngoc thuong', aliases: ['Pham Ngoc Thuong'] },
  { id: 'apitest-p2', name: 'Lê Quốc Phong', nameKey: 'le quoc phong', aliases: [] },
  { id: 'apitest-p3', name: 'Trần Văn Khải', nameKey: 'tran van khai', aliases: [] },
  { id: 'apitest-p4', name: 'Trần Văn Khải', nameKey: 'tran van khai', aliases: [] },
];

const ORGANIZATIONS = [
  {
    id: 'apitest-o1',
    name: 'Bộ Giáo dục và Đào tạo',
    nameKey: 'bo giao duc va dao tao',
    aliases: ['Bộ GDĐT'],
    kind: 'ministry',
    province: null,
  },
  {
    id: 'apitest-o2',
    name: 'Đảng ủy Bộ Giáo dục và Đào tạo',
    nameKey: 'dang uy bo giao duc va dao tao',
    aliases: ['Đảng uỷ Bộ GDĐT'],
    kind: 'party-committee',
    province: null,
  },
  {
    id: 'apitest-o3',
    name: 'Tỉnh ủy Đồng Tháp',
    nameKey: 'tinh uy dong thap',
    aliases: [],
    kind: 'party-committee',
    province: 'Đồng Tháp',
  },
  {
    id: 'apitest-o4',
    name: 'Ban Thường vụ Tỉnh ủy Đồng Tháp',
    nameKey: 'ban thuong vu tinh uy dong thap',
    aliases: ['BTV Tỉnh ủy Đồng Tháp'],
    kind: 'standing-committee',
    province: 'Đồng Tháp',
  },
  {
    id: 'apitest-o5',
    name: 'Bộ Chính trị',
    nameKey: 'bo chinh tri',
    aliases: [],
    kind: 'party-central',
    province: null,
  },
];

const POSITIONS = [
  { id: 'apitest-pos1', role: 'Thứ trưởng', name: 'Thứ trưởng Bộ Giáo dục và Đào tạo', org: 'apitest-o1' },
  { id: 'apitest-pos2', role: 'Bí thư', name: 'Bí thư Đảng ủy Bộ Giáo dục và Đào tạo', org: 'apitest-o2' },
  { id: 'apitest-pos3', role: 'Bí thư', name: 'Bí thư Tỉnh ủy Đồng Tháp', org: 'apitest-o3' },
];

const DOCUMENTS = [
  {
    id: 'apitest-d1',
    code: '05-CT/TW',
    name: 'Chỉ thị số 05-CT/TW',
    kind: 'Chỉ thị',
    number: '05',
    issuerCode: 'TW',
    date: '2016-05-15',
    subject: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  },
  {
    id: 'apitest-d2',
    code: '03-NQ/ĐUK',
    name: 'Nghị quyết số 03-NQ/ĐUK',
    kind: 'Nghị quyết',
    number: '03',
    issuerCode: 'ĐUK',
    date: null,
    subject: null,
  },
];

const EVENTS = [
  {
    id: 'apitest-e1',
    name: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW',
    kind: 'conference',
    date: '2021-05-10',
  },
  {
    id: 'apitest-e2',
    name: 'Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ XI',
    kind: 'congress',
    date: '2020-10-15',
  },
  {
    id: 'apitest-e3',
    name: 'Hội nghị tổng kết công tác năm 2022 của Tỉnh ủy Đồng Tháp',
    kind: 'conference',
    date: '2023-01-15',
  },
];

const S_A1_0 =
  'Đồng chí Phạm Ngọc Thưởng, Thứ trưởng Bộ Giáo dục và Đào tạo, chủ trì hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW.';
const S_A1_1 = 'Dự hội nghị có đồng chí Lê Quốc Phong, Bí thư Tỉnh ủy Đồng Tháp.';
const S_A1_2 = 'Chỉ thị 05-CT/TW của Bộ Chính trị được Tỉnh ủy Đồng Tháp triển khai sâu rộng.';
const S_A2_0 =
  'Đồng chí Phạm Ngọc Thưởng, Bí thư Đảng ủy Bộ Giáo dục và Đào tạo, Thứ trưởng Bộ Giáo dục và Đào tạo, phát biểu chỉ đạo.';
const S_A2_1 = 'Đảng ủy Bộ Giáo dục và Đào tạo tiếp tục thực hiện Chỉ thị 05-CT/TW.';
const S_A3_0 =
  'Đồng chí Lê Quốc Phong, Bí thư Tỉnh ủy Đồng Tháp, chủ trì hội nghị tổng kết; đồng chí Phạm Ngọc Thưởng cùng dự.';
const S_A3_1 = 'Đảng ủy Bộ Giáo dục và Đào tạo đã quán triệt Chỉ thị 05-CT/TW đến từng chi bộ.';
const S_A3_2 = 'Đồng chí Trần Văn Khải, Bí thư Tỉnh ủy Đồng Tháp nhiệm kỳ trước, cũng có mặt.';

const CLAIMS = [
  {
    type: 'CHAIRED',
    from: 'apitest-p1',
    to: 'apitest-e1',
    ...ev('apitest-a1', '2021-05-10', 0, 0, 110, S_A1_0),
  },
  {
    type: 'ATTENDED',
    from: 'apitest-p2',
    to: 'apitest-e1',
    ...ev('apitest-a1', '2021-05-10', 1, 111, 175, S_A1_1),
  },
  {
    type: 'HOLDS',
    from: 'apitest-p1',
    to: 'apitest-pos1',
    ...ev('apitest-a1', '2021-05-10', 0, 0, 60, S_A1_0),
  },
  {
    type: 'HOLDS',
    from: 'apitest-p1',
    to: 'apitest-pos1',
    ...ev('apitest-a2', '2022-03-01', 0, 0, 120, S_A2_0),
  },
  {
    type: 'HOLDS',
    from: 'apitest-p1',
    to: 'apitest-pos2',
    ...ev('apitest-a2', '2022-03-01', 0, 0, 80, S_A2_0),
  },
  {
    type: 'HOLDS',
    from: 'apitest-p2',
    to: 'apitest-pos3',
    ...ev('apitest-a1', '2021-05-10', 1, 111, 175, S_A1_1),
  },
  {
    type: 'HOLDS',
    from: 'apitest-p2',
    to: 'apitest-pos3',
    ...ev('apitest-a3', '2023-01-15', 0, 0, 60, S_A3_0),
  },
  {
    type: 'HOLDS',
    from: 'apitest-p3',
    to: 'apitest-pos3',
    ...ev('apitest-a3', '2023-01-15', 2, 200, 270, S_A3_2),
  },
  {
    type: 'ISSUED',
    from: 'apitest-o5',
    to: 'apitest-d1',
    ...ev('apitest-a1', '2021-05-10', 2, 176, 250, S_A1_2),
  },
  {
    type: 'IMPLEMENTS',
    from: 'apitest-o3',
    to: 'apitest-d1',
    ...ev('apitest-a1', '2021-05-10', 2, 176, 250, S_A1_2),
  },
  {
    type: 'IMPLEMENTS',
    from: 'apitest-o2',
    to: 'apitest-d1',
    ...ev('apitest-a2', '2022-03-01', 1, 121, 190, S_A2_1),
  },
  {
    type: 'IMPLEMENTS',
    from: 'apitest-o2',
    to: 'apitest-d1',
    ...ev('apitest-a3', '2023-01-15', 1, 120, 190, S_A3_1),
  },
  {
    type: 'ORGANIZED',
    from: 'apitest-o2',
    to: 'apitest-e1',
    ...ev('apitest-a1', '2021-05-10', 0, 0, 110, S_A1_0),
  },
  {
    type: 'CHAIRED',
    from: 'apitest-p2',
    to: 'apitest-e3',
    ...ev('apitest-a3', '2023-01-15', 0, 0, 90, S_A3_0),
  },
  {
    type: 'ATTENDED',
    from: 'apitest-p1',
    to: 'apitest-e3',
    ...ev('apitest-a3', '2023-01-15', 0, 91, 130, S_A3_0),
  },
  {
    type: 'CHAIRED',
    from: 'apitest-p2',
    to: 'apitest-e2',
    ...ev('apitest-a3', '2023-01-15', 0, 0, 90, S_A3_0),
  },
].map((c, i) => ({ ...c, key: `apitest-claim-${i}` }));

const MENTIONS = [
  { article: 'apitest-a1', entity: 'apitest-p1', spans: [10, 26] },
  { article: 'apitest-a1', entity: 'apitest-p2', spans: [123, 136] },
  { article: 'apitest-a1', entity: 'apitest-d1', spans: [95, 103, 190, 198] },
  { article: 'apitest-a2', entity: 'apitest-p1', spans: [8, 24] },
  { article: 'apitest-a3', entity: 'apitest-p1', spans: [90, 106] },
  { article: 'apitest-a3', entity: 'apitest-p2', spans: [8, 21] },
];

const CLAIM_TYPES = ['CHAIRED', 'ATTENDED', 'HOLDS', 'IMPLEMENTS', 'ISSUED', 'ORGANIZED', 'ABOUT'] as const;

// One statement per relationship type: a type cannot be a parameter, and this is test data.
const MERGE_CLAIM: Record<(typeof CLAIM_TYPES)[number], string> = Object.fromEntries(
  CLAIM_TYPES.map((t) => [
    t,
    `UNWIND $rows AS row MATCH (f:Entity {id: row.from}) MATCH (t:Entity {id: row.to})
     MERGE (f)-[r:${t} {key: row.key}]->(t)
     SET r.articleId = row.articleId, r.asOf = row.asOf, r.sentence = row.sentence, r.sentenceIndex = row.sentenceIndex,
         r.start = row.start, r.end = row.end, r.extractor = row.extractor`,
  ]),
) as Record<(typeof CLAIM_TYPES)[number], string>;

/** A small graph to write: nodes by label, claims with their evidence, and any structural links. */
export interface FixtureGraph {
  articles?: Record<string, unknown>[];
  people?: Record<string, unknown>[];
  organizations?: Record<string, unknown>[];
  /** `org`: the id of the body the post is OF. */
  positions?: { id: string; role: string; name: string; org: string }[];
  documents?: Record<string, unknown>[];
  events?: Record<string, unknown>[];
  claims?: ({ type: (typeof CLAIM_TYPES)[number]; from: string; to: string; key: string } & Record<
    string,
    unknown
  >)[];
  mentions?: { article: string; entity: string; spans: number[] }[];
  /** Statements without parameters for what the rows above do not cover (PART_OF, POSSIBLY_SAME_AS). */
  statements?: string[];
}

/** Writes a fixture graph in one transaction, with the claim summaries the loader would keep. */
export async function writeFixtureGraph(
  driver: Driver,
  database: string,
  fixture: FixtureGraph,
): Promise<void> {
  const claims = fixture.claims ?? [];
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row', {
        rows: fixture.articles ?? [],
      });
      await tx.run('UNWIND $rows AS row MERGE (p:Person:Entity {id: row.id}) SET p += row', {
        rows: fixture.people ?? [],
      });
      await tx.run('UNWIND $rows AS row MERGE (o:Organization:Entity {id: row.id}) SET o += row', {
        rows: fixture.organizations ?? [],
      });
      await tx.run(
        `UNWIND $rows AS row MERGE (p:Position:Entity {id: row.id}) SET p.role = row.role, p.name = row.name
         WITH p, row MATCH (o:Organization {id: row.org}) MERGE (p)-[:OF]->(o)`,
        { rows: fixture.positions ?? [] },
      );
      await tx.run('UNWIND $rows AS row MERGE (d:Document:Entity {id: row.id}) SET d += row', {
        rows: fixture.documents ?? [],
      });
      await tx.run('UNWIND $rows AS row MERGE (e:Event:Entity {id: row.id}) SET e += row', {
        rows: fixture.events ?? [],
      });
      for (const statement of fixture.statements ?? []) await tx.run(statement);
      for (const type of CLAIM_TYPES) {
        await tx.run(MERGE_CLAIM[type], { rows: claims.filter((c) => c.type === type) });
      }
      // The per-pair summaries the loader keeps beside its claims (docs/graph-model.md).
      await refreshClaimSummariesAt(tx, [...new Set(claims.flatMap((c) => [c.from, c.to]))]);
      // And the event tallies eventCounts reads (decision 0033), for events without claims too.
      await retallyEvents(
        tx,
        (fixture.events ?? []).map((e) => String(e.id)),
      );
      await tx.run(
        `UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
         MERGE (a)-[m:MENTIONS]->(e) SET m.spans = row.spans`,
        { rows: fixture.mentions ?? [] },
      );
    });
  } finally {
    await session.close();
  }
}

export function writeApiFixture(driver: Driver, database: string): Promise<void> {
  return writeFixtureGraph(driver, database, {
    articles: ARTICLES,
    people: PEOPLE,
    organizations: ORGANIZATIONS,
    positions: POSITIONS,
    documents: DOCUMENTS,
    events: EVENTS,
    claims: CLAIMS as FixtureGraph['claims'],
    mentions: MENTIONS,
    statements: [
      `MATCH (a:Organization {id: 'apitest-o4'}), (b:Organization {id: 'apitest-o3'}) MERGE (a)-[:PART_OF]->(b)`,
      `MATCH (a:Person {id: 'apitest-p3'}), (b:Person {id: 'apitest-p4'}) MERGE (a)-[:POSSIBLY_SAME_AS]->(b)`,
    ],
  });
}

export async function removeApiFixture(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) =>
      tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: FIXTURE_PREFIX }),
    );
  } finally {
    await session.close();
  }
}
