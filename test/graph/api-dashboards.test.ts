/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Dashboards (issue 14 item 7, decision 0023): `where` filters and `orderBy` on the lists of bodies
// and events, and counts by group, on a small graph of our own whose answers are known by hand
// (seven bodies in three provinces and at national level, seven events, seven people in six posts,
// and six articles of three sites for `articles(where:)`, decision 0033).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/api/cypher.ts';
import { writeFixtureGraph, type FixtureGraph } from './api-fixture.ts';
import { expectStartFromIndex, gid, useSampleApi } from './api-harness.ts';
import { eventsWhereFirstPage } from '../../src/api/resolvers/dashboards.ts';

const org = (id: string, name: string, nameKey: string, kind: string, province: string | null) => ({
  id: `dash-${id}`,
  name,
  nameKey,
  aliases: [],
  kind,
  province,
});
const event = (id: string, name: string, kind: string, date: string | null) => ({
  id: `dash-${id}`,
  name,
  kind,
  date,
});
let claimCount = 0;
const claim = (type: NonNullable<FixtureGraph['claims']>[number]['type'], from: string, to: string) => ({
  type,
  from: `dash-${from}`,
  to: `dash-${to}`,
  key: `dash-claim-${claimCount++}`,
  articleId: 'dash-a1',
  asOf: '2024-04-01',
  sentence: 'Câu văn của bộ dữ liệu thử.',
  sentenceIndex: 0,
  start: 0,
  end: 27,
  extractor: 'fixture-1',
});

// Six articles of three sites in two languages for articles(where:) (decision 0033); two mention
// Tỉnh ủy Lạng Sơn.
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

