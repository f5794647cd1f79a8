/* eslint-disable @typescript-eslint/no-explicit-any -- profiled plans and GraphQL groups are JSON checked by assertions */
// Implementer and holder tallies (decision 0038): implementerCounts and holderCounts are answered
// from tallies the loader and curation keep in the transaction that writes the claims, not from
// one summary per body or holder. On articles of our own, through the real loader and curation:
// the counts are the ones the articles state, they equal the count from scratch over the summaries
// (the queries the two fields used before), and they change exactly as the graph does after a
// re-ingest of a changed article and after a curator's merge (the merged-away entity deleted) and
// its undo; `kg check`'s invariants find nothing, and find a link moved by hand.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { retallyHolders, retallyImplementers } from '../../ingest/load/aggregate-tallies.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import type { ApiContext } from '../../src/api/context.ts';
import { dashboardQuery } from '../../src/api/resolvers/dashboards.ts';
import { ORGANIZATION_KINDS, enumOf } from '../../src/api/resolvers/enums.ts';
import { clearGraph, openTestGraph, profiledDbHits } from '../support/graph.ts';

let graph: Graph;

const article = (id: string, day: number, text: string): ArticleRecord => ({
  id: `aggregate-${id}`,
  url: `https://aggregate.kg.invalid/${id}`,
  language: 'vi',
  publishedAt: `2024-07-${String(day).padStart(2, '0')}`,
  title: `Tin ${id}`,
  text: `Tin ${id}\n\n${text}`,
});

// Our own sentences about real public bodies; people and dates are the fixture's.
const ARTICLES: ArticleRecord[] = [
  article(
    'quang-binh',
    2,
    'Ngày 1/7/2024, Tỉnh ủy Quảng Bình tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị. Đồng chí Lê Minh Khang, Bí thư Tỉnh ủy Quảng Bình chủ trì hội nghị. Tỉnh ủy Quảng Bình thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
  article(
    'ha-tinh',
    6,
    'Ngày 5/7/2024, Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị. Đồng chí Trần Quốc Bảo, Bí thư Tỉnh ủy Hà Tĩnh chủ trì hội nghị. Dự hội nghị có đồng chí Phan Thị Hạnh, Phó Bí thư Tỉnh ủy Hà Tĩnh. Tỉnh ủy Hà Tĩnh thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
  article(
    'nghe-an',
    9,
    'Ngày 8/7/2024, Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị. Đồng chí Võ Đình Lâm, Bí thư Tỉnh ủy Nghệ An chủ trì hội nghị. Tỉnh ủy Nghệ An thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.',
  ),
];

const ctx = () => ({ reader: new GraphReader(graph, 60_000) }) as unknown as ApiContext;
type Group = { key: string | null; count: number };

const implementerCounts = (groupBy: string) =>
  (dashboardQuery.implementerCounts as any)(
    {},
    { document: '35-CT/TW', groupBy, first: 50 },
    ctx(),
  ) as Promise<Group[]>;
const holderCounts = (groupBy: string, where: Record<string, unknown> = {}) =>
  (dashboardQuery.holderCounts as any)({}, { groupBy, where, first: 50 }, ctx()) as Promise<Group[]>;

// The counts from scratch, over the summaries, as the two fields read them before the tallies:
// organizations-where.cypher from the document, and the holder count over HOLDS_SUMMARY.
const ORGANIZATIONS_WHERE = cypher('organizations-where');
const HOLDERS_FROM_SUMMARIES = `
  MATCH (p:Person)-[:HOLDS_SUMMARY]->(pos:Position)
  OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
  WITH p, pos, o
  WHERE ($role = '' OR pos.role = $role) AND ($province = '' OR o.province = $province)
    AND ($level = '' OR (o IS NOT NULL AND ($level = 'central') = (o.province IS NULL)))
  WITH p, CASE $groupBy WHEN 'role' THEN pos.role WHEN 'province' THEN o.province WHEN 'kind' THEN o.kind
          ELSE CASE WHEN o IS NULL THEN null WHEN o.province IS NULL THEN 'central' ELSE 'local' END END AS key
  RETURN key, count(DISTINCT p) AS count ORDER BY count DESC, key`;

const upper = (groupBy: string, groups: Group[]) =>
  groups.map((g) => ({
    key:
      g.key === null
        ? null
        : groupBy === 'LEVEL'
          ? g.key.toUpperCase()
          : groupBy === 'KIND'
            ? enumOf(g.key, ORGANIZATION_KINDS)
            : g.key,
    count: g.count,
  }));

async function recountImplementers(groupBy: string): Promise<Group[]> {
  const documentId = await graph.read(async (tx) =>
    String((await tx.run("MATCH (d:Document {code: '35-CT/TW'}) RETURN d.id AS id")).records[0]?.get('id')),
  );
  const [row] = await ctx().reader.rows(ORGANIZATIONS_WHERE, {
    documentId,
    province: '',
    kinds: [],
    level: '',
    field: 'name',
    desc: false,
    afterKey: '',
    afterName: '',
    afterId: '',
    limit: neo4j.int(500),
    groupBy: groupBy.toLowerCase(),
  });
  return upper(groupBy, row?.groups as Group[]);
}

async function recountHolders(groupBy: string, where: Record<string, string> = {}): Promise<Group[]> {
  const rows = await ctx().reader.rows(
    { name: 'holders-from-summaries', text: HOLDERS_FROM_SUMMARIES },
    { role: '', province: '', level: '', ...where, groupBy: groupBy.toLowerCase() },
  );
  return upper(groupBy, rows as Group[]);
}

const HOLDER_QUESTIONS: [string, Record<string, string>][] = [
  ['PROVINCE', { role: 'Bí thư' }],
  ['ROLE', {}],
  ['ROLE', { province: 'Hà Tĩnh' }],
  ['LEVEL', {}],
  ['KIND', { role: 'Phó Bí thư' }],
];

/** Every grouping of both fields equals the count from scratch; the kg check invariants find nothing. */
async function expectTalliesToMatchRecount(): Promise<void> {
  for (const groupBy of ['PROVINCE', 'KIND', 'LEVEL'])
    expect({ groupBy, groups: await implementerCounts(groupBy) }).toEqual({
      groupBy,
      groups: await recountImplementers(groupBy),
    });
  for (const [groupBy, where] of HOLDER_QUESTIONS) {
    const graphWhere = where.level ? { ...where, level: where.level.toUpperCase() } : where;
    expect({ groupBy, where, groups: await holderCounts(groupBy, graphWhere) }).toEqual({
      groupBy,
      where,
      groups: await recountHolders(groupBy, where),
    });
  }
  expect(await findings()).toEqual({ 'implementer-tallies': 0, 'holder-tallies': 0 });
}

/** What the two invariants of `kg check` count (run alone: the other invariants are not this test's). */
async function findings(): Promise<Record<string, number>> {
  const reader = new GraphReader(graph, 60_000);
  const counts: Record<string, number> = {};
  for (const name of ['implementer-tallies', 'holder-tallies']) {
    const [row] = await reader.rows(cypher(`integrity-${name}`), { limit: neo4j.int(5) });
    counts[name] = Number(row?.count);
  }
  return counts;
}

/** Every tally's id and in-degree: what a re-ingest must leave as it was. */
const tallies = () =>
  graph.read(async (tx) =>
    (
      await tx.run(
        `MATCH (t) WHERE t:ImplementerTally OR t:HolderTally
         RETURN t.id AS id, COUNT { (t)<--() } AS degree ORDER BY id`,
      )
    ).records.map((r) => [r.get('id'), Number(r.get('degree'))]),
  );

const secretariesByProvince = () => holderCounts('PROVINCE', { role: 'Bí thư' });

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await ingestRecords(graph, ARTICLES);
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
});

