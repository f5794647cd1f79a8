/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Diffusion, who works with whom, communities and centrality (issue 14 items 3–5, decision 0022)
// through the real pipeline: articles written here are ingested, `kg analyse`'s function runs, and
// the API answers. Public facts: the Politburo issued Chỉ thị 35-CT/TW on 14 June 2024 (party
// congresses at every level); the officials named held these posts in Hà Giang and Cà Mau in
// 2024. The meetings and dates of taking the directive up are this file's own.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { analyseNetwork } from '../../src/analytics/network-analysis.ts';
import { runKg } from '../support/kg-command.ts';
import { gid, useSampleApi } from './api-harness.ts';

const article = (id: string, publishedAt: string, title: string, text: string): ArticleRecord => ({
  id,
  url: `https://analytics-network.kg.invalid/${id}`,
  language: 'vi',
  publishedAt,
  title,
  text: `${title}\n\n${text}`,
});

// Chỉ thị 35-CT/TW taken up at four levels: central on 20/6, two provinces in July (Hà Tĩnh first
// by a meeting on 5/7, reported the day after), a district and a commune on 15/8.
const DIFFUSION = [
  article(
    'ct35-central',
    '2024-06-20',
    'Ban Tổ chức Trung ương thực hiện Chỉ thị 35-CT/TW',
    'Ban Tổ chức Trung ương thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
  article(
    'ct35-quang-binh',
    '2024-07-01',
    'Tỉnh ủy Quảng Bình triển khai Chỉ thị 35-CT/TW',
    'Ngày 1/7/2024, Tỉnh ủy Quảng Bình tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp. Tỉnh ủy Quảng Bình thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
  article(
    'ct35-ha-tinh',
    '2024-07-06',
    'Tỉnh ủy Hà Tĩnh quán triệt Chỉ thị 35-CT/TW',
    'Ngày 5/7/2024, Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.',
  ),
  article(
    'ct35-le-thuy',
    '2024-08-15',
    'Quảng Bình: các cấp ủy thực hiện Chỉ thị 35-CT/TW',
    'Huyện ủy Lệ Thủy thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị. Đảng ủy xã Sen Thủy thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
  // Said again later: the first evidence stays 1/7.
  article(
    'ct35-quang-binh-again',
    '2024-09-01',
    'Quảng Bình chuẩn bị đại hội',
    'Tỉnh ủy Quảng Bình tiếp tục thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
];

// Two groups who meet apart. Hà Giang: Nguyễn Mạnh Dũng chairs three meetings, with Thào Hồng Sơn
// at two and Nguyễn Văn Sơn at the third. Cà Mau: one meeting of three.
const MEETINGS = [
  article(
    'hg-1',
    '2024-09-10',
    'Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang',
    'Ngày 10/9/2024, đồng chí Nguyễn Mạnh Dũng, Bí thư Tỉnh ủy Hà Giang chủ trì Hội nghị Ban Thường vụ Tỉnh ủy. Dự hội nghị có đồng chí Thào Hồng Sơn, Phó Bí thư Thường trực Tỉnh ủy.',
  ),
  article(
    'hg-2',
    '2024-10-05',
    'Hội nghị Ban Thường vụ Tỉnh ủy Hà Giang tháng 10',
    'Ngày 5/10/2024, đồng chí Nguyễn Mạnh Dũng, Bí thư Tỉnh ủy Hà Giang chủ trì Hội nghị Ban Thường vụ Tỉnh ủy. Dự hội nghị có đồng chí Thào Hồng Sơn, Phó Bí thư Thường trực Tỉnh ủy.',
  ),
  article(
    'hg-3',
    '2024-11-12',
    'Làm việc với UBND tỉnh Hà Giang',
    'Ngày 12/11/2024, đồng chí Nguyễn Mạnh Dũng, Bí thư Tỉnh ủy Hà Giang chủ trì buổi làm việc với UBND tỉnh. Dự buổi làm việc có đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang.',
  ),
  article(
    'cm-1',
    '2024-09-20',
    'Hội nghị Ban Thường vụ Tỉnh ủy Cà Mau',
    'Ngày 20/9/2024, đồng chí Nguyễn Tiến Hải, Bí thư Tỉnh ủy Cà Mau chủ trì Hội nghị Ban Thường vụ Tỉnh ủy. Dự hội nghị có đồng chí Huỳnh Quốc Việt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Phạm Văn Thiều, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Tỉnh ủy Cà Mau thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị.',
  ),
];

const HA_GIANG = ['person:nguyen-manh-dung', 'person:thao-hong-son', 'person:nguyen-van-son'];
const CA_MAU = ['person:nguyen-tien-hai', 'person:huynh-quoc-viet', 'person:pham-van-thieu'];

const sample = useSampleApi({
  samples: false,
  seed: async (graph) => {
    await ingestRecords(graph, [...DIFFUSION, ...MEETINGS], { batchSize: 3 });
  },
});

const DIFFUSION_QUERY = `query ($code: String!) { document(code: $code) { code date diffusion {
  issuedOn bodyCount
  bodies(first: 10) { totalCount edges { node { organization { name } level province firstEvidence firstEvidenceKind lagDays evidenceCount } } }
  byLevel { level bodies firstEvidence medianLagDays }
  byProvince { province bodies firstEvidence lagDays }
  monthly { month bodies cumulative } } } }`;

describe('directive diffusion', () => {
  it('dates each body taking 35-CT/TW up, with its level and its lag after the issue date', async () => {
    const data = await sample.api.data(DIFFUSION_QUERY, { code: '35 ct/tw' });
    const d = data.document.diffusion;
    expect(data.document.date).toBe('2024-06-14');
    expect(d.issuedOn).toBe('2024-06-14');
    expect(d.bodyCount).toBe(5);
    expect(
      d.bodies.edges.map((e: any) => [
        e.node.organization.name,
        e.node.level,
        e.node.province,
        e.node.firstEvidence,
        e.node.firstEvidenceKind,
        e.node.lagDays,
      ]),
    ).toEqual([
      ['Ban Tổ chức Trung ương', 'CENTRAL', null, '2024-06-20', 'IMPLEMENTS', 6],
      ['Tỉnh ủy Quảng Bình', 'PROVINCE', 'Quảng Bình', '2024-07-01', 'IMPLEMENTS', 17],
      // The meeting of 5/7 comes before the article of 6/7 that reports it.
      ['Tỉnh ủy Hà Tĩnh', 'PROVINCE', 'Hà Tĩnh', '2024-07-05', 'EVENT', 21],
      // The resolver adds the province the article is about to a body named without it.
      ['Đảng ủy xã Sen Thủy tỉnh Quảng Bình', 'COMMUNE', 'Quảng Bình', '2024-08-15', 'IMPLEMENTS', 62],
      ['Huyện ủy Lệ Thủy tỉnh Quảng Bình', 'DISTRICT', 'Quảng Bình', '2024-08-15', 'IMPLEMENTS', 62],
    ]);
    // Quảng Bình said it twice: two statements, the first one dates it.
    expect(d.bodies.edges[1].node.evidenceCount).toBe(2);
    expect(d.byLevel).toEqual([
      { level: 'CENTRAL', bodies: 1, firstEvidence: '2024-06-20', medianLagDays: 6 },
      { level: 'PROVINCE', bodies: 2, firstEvidence: '2024-07-01', medianLagDays: 19 },
      { level: 'DISTRICT', bodies: 1, firstEvidence: '2024-08-15', medianLagDays: 62 },
      { level: 'COMMUNE', bodies: 1, firstEvidence: '2024-08-15', medianLagDays: 62 },
    ]);
    expect(d.byProvince).toEqual([
      { province: 'Quảng Bình', bodies: 3, firstEvidence: '2024-07-01', lagDays: 17 },
      { province: 'Hà Tĩnh', bodies: 1, firstEvidence: '2024-07-05', lagDays: 21 },
    ]);
    expect(d.monthly).toEqual([
      { month: '2024-06', bodies: 1, cumulative: 1 },
      { month: '2024-07', bodies: 2, cumulative: 3 },
      { month: '2024-08', bodies: 2, cumulative: 5 },
    ]);
  });

  it('gives no lag when no article stated the issue date', async () => {
    const data = await sample.api.data(DIFFUSION_QUERY, { code: '57-NQ/TW' });
    const d = data.document.diffusion;
    expect(d.issuedOn).toBeNull();
    expect(
      d.bodies.edges.map((e: any) => [e.node.organization.name, e.node.firstEvidence, e.node.lagDays]),
    ).toEqual([['Tỉnh ủy Cà Mau', '2024-09-20', null]]);
    expect(d.byLevel).toEqual([
      { level: 'PROVINCE', bodies: 1, firstEvidence: '2024-09-20', medianLagDays: null },
    ]);
  });
});

const CO_PARTICIPANTS = `query ($p: ID!, $from: Date, $to: Date, $first: Int, $after: String) { person(id: $p) {
  coParticipants(from: $from, to: $to, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { graphId } sharedEvents latestDate latestEvent { graphId } } } } }`;

describe('who works with whom', () => {
  it('counts the events a person shared with each other person, and the latest', async () => {
    const data = await sample.api.data(CO_PARTICIPANTS, { p: gid('Person', 'person:nguyen-manh-dung') });
    const c = data.person.coParticipants;
    expect(c.totalCount).toBe(2);
    expect(c.edges.map((e: any) => [e.node.graphId, e.sharedEvents, e.latestDate])).toEqual([
      ['person:thao-hong-son', 2, '2024-10-05'],
      ['person:nguyen-van-son', 1, '2024-11-12'],
    ]);
    expect(c.edges[0].latestEvent.graphId).toBe('event:2024-10-05:chaired-by:nguyen-manh-dung');
    // Nobody from Cà Mau: the two groups never met.
    const cm = await sample.api.data(CO_PARTICIPANTS, { p: gid('Person', 'person:nguyen-tien-hai') });
    expect(cm.person.coParticipants.edges.map((e: any) => [e.node.graphId, e.sharedEvents]).sort()).toEqual([
      ['person:huynh-quoc-viet', 1],
      ['person:pham-van-thieu', 1],
    ]);
  });

  it('keeps to the dates asked and pages', async () => {
    const autumn = await sample.api.data(CO_PARTICIPANTS, {
      p: gid('Person', 'person:nguyen-manh-dung'),
      from: '2024-10-01',
      to: '2024-10-31',
    });
    expect(autumn.person.coParticipants.edges.map((e: any) => [e.node.graphId, e.sharedEvents])).toEqual([
      ['person:thao-hong-son', 1],
    ]);
    const first = await sample.api.data(CO_PARTICIPANTS, {
      p: gid('Person', 'person:nguyen-manh-dung'),
      first: 1,
    });
    expect(first.person.coParticipants.pageInfo.hasNextPage).toBe(true);
    const second = await sample.api.data(CO_PARTICIPANTS, {
      p: gid('Person', 'person:nguyen-manh-dung'),
      first: 1,
      after: first.person.coParticipants.pageInfo.endCursor,
    });
    expect(second.person.coParticipants.edges.map((e: any) => e.node.graphId)).toEqual([
      'person:nguyen-van-son',
    ]);
    expect(second.person.coParticipants.pageInfo.hasNextPage).toBe(false);
    const bad = await sample.api.post({
      query: CO_PARTICIPANTS,
      variables: { p: gid('Person', 'person:nguyen-manh-dung'), from: '2024-12-01', to: '2024-01-01' },
    });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('links bodies through the people who served both and the meetings of their officials', async () => {
    const data = await sample.api.data(
      `query ($o: ID!) { organization(id: $o) { name network(first: 10) { totalCount
        edges { node { name } sharedPeople sharedEvents weight people { graphId } } } } }`,
      { o: gid('Organization', 'org:tinh-uy-ha-giang') },
    );
    expect(data.organization.name).toBe('Tỉnh ủy Hà Giang');
    // Nguyễn Văn Sơn is Phó Bí thư Tỉnh ủy and Chủ tịch UBND tỉnh; he met the Bí thư on 12/11.
    expect(
      data.organization.network.edges.map((e: any) => [
        e.node.name,
        e.sharedPeople,
        e.sharedEvents,
        e.weight,
      ]),
    ).toEqual([['Ủy ban nhân dân tỉnh Hà Giang', 1, 1, 2]]);
    expect(data.organization.network.edges[0].people.map((p: any) => p.graphId)).toEqual([
      'person:nguyen-van-son',
    ]);
  });
});

describe('communities and centrality (kg analyse)', () => {
  it('is empty until analysed', async () => {
    const data = await sample.api.data(
      `query ($p: ID!) { networkAnalysis { version } communities { totalCount edges { node { id } } } person(id: $p) { centrality { pagerank } } }`,
      { p: gid('Person', 'person:nguyen-manh-dung') },
    );
    expect(data).toEqual({
      networkAnalysis: null,
      communities: { totalCount: 0, edges: [] },
      person: { centrality: null },
    });
  });

  it('puts the two groups in two communities and ranks the obvious centres first', async () => {
    const run = await analyseNetwork(sample.graph, { pageSize: 2 });
    expect(run.version).toBe(1);
    expect(run.people).toBe(6);
    const centrality = `centrality { pagerank betweenness degree community { id size } analysis { version } }`;
    const people = await sample.api.data(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { graphId ${centrality} } } }`,
      { ids: [...HA_GIANG, ...CA_MAU].map((id) => gid('Person', id)) },
    );
    const byId = new Map<string, any>(people.nodes.map((n: any) => [n.graphId, n.centrality]));
    const community = (id: string) => byId.get(id).community.id;
    expect(new Set(HA_GIANG.map(community)).size).toBe(1);
    expect(new Set(CA_MAU.map(community)).size).toBe(1);
    expect(community(HA_GIANG[0]!)).not.toBe(community(CA_MAU[0]!));
    // The Bí thư who chaired every Hà Giang meeting ranks first of them; the one person linking
    // the people's committee to the rest lies between, the others do not.
    const rank = (id: string) => byId.get(id).pagerank;
    expect(rank('person:nguyen-manh-dung')).toBeGreaterThan(rank('person:thao-hong-son'));
    expect(rank('person:nguyen-manh-dung')).toBeGreaterThan(rank('person:nguyen-van-son'));
    expect(byId.get('person:nguyen-van-son').betweenness).toBeGreaterThan(0);
    expect(byId.get('person:thao-hong-son').betweenness).toBe(0);
    expect(byId.get('person:nguyen-manh-dung').analysis.version).toBe(1);

    const list = await sample.api.data(`{ networkAnalysis { version people communities }
      communities(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id rank size people(first: 1) { graphId } organizations { name } } } } }`);
    expect(list.networkAnalysis).toEqual({ version: 1, people: 6, communities: run.communities });
    expect(list.communities.totalCount).toBe(run.communities);
    expect(list.communities.edges[0].node.rank).toBe(1);
    const next = await sample.api.data(
      `query ($after: String) { communities(first: 100, after: $after) { edges { node { rank size } } } }`,
      { after: list.communities.pageInfo.endCursor },
    );
    const sizes = [list.communities.edges[0].node, ...next.communities.edges.map((e: any) => e.node)];
    expect(sizes.map((c: any) => c.rank)).toEqual(sizes.map((_: any, i: number) => i + 1));
    expect(sizes.map((c: any) => c.size)).toEqual([...sizes.map((c: any) => c.size)].sort((a, b) => b - a));
  });

  it('replaces the previous run: a second run has the next version and the same answer', async () => {
    const before = await sample.api.data(`{ communities(first: 100) { edges { node { id size } } } }`);
    const run = await analyseNetwork(sample.graph);
    expect(run.version).toBe(2);
    const after = await sample.api.data(
      `{ networkAnalysis { version } communities(first: 100) { edges { node { id size } } } }`,
    );
    expect(after.networkAnalysis.version).toBe(2);
    expect(after.communities.edges).toEqual(before.communities.edges);
    const stale = await sample.graph.read(async (tx) =>
      (await tx.run('MATCH (n:Entity) WHERE n.analysisVersion <> 2 RETURN count(n) AS n')).records[0]!.get(
        'n',
      ),
    );
    expect(stale).toBe(0);
  });

  it('runs as kg analyse: the run on stdout, progress on stderr, usage errors exit 2', async () => {
    const run = await runKg(['analyse', '--json', '--no-betweenness']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 3, people: 6, communities: expect.any(Number) });
    expect(run.stderr).toContain('kg analyse: read 6 people');
    const bad = await runKg(['analyse', '--page-size', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--page-size');
    // Without betweenness it is stored as 0.
    const answer = await sample.api.data(
      `query ($p: ID!) { person(id: $p) { centrality { betweenness analysis { version } } } }`,
      {
        p: gid('Person', 'person:nguyen-van-son'),
      },
    );
    expect(answer.person.centrality).toEqual({ betweenness: 0, analysis: { version: 3 } });
  });
});