const DASHBOARD_GRAPH: FixtureGraph = {
  articles: [
    { id: 'dash-a1', url: 'https://example.test/dash', title: 'Bài thử', publishedAt: '2024-04-01' },
    article('1', 'baohagiang.vn', 'vi', '2023-03-06', 'Hội nghị Tỉnh ủy Hà Giang lần thứ mười hai'),
    article('2', 'baohagiang.vn', 'vi', '2023-04-11', 'Hà Giang sơ kết quý I'),
    article('3', 'baohagiang.vn', 'vi', null, 'Bài chưa ghi ngày'),
    article('4', 'baotuyenquang.com.vn', 'vi', '2023-03-21', 'Tuyên Quang họp Ban Chấp hành'),
    article('5', 'vietnamnews.vn', 'en', '2023-04-26', 'Ha Giang reviews the first quarter'),
    article('6', 'vietnamnews.vn', 'en', '2022-12-30', 'Tuyen Quang plans the new year'),
  ],
  organizations: [
    org('tu-dt', 'Tỉnh ủy Đồng Tháp', 'tinh uy dong thap', 'party-committee', 'Đồng Tháp'),
    org(
      'btv-dt',
      'Ban Thường vụ Tỉnh ủy Đồng Tháp',
      'ban thuong vu tinh uy dong thap',
      'standing-committee',
      'Đồng Tháp',
    ),
    org('tu-ls', 'Tỉnh ủy Lạng Sơn', 'tinh uy lang son', 'party-committee', 'Lạng Sơn'),
    org('syt-ls', 'Sở Y tế Lạng Sơn', 'so y te lang son', 'department', 'Lạng Sơn'),
    org('tu-cm', 'Tỉnh ủy Cà Mau', 'tinh uy ca mau', 'party-committee', 'Cà Mau'),
    org('bct', 'Bộ Chính trị', 'bo chinh tri', 'party-central', null),
    org('bgd', 'Bộ Giáo dục và Đào tạo', 'bo giao duc va dao tao', 'ministry', null),
  ],
  documents: [
    {
      id: 'dash-d05',
      code: '05-CT/TW',
      name: 'Chỉ thị số 05-CT/TW',
      kind: 'Chỉ thị',
      number: '05',
      issuerCode: 'TW',
      date: '2016-05-15',
    },
    {
      id: 'dash-d35',
      code: '35-CT/TW',
      name: 'Chỉ thị số 35-CT/TW',
      kind: 'Chỉ thị',
      number: '35',
      issuerCode: 'TW',
      date: '2019-05-30',
    },
    {
      id: 'dash-d18',
      code: '18-NQ/TW',
      name: 'Nghị quyết số 18-NQ/TW',
      kind: 'Nghị quyết',
      number: '18',
      issuerCode: 'TW',
      date: '2017-10-25',
    },
    {
      id: 'dash-k10',
      code: '10-KH/TU',
      name: 'Kế hoạch số 10-KH/TU',
      kind: 'Kế hoạch',
      number: '10',
      issuerCode: 'TU',
      date: '2024-02-01',
    },
    { id: 'dash-q-undated', name: 'Quy định chưa rõ ngày', kind: 'Quy định', issuerCode: 'TW' },
  ],
  events: [
    event('e1', 'Hội nghị quán triệt Chỉ thị 05-CT/TW tại Đồng Tháp', 'conference', '2024-01-12'),
    event('e2', 'Hội nghị sơ kết Chỉ thị 05-CT/TW tại Lạng Sơn', 'conference', '2024-01-25'),
    event('e3', 'Đại hội Đảng bộ tỉnh Cà Mau', 'congress', '2024-03-05'),
    event('e4', 'Đoàn công tác làm việc tại Sở Y tế Lạng Sơn', 'working-visit', '2024-03-20'),
    event('e5', 'Hội nghị tổng kết năm 2023 của Tỉnh ủy Đồng Tháp', 'conference', '2023-12-28'),
    event('e6', 'Hội nghị Bộ Chính trị', 'conference', '2024-03-15'),
    event('e7', 'Lễ kỷ niệm ngày thành lập Đảng', 'ceremony', null),
  ],
  people: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
    id: `dash-p${n}`,
    name: `Người Thử ${n}`,
    nameKey: `nguoi thu ${n}`,
    aliases: [],
  })),
  positions: [
    { id: 'dash-bt-dt', role: 'Bí thư', name: 'Bí thư Tỉnh ủy Đồng Tháp', org: 'dash-tu-dt' },
    { id: 'dash-pbt-dt', role: 'Phó Bí thư', name: 'Phó Bí thư Tỉnh ủy Đồng Tháp', org: 'dash-tu-dt' },
    { id: 'dash-bt-ls', role: 'Bí thư', name: 'Bí thư Tỉnh ủy Lạng Sơn', org: 'dash-tu-ls' },
    { id: 'dash-gd-ls', role: 'Giám đốc', name: 'Giám đốc Sở Y tế Lạng Sơn', org: 'dash-syt-ls' },
    { id: 'dash-bt-cm', role: 'Bí thư', name: 'Bí thư Tỉnh ủy Cà Mau', org: 'dash-tu-cm' },
    { id: 'dash-bt-bgd', role: 'Bộ trưởng', name: 'Bộ trưởng Bộ Giáo dục và Đào tạo', org: 'dash-bgd' },
  ],
  claims: [
    ...['tu-dt', 'btv-dt', 'tu-ls', 'syt-ls', 'bgd'].map((o) => claim('IMPLEMENTS', o, 'd05')),
    claim('IMPLEMENTS', 'tu-cm', 'd35'),
    claim('IMPLEMENTS', 'tu-ls', 'd18'),
    claim('IMPLEMENTS', 'syt-ls', 'k10'),
    claim('ISSUED', 'bct', 'd05'),
    claim('ORGANIZED', 'btv-dt', 'e1'),
    claim('ORGANIZED', 'tu-ls', 'e2'),
    claim('ORGANIZED', 'tu-cm', 'e3'),
    claim('ORGANIZED', 'syt-ls', 'e4'),
    claim('ORGANIZED', 'bgd', 'e4'),
    claim('ORGANIZED', 'tu-dt', 'e5'),
    claim('ORGANIZED', 'bct', 'e6'),
    claim('ABOUT', 'e1', 'd05'),
    claim('ABOUT', 'e2', 'd05'),
    claim('HOLDS', 'p1', 'bt-dt'),
    claim('HOLDS', 'p2', 'bt-dt'),
    claim('HOLDS', 'p1', 'pbt-dt'),
    claim('HOLDS', 'p3', 'pbt-dt'),
    claim('HOLDS', 'p4', 'bt-ls'),
    claim('HOLDS', 'p5', 'gd-ls'),
    claim('HOLDS', 'p6', 'bt-cm'),
    claim('HOLDS', 'p7', 'bt-bgd'),
  ],
  mentions: [
    { article: 'artw-1', entity: 'dash-tu-ls', spans: [0, 16] },
    { article: 'artw-5', entity: 'dash-tu-ls', spans: [0, 8] },
  ],
};