describe('implementer and holder tallies', () => {
  it('count what the articles state, as the count from scratch does', async () => {
    expect(await implementerCounts('PROVINCE')).toEqual([
      { key: 'Hà Tĩnh', count: 1 },
      { key: 'Nghệ An', count: 1 },
      { key: 'Quảng Bình', count: 1 },
    ]);
    expect(await implementerCounts('LEVEL')).toEqual([{ key: 'LOCAL', count: 3 }]);
    expect(await secretariesByProvince()).toEqual([
      { key: 'Hà Tĩnh', count: 1 },
      { key: 'Nghệ An', count: 1 },
      { key: 'Quảng Bình', count: 1 },
    ]);
    expect(await holderCounts('ROLE', { province: 'Hà Tĩnh' })).toEqual([
      { key: 'Bí thư', count: 1 },
      { key: 'Phó Bí thư', count: 1 },
    ]);
    await expectTalliesToMatchRecount();
  });

  it('count nothing twice when the same articles are ingested again', async () => {
    const before = await tallies();
    const summary = await ingestRecords(graph, ARTICLES);
    expect(summary.unchanged).toBe(ARTICLES.length);
    expect(await tallies()).toEqual(before);
    await expectTalliesToMatchRecount();
  });

  it('follow a changed version of an article: a body that no longer implements, a secretary who became deputy', async () => {
    const changed = {
      ...ARTICLES[2]!,
      text: ARTICLES[2]!.text
        .replace('Bí thư Tỉnh ủy Nghệ An chủ trì', 'Phó Bí thư Tỉnh ủy Nghệ An chủ trì')
        .replace('quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị', 'sơ kết công tác sáu tháng đầu năm')
        .replace(' Tỉnh ủy Nghệ An thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.', ''),
    };
    const summary = await ingestRecords(graph, [changed]);
    expect(summary.written).toBe(1);
    expect((await implementerCounts('PROVINCE')).map((g) => g.key)).not.toContain('Nghệ An');
    expect(await secretariesByProvince()).toEqual([
      { key: 'Hà Tĩnh', count: 1 },
      { key: 'Quảng Bình', count: 1 },
    ]);
    expect(await holderCounts('PROVINCE', { role: 'Phó Bí thư' })).toEqual([
      { key: 'Hà Tĩnh', count: 1 },
      { key: 'Nghệ An', count: 1 },
    ]);
    await expectTalliesToMatchRecount();
  });

  it('follow a curator merging two people (the merged-away one deleted) and undoing it', async () => {
    const before = await tallies();
    const ids = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (p:Person)-[:HOLDS_SUMMARY]->(:Position {role: 'Bí thư'})-[:OF]->(o:Organization)
           WHERE o.province IN ['Quảng Bình', 'Hà Tĩnh'] RETURN p.id AS id ORDER BY o.province`,
        )
      ).records.map((r) => r.get('id') as string),
    );
    expect(ids).toHaveLength(2);
    // One secretary told under two names: now one person holding both posts, counted once per group.
    const merge = await mergeEntities(graph, ids[0]!, ids[1]!, { by: 'tester', reason: 'test' });
    expect(await holderCounts('ROLE', { role: 'Bí thư' })).toEqual([{ key: 'Bí thư', count: 1 }]);
    expect(await secretariesByProvince()).toEqual([
      { key: 'Hà Tĩnh', count: 1 },
      { key: 'Quảng Bình', count: 1 },
    ]);
    await expectTalliesToMatchRecount();
    await undoCuration(graph, merge.id, { by: 'tester' });
    expect(await tallies()).toEqual(before);
    await expectTalliesToMatchRecount();
  });

  it('read the same database hits for a few bodies and holders as for 300 more of the same profiles', async () => {
    const documentId = await graph.read(async (tx) =>
      String((await tx.run("MATCH (d:Document {code: '35-CT/TW'}) RETURN d.id AS id")).records[0]?.get('id')),
    );
    const dbHits = (name: string, params: Record<string, unknown>) =>
      profiledDbHits(graph, cypher(name).text, params);
    const implementerHits = () =>
      dbHits('implementer-counts', { documentId, groupBy: 'province', limit: neo4j.int(50) });
    const holderHits = () =>
      dbHits('holder-counts', {
        role: 'Bí thư',
        province: '',
        kinds: [],
        level: '',
        groupBy: 'province',
        limit: neo4j.int(50),
      });
    const recountHits = () =>
      dbHits('organizations-where', {
        documentId,
        province: '',
        kinds: [],
        level: '',
        field: 'name',
        desc: false,
        afterKey: '',
        afterName: '',
        afterId: '',
        limit: neo4j.int(50),
        groupBy: 'province',
      });
    const few = {
      implementers: await implementerHits(),
      holders: await holderHits(),
      recount: await recountHits(),
    };
    // 300 more committees of Hà Tĩnh implementing 35-CT/TW, 300 more secretaries of Hà Tĩnh's Tỉnh ủy.
    await graph.write(async (tx) => {
      const ids = Array.from({ length: 300 }, (_, i) => `tally-extra-${i}`);
      await tx.run(
        `MATCH (d:Document {id: $documentId})
         MATCH (:Person)-[:HOLDS_SUMMARY]->(post:Position {role: 'Bí thư'})-[:OF]->(:Organization {province: 'Hà Tĩnh'})
         WITH d, post LIMIT 1
         UNWIND $ids AS id
         CREATE (o:Organization:Entity {id: 'org:' + id, name: id, kind: 'party-committee', province: 'Hà Tĩnh'})
         CREATE (o)-[:IMPLEMENTS_SUMMARY {evidence: 1}]->(d)
         CREATE (p:Person:Entity {id: 'person:' + id, name: id})-[:HOLDS_SUMMARY {evidence: 1}]->(post)`,
        { documentId, ids },
      );
      await retallyImplementers(
        tx,
        ids.map((id) => ({ fromId: `org:${id}`, toId: documentId })),
      );
      await retallyHolders(
        tx,
        ids.map((id) => `person:${id}`),
      );
    });
    expect((await implementerCounts('PROVINCE')).find((g) => g.key === 'Hà Tĩnh')?.count).toBe(301);
    expect((await secretariesByProvince()).find((g) => g.key === 'Hà Tĩnh')?.count).toBe(301);
    const many = {
      implementers: await implementerHits(),
      holders: await holderHits(),
      recount: await recountHits(),
    };
    console.log(
      `implementer-counts / holder-counts / recount db hits: ${JSON.stringify(few)} -> ${JSON.stringify(many)}`,
    );
    // The recount reads every implementer; the tallies read their kinds and provinces, whatever they count.
    expect(many.recount).toBeGreaterThan(few.recount + 300);
    expect(many.implementers).toBeLessThanOrEqual(few.implementers + 10);
    expect(many.holders).toBeLessThanOrEqual(few.holders + 10);
    await expectTalliesToMatchRecount();
  });

  it('are found by kg check when a link is moved around the loader', async () => {
    await graph.write(async (tx) => {
      await tx.run(`MATCH (p:Person)-[l:HOLDER_TALLIED]->() WITH p, l ORDER BY p.id LIMIT 1 DELETE l`);
      await tx.run(
        `MATCH (o:Organization)-[l:IMPLEMENTER_TALLIED]->() WITH o, l ORDER BY o.id LIMIT 1 DELETE l`,
      );
    });
    expect(await findings()).toEqual({ 'implementer-tallies': 1, 'holder-tallies': 1 });
  });
});