// Most of the named queries are asked here: planning them all at start, two at a time, costs less
// than one by one at first use (decision 0074).
const sample = useSampleApi({
  warmUp: true,
  samples: false,
  seed: (graph) => writeFixtureGraph(graph.driver, graph.database, DASHBOARD_GRAPH),
});

const YEAR_2024 = { dateFrom: '2024-01-01', dateTo: '2024-12-31' };
const names = (connection: any) => connection.edges.map((e: any) => e.node.name);
const pairs = (groups: { key: string | null; count: number }[]) => groups.map((g) => [g.key, g.count]);

const EVENTS = `query($where: EventWhere, $orderBy: EventOrder, $first: Int, $after: String) {
  events(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { name date } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
const ORGANIZATIONS = `query($where: OrganizationWhere, $orderBy: OrganizationOrder, $first: Int, $after: String) {
  organizations(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { name province } } pageInfo { hasNextPage endCursor } } }`;
const EVENT_COUNTS = `query($groupBy: EventGroup!, $where: EventWhere) { eventCounts(groupBy: $groupBy, where: $where) { key count } }`;
const IMPLEMENTER_COUNTS = `query($doc: String!, $groupBy: OrganizationGroup!) { implementerCounts(document: $doc, groupBy: $groupBy) { key count } }`;
const HOLDER_COUNTS = `query($groupBy: HolderGroup!, $where: HolderWhere) { holderCounts(groupBy: $groupBy, where: $where) { key count } }`;

describe('organizations(where:, orderBy:)', () => {
  it('finds the bodies implementing 05-CT/TW in one province, by the code as typed', async () => {
    const data = await sample.api.data(ORGANIZATIONS, {
      where: { implements: '05 ct/tw', province: 'Lạng Sơn' },
    });
    expect(names(data.organizations)).toEqual(['Sở Y tế Lạng Sơn', 'Tỉnh ủy Lạng Sơn']);
    expect(data.organizations.totalCount).toBe(2);
  });

  it('filters by level and by a list of kinds', async () => {
    const central = await sample.api.data(ORGANIZATIONS, { where: { level: 'CENTRAL' } });
    expect(names(central.organizations)).toEqual(['Bộ Chính trị', 'Bộ Giáo dục và Đào tạo']);
    const kinds = await sample.api.data(ORGANIZATIONS, {
      where: { kind: ['DEPARTMENT', 'MINISTRY'], implements: gid('Document', 'dash-d05') },
    });
    expect(names(kinds.organizations)).toEqual(['Bộ Giáo dục và Đào tạo', 'Sở Y tế Lạng Sơn']);
  });

  it('sorts by province descending and pages on with keyset cursors, one body a page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const data: any = await sample.api.data(ORGANIZATIONS, {
        where: { kind: ['PARTY_COMMITTEE'] },
        orderBy: { field: 'PROVINCE', direction: 'DESC' },
        first: 1,
        after,
      });
      seen.push(...data.organizations.edges.map((e: any) => e.node.province));
      after = data.organizations.pageInfo.endCursor;
      if (!data.organizations.pageInfo.hasNextPage) break;
    }
    // Code-point order of the stored names: "Đ" (U+0110) sorts after "L" and "C".
    expect(seen).toEqual(['Đồng Tháp', 'Lạng Sơn', 'Cà Mau']);
  });

  it('refuses a document code nobody knows, a cursor of another order and a filter given twice', async () => {
    const unknown = await sample.api.gql(ORGANIZATIONS, { where: { implements: '99-CT/TW' } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.body.errors?.[0]?.message).toMatch(/no document has the code "99-CT\/TW"/);

    const first = await sample.api.data(ORGANIZATIONS, { orderBy: { field: 'NAME' }, first: 1 });
    const other = await sample.api.gql(ORGANIZATIONS, {
      orderBy: { field: 'KIND' },
      after: first.organizations.pageInfo.endCursor,
    });
    expect(other.body.errors?.[0]?.message).toMatch(/cursor was made for another orderBy/);

    const twice = await sample.api.gql(
      `{ organizations(province: "Cà Mau", where: { level: LOCAL }) { totalCount } }`,
    );
    expect(twice.body.errors?.[0]?.extensions?.argument).toBe('province');
  });
});

describe('events(where:, orderBy:)', () => {
  it('lists the events organized by bodies of a province, newest first', async () => {
    const data = await sample.api.data(EVENTS, {
      where: { province: 'Lạng Sơn' },
      orderBy: { field: 'DATE', direction: 'DESC' },
    });
    expect(names(data.events)).toEqual([
      'Đoàn công tác làm việc tại Sở Y tế Lạng Sơn',
      'Hội nghị sơ kết Chỉ thị 05-CT/TW tại Lạng Sơn',
    ]);
  });

  it('filters by organizer, by document and by the level of the organizers within dates', async () => {
    const byOrganizer = await sample.api.data(EVENTS, {
      where: { organizer: gid('Organization', 'dash-tu-dt') },
    });
    expect(names(byOrganizer.events)).toEqual(['Hội nghị tổng kết năm 2023 của Tỉnh ủy Đồng Tháp']);
    const about = await sample.api.data(EVENTS, { where: { about: '05-CT/TW' } });
    expect(about.events.edges.map((e: any) => e.node.date)).toEqual(['2024-01-12', '2024-01-25']);
    const central = await sample.api.data(EVENTS, { where: { level: 'CENTRAL', ...YEAR_2024 } });
    expect(names(central.events)).toEqual([
      'Hội nghị Bộ Chính trị',
      'Đoàn công tác làm việc tại Sở Y tế Lạng Sơn',
    ]);
  });

  it('checks the province against an organizer or a document it did not start from', async () => {
    // Decision 0062: the filter a read starts from is not checked again; the others still are.
    const province = (extra: object, p: string) =>
      sample.api.data(EVENTS, { where: { ...extra, province: p } }).then((d) => names(d.events));
    expect(await province({ organizer: gid('Organization', 'dash-tu-dt') }, 'Lạng Sơn')).toEqual([]);
    expect(await province({ organizer: gid('Organization', 'dash-tu-dt') }, 'Đồng Tháp')).toEqual([
      'Hội nghị tổng kết năm 2023 của Tỉnh ủy Đồng Tháp',
    ]);
    expect(await province({ about: '05-CT/TW' }, 'Lạng Sơn')).toEqual([
      'Hội nghị sơ kết Chỉ thị 05-CT/TW tại Lạng Sơn',
    ]);
    expect(
      await province({ about: '05-CT/TW', organizer: gid('Organization', 'dash-tu-ls') }, 'Đồng Tháp'),
    ).toEqual([]);
  });

  it("reads a province's events without expanding each event's organizers again", async () => {
    const params = eventsWhereFirstPage({ province: 'Lạng Sơn' }, { field: 'date', desc: true }, 20);
    const summary = await sample.graph.read(
      async (tx) => (await tx.run(`PROFILE ${cypher('events-where').text}`, params)).summary,
    );
    // Every Expand that produced rows, with the pattern it expanded.
    const expands: string[] = [];
    const walk = (plan: any) => {
      if (String(plan.operatorType).startsWith('Expand') && plan.rows > 0)
        expands.push(String(plan.arguments?.Details ?? ''));
      plan.children.forEach(walk);
    };
    walk(summary.profile);
    expect(expands.length).toBeGreaterThan(0);
    expect(expands.filter((d) => /\(e\)<-\[/.test(d))).toEqual([]);
  });

  it('pages conferences of two years newest first, two a page, without repeating or skipping', async () => {
    const where = { kind: ['CONFERENCE'], dateFrom: '2023-01-01', dateTo: '2024-12-31' };
    const orderBy = { field: 'DATE', direction: 'DESC' };
    const one = await sample.api.data(EVENTS, { where, orderBy, first: 2 });
    expect(one.events.edges.map((e: any) => e.node.date)).toEqual(['2024-03-15', '2024-01-25']);
    expect(one.events.totalCount).toBe(4);
    expect(one.events.pageInfo.hasNextPage).toBe(true);
    const two = await sample.api.data(EVENTS, {
      where,
      orderBy,
      first: 2,
      after: one.events.pageInfo.endCursor,
    });
    expect(two.events.edges.map((e: any) => e.node.date)).toEqual(['2024-01-12', '2023-12-28']);
    expect(two.events.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('sorts by name within some kinds and dates', async () => {
    const data = await sample.api.data(EVENTS, {
      where: { kind: ['CONFERENCE', 'CEREMONY'], dateFrom: '2023-12-01', dateTo: '2024-02-29' },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(names(data.events)).toEqual([
      'Hội nghị quán triệt Chỉ thị 05-CT/TW tại Đồng Tháp',
      'Hội nghị sơ kết Chỉ thị 05-CT/TW tại Lạng Sơn',
      'Hội nghị tổng kết năm 2023 của Tỉnh ủy Đồng Tháp',
    ]);
  });
});

describe('eventCounts', () => {
  it('counts the events of 2024 per month, in month order', async () => {
    const data = await sample.api.data(EVENT_COUNTS, { groupBy: 'MONTH', where: YEAR_2024 });
    expect(pairs(data.eventCounts)).toEqual([
      ['2024-01', 2],
      ['2024-03', 3],
    ]);
  });

  it('counts per province of the organizers (null: none of a province), per level and per kind', async () => {
    const province = await sample.api.data(EVENT_COUNTS, { groupBy: 'PROVINCE', where: YEAR_2024 });
    expect(pairs(province.eventCounts)).toEqual([
      ['Lạng Sơn', 2],
      ['Cà Mau', 1],
      ['Đồng Tháp', 1],
      [null, 1],
    ]);
    const level = await sample.api.data(EVENT_COUNTS, { groupBy: 'LEVEL', where: YEAR_2024 });
    expect(pairs(level.eventCounts)).toEqual([
      ['LOCAL', 4],
      ['CENTRAL', 2],
    ]);
    const kind = await sample.api.data(EVENT_COUNTS, { groupBy: 'KIND', where: YEAR_2024 });
    expect(pairs(kind.eventCounts)).toEqual([
      ['CONFERENCE', 3],
      ['CONGRESS', 1],
      ['WORKING_VISIT', 1],
    ]);
  });

  it('counts the meetings about a document without a date range (one document is cheap)', async () => {
    const data = await sample.api.data(EVENT_COUNTS, { groupBy: 'MONTH', where: { about: '05-CT/TW' } });
    expect(pairs(data.eventCounts)).toEqual([['2024-01', 2]]);
  });

  // Priced by the tallies it reads (decision 0038): this graph has a handful, so all time and a
  // range of decades answer, and count what the years they hold count. (Refusal when the tallies
  // are many: test/unit/dashboard-cost.test.ts.)
  it('answers over all time and over a range of decades when the graph has few tallies', async () => {
    const year = pairs(
      (await sample.api.data(EVENT_COUNTS, { groupBy: 'MONTH', where: YEAR_2024 })).eventCounts,
    );
    const decades = await sample.api.data(EVENT_COUNTS, {
      groupBy: 'MONTH',
      where: { dateFrom: '1950-01-01', dateTo: '2024-12-31' },
    });
    expect(pairs(decades.eventCounts).filter(([month]) => String(month).startsWith('2024'))).toEqual(year);
    const allTime = await sample.api.data(EVENT_COUNTS, { groupBy: 'MONTH', where: {} });
    expect(pairs(allTime.eventCounts).filter(([month]) => String(month).startsWith('2024'))).toEqual(year);
  });
});

describe('implementerCounts and holderCounts', () => {
  it('counts the implementers of 05-CT/TW per province, level and kind', async () => {
    const province = await sample.api.data(IMPLEMENTER_COUNTS, { doc: '05-CT/TW', groupBy: 'PROVINCE' });
    expect(pairs(province.implementerCounts)).toEqual([
      ['Lạng Sơn', 2],
      ['Đồng Tháp', 2],
      [null, 1],
    ]);
    const level = await sample.api.data(IMPLEMENTER_COUNTS, { doc: '05-CT/TW', groupBy: 'LEVEL' });
    expect(pairs(level.implementerCounts)).toEqual([
      ['LOCAL', 4],
      ['CENTRAL', 1],
    ]);
    const kind = await sample.api.data(IMPLEMENTER_COUNTS, { doc: '05-CT/TW', groupBy: 'KIND' });
    expect(pairs(kind.implementerCounts)).toEqual([
      ['PARTY_COMMITTEE', 2],
      ['DEPARTMENT', 1],
      ['MINISTRY', 1],
      ['STANDING_COMMITTEE', 1],
    ]);
  });

  it('counts the secretaries per province, each person once', async () => {
    const data = await sample.api.data(HOLDER_COUNTS, { groupBy: 'PROVINCE', where: { role: 'Bí thư' } });
    expect(pairs(data.holderCounts)).toEqual([
      ['Đồng Tháp', 2],
      ['Cà Mau', 1],
      ['Lạng Sơn', 1],
    ]);
  });

  it('counts holders per role of one province, and per level among some kinds of body', async () => {
    const roles = await sample.api.data(HOLDER_COUNTS, { groupBy: 'ROLE', where: { province: 'Đồng Tháp' } });
    expect(pairs(roles.holderCounts)).toEqual([
      ['Bí thư', 2],
      ['Phó Bí thư', 2],
    ]);
    const committees = await sample.api.data(HOLDER_COUNTS, {
      groupBy: 'PROVINCE',
      where: { kind: ['PARTY_COMMITTEE'] },
    });
    expect(pairs(committees.holderCounts)).toEqual([
      ['Đồng Tháp', 3],
      ['Cà Mau', 1],
      ['Lạng Sơn', 1],
    ]);
    const levels = await sample.api.data(HOLDER_COUNTS, {
      groupBy: 'LEVEL',
      where: { kind: ['MINISTRY', 'DEPARTMENT'] },
    });
    expect(pairs(levels.holderCounts)).toEqual([
      ['CENTRAL', 1],
      ['LOCAL', 1],
    ]);
  });

  it('answers the holders of every post, unnarrowed, when the holder profiles are few (decision 0038)', async () => {
    const all = pairs((await sample.api.data(HOLDER_COUNTS, { groupBy: 'ROLE' })).holderCounts);
    const inDongThap = pairs(
      (await sample.api.data(HOLDER_COUNTS, { groupBy: 'ROLE', where: { province: 'Đồng Tháp' } }))
        .holderCounts,
    );
    for (const [role, count] of inDongThap)
      expect(Number(all.find(([r]) => r === role)?.[1])).toBeGreaterThanOrEqual(Number(count));
  });
});

const POSITIONS = `query($where: PositionWhere, $orderBy: PositionOrder, $first: Int, $after: String) {
  positions(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { name role } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
const PEOPLE = `query($where: PersonWhere, $orderBy: PersonOrder, $first: Int, $after: String) {
  people(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

describe('positions(where:, orderBy:)', () => {
  it('filters posts by role, by province, by both and by body', async () => {
    const secretaries = await sample.api.data(POSITIONS, { where: { role: 'Bí thư' } });
    // Code-point order: "Đ" (U+0110) after "L".
    expect(names(secretaries.positions)).toEqual([
      'Bí thư Tỉnh ủy Cà Mau',
      'Bí thư Tỉnh ủy Lạng Sơn',
      'Bí thư Tỉnh ủy Đồng Tháp',
    ]);
    expect(secretaries.positions.totalCount).toBe(3);
    const dongThap = await sample.api.data(POSITIONS, { where: { province: 'Đồng Tháp' } });
    expect(names(dongThap.positions)).toEqual(['Bí thư Tỉnh ủy Đồng Tháp', 'Phó Bí thư Tỉnh ủy Đồng Tháp']);
    const directors = await sample.api.data(POSITIONS, { where: { role: 'Giám đốc', province: 'Lạng Sơn' } });
    expect(names(directors.positions)).toEqual(['Giám đốc Sở Y tế Lạng Sơn']);
    const body = gid('Organization', 'dash-tu-dt');
    const byRole = await sample.api.data(POSITIONS, {
      where: { body },
      orderBy: { field: 'ROLE', direction: 'DESC' },
    });
    expect(byRole.positions.edges.map((e: any) => e.node.role)).toEqual(['Phó Bí thư', 'Bí thư']);
    const none = await sample.api.data(POSITIONS, { where: { body, role: 'Giám đốc' } });
    expect(none.positions).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('sorts every post by province (national bodies first) and pages on, two a page', async () => {
    const orderBy = { field: 'PROVINCE' };
    const pages: string[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const data: any = await sample.api.data(POSITIONS, { orderBy, first: 2, after });
      expect(data.positions.totalCount).toBe(6);
      pages.push(names(data.positions));
      after = data.positions.pageInfo.endCursor;
      if (!data.positions.pageInfo.hasNextPage) break;
    }
    expect(pages).toEqual([
      ['Bộ trưởng Bộ Giáo dục và Đào tạo', 'Bí thư Tỉnh ủy Cà Mau'],
      ['Bí thư Tỉnh ủy Lạng Sơn', 'Giám đốc Sở Y tế Lạng Sơn'],
      ['Bí thư Tỉnh ủy Đồng Tháp', 'Phó Bí thư Tỉnh ủy Đồng Tháp'],
    ]);
  });

  it('refuses `role` beside `where`, a body id of another type and an empty role', async () => {
    const twice = await sample.api.gql(
      `{ positions(role: "Bí thư", where: { province: "Cà Mau" }) { totalCount } }`,
    );
    expect(twice.body.errors?.[0]?.extensions?.argument).toBe('role');
    const person = await sample.api.gql(POSITIONS, { where: { body: gid('Person', 'dash-p1') } });
    expect(person.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await sample.api.gql(POSITIONS, { where: { role: '  ' } });
    expect(empty.body.errors?.[0]?.message).toMatch(/where\.role: is empty/);
  });
});

describe('people(where:, orderBy:)', () => {
  it('keeps the holders of a role, once each, and of a role in one province', async () => {
    const secretaries = await sample.api.data(PEOPLE, { where: { role: 'Bí thư' } });
    expect(names(secretaries.people)).toEqual(['Người Thử 1', 'Người Thử 2', 'Người Thử 4', 'Người Thử 6']);
    expect(secretaries.people.totalCount).toBe(4);
    const dongThap = await sample.api.data(PEOPLE, { where: { role: 'Bí thư', province: 'Đồng Tháp' } });
    expect(names(dongThap.people)).toEqual(['Người Thử 1', 'Người Thử 2']);
    // Role and province must hold on one same post: the minister holds no post in Đồng Tháp.
    const none = await sample.api.data(PEOPLE, { where: { role: 'Bộ trưởng', province: 'Đồng Tháp' } });
    expect(none.people.totalCount).toBe(0);
  });

  it('keeps the holders of a body, of a role in it, and of a province newest name last', async () => {
    const body = gid('Organization', 'dash-tu-dt');
    const deputies = await sample.api.data(PEOPLE, { where: { body, role: 'Phó Bí thư' } });
    expect(names(deputies.people)).toEqual(['Người Thử 1', 'Người Thử 3']);
    const department = await sample.api.data(PEOPLE, { where: { body: gid('Organization', 'dash-syt-ls') } });
    expect(names(department.people)).toEqual(['Người Thử 5']);
    const desc = await sample.api.data(PEOPLE, {
      where: { province: 'Đồng Tháp' },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    expect(names(desc.people)).toEqual(['Người Thử 3', 'Người Thử 2', 'Người Thử 1']);
  });

  it('pages the people of a province one at a time with keyset cursors', async () => {
    const one = await sample.api.data(PEOPLE, { where: { province: 'Lạng Sơn' }, first: 1 });
    expect(names(one.people)).toEqual(['Người Thử 4']);
    expect(one.people.pageInfo.hasNextPage).toBe(true);
    const two = await sample.api.data(PEOPLE, {
      where: { province: 'Lạng Sơn' },
      first: 1,
      after: one.people.pageInfo.endCursor,
    });
    expect(names(two.people)).toEqual(['Người Thử 5']);
    expect(two.people.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses `name` beside `where`', async () => {
    const twice = await sample.api.gql(`{ people(name: "nguoi", where: { role: "Bí thư" }) { totalCount } }`);
    expect(twice.body.errors?.[0]?.extensions?.argument).toBe('name');
  });
});

const DOCUMENTS = `query($where: DocumentWhere, $orderBy: DocumentOrder, $first: Int, $after: String) {
  documents(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { code name date } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
const codes = (connection: any) => connection.edges.map((e: any) => e.node.code ?? e.node.name);

describe('documents(where:, orderBy:)', () => {
  it('keeps the documents implemented in a province, newest first, each once', async () => {
    // Lạng Sơn's two bodies both implement 05-CT/TW: it is listed once.
    const data = await sample.api.data(DOCUMENTS, { where: { implementedIn: 'Lạng Sơn' } });
    expect(codes(data.documents)).toEqual(['10-KH/TU', '18-NQ/TW', '05-CT/TW']);
    expect(data.documents.totalCount).toBe(3);
    const directives = await sample.api.data(DOCUMENTS, {
      where: { implementedIn: 'Lạng Sơn', kind: 'Chỉ thị' },
    });
    expect(codes(directives.documents)).toEqual(['05-CT/TW']);
  });

  it('filters by a date range, by kind and by issuer in any case, and sorts by code', async () => {
    const range = await sample.api.data(DOCUMENTS, {
      where: { dateFrom: '2017-01-01', dateTo: '2020-12-31' },
      orderBy: { field: 'DATE', direction: 'ASC' },
    });
    expect(codes(range.documents)).toEqual(['18-NQ/TW', '35-CT/TW']);
    const central = await sample.api.data(DOCUMENTS, {
      where: { issuerCode: 'tw', kind: 'Chỉ thị' },
      orderBy: { field: 'CODE', direction: 'DESC' },
    });
    expect(codes(central.documents)).toEqual(['35-CT/TW', '05-CT/TW']);
  });

  it('pages every document newest first with undated last, two a page', async () => {
    const pages: string[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const data: any = await sample.api.data(DOCUMENTS, {
        orderBy: { field: 'DATE', direction: 'DESC' },
        first: 2,
        after,
      });
      pages.push(codes(data.documents));
      after = data.documents.pageInfo.endCursor;
      if (!data.documents.pageInfo.hasNextPage) break;
    }
    expect(pages).toEqual([['10-KH/TU', '35-CT/TW'], ['18-NQ/TW', '05-CT/TW'], ['Quy định chưa rõ ngày']]);
  });

  it('refuses `kind` beside `where` and a range that ends before it starts', async () => {
    const twice = await sample.api.gql(
      `{ documents(kind: "Chỉ thị", where: { issuerCode: "TW" }) { totalCount } }`,
    );
    expect(twice.body.errors?.[0]?.extensions?.argument).toBe('kind');
    const backwards = await sample.api.gql(DOCUMENTS, {
      where: { dateFrom: '2024-01-01', dateTo: '2023-01-01' },
    });
    expect(backwards.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
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
      where: { mentions: gid('Organization', 'dash-tu-ls') },
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

describe('the indexes of migration 070', () => {
  // Every UNION branch is planned, so the plan names every index whatever is asked: what shows
  // that a filter starts from its index is that, profiled, the seek on it is what produced rows
  // and no scan of a whole label did.
  it.each([
    ['organizations-where', { province: 'Lạng Sơn' }, 'Organization(province)'],
    ['organizations-where', { kinds: ['ministry'] }, 'Organization(kind)'],
    ['events-where', { province: 'Lạng Sơn' }, 'Organization(province)'],
    ['events-where', { dateFrom: '2024-01-01', dateTo: '2024-12-31' }, 'Event(date)'],
    ['holder-counts', { role: 'Bí thư' }, 'HolderCell(role)'],
    ['holder-counts', { province: 'Đồng Tháp' }, 'HolderCell(province)'],
    ['implementer-counts', { documentId: 'dash-d05' }, 'ImplementerTally(document)'],
    ['positions-where', { role: 'Bí thư' }, 'Position(role)'],
    ['positions-where', { province: 'Lạng Sơn' }, 'Organization(province)'],
    ['people-where', { role: 'Bí thư' }, 'Position(role)'],
    ['people-where', { province: 'Đồng Tháp' }, 'Organization(province)'],
    ['documents-where', { province: 'Lạng Sơn' }, 'Organization(province)'],
    ['documents-where', { dateFrom: '2017-01-01', dateTo: '2020-12-31' }, 'Document(date)'],
    ['articles-where', { source: 'baohagiang.vn' }, 'Article(source)'],
    ['articles-where', { dateFrom: '2023-03-01', dateTo: '2023-03-31' }, 'Article(publishedAt)'],
  ])('%s with %j starts from the index on %s', async (name, filter, index) => {
    const params = {
      documentId: '',
      bodyId: '',
      aboutId: '',
      organizerId: '',
      province: '',
      kinds: [],
      level: '',
      role: '',
      dateFrom: '',
      dateTo: '',
      kind: '',
      issuerCode: '',
      entityId: '',
      source: '',
      language: '',
      field: ['events-where', 'documents-where', 'articles-where'].includes(name) ? 'date' : 'name',
      desc: false,
      afterKey: '',
      afterName: '',
      afterId: '',
      limit: neo4j.int(20),
      groupBy: name === 'holder-counts' ? 'province' : '',
      ...filter,
    };
    const summary = await sample.graph.read(
      async (tx) => (await tx.run(`PROFILE ${cypher(name).text}`, params)).summary,
    );
    expectStartFromIndex(summary.profile, index);
  });
});
