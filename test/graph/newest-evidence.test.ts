/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Decision 0036: each claim summary lists the keys of its pair's newest claims (`newest`), and a
// page edge's evidence is read by those keys instead of by sorting every claim of the pair. Here
// hub pairs have more claims than the list holds (dates tied across articles), and after each way
// claims come and go — batches added to a pair, newer articles, an article replaced, a curator's
// merge and its undo, a graph from before the list (migration 100) — the API's implementers and
// positions, and their evidence for several `evidence(first:)`, are those of a full sort of the
// claims, computed here from the claims themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { MIGRATIONS_DIR, splitStatements } from '../../src/db/migrate.ts';
import { decodeGlobalId } from '../../src/api/global-id.ts';
import { DEFAULT_EVIDENCE_PAGE } from '../../src/api/paging.ts';
import { cypher } from '../../src/api/cypher.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { NEWEST_EVIDENCE_KEPT } from '../../ingest/load/claim-summaries.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { profiledRead } from '../support/graph.ts';
import { gid, openTestGraph, startTestApi, type TestApi } from './api-harness.ts';

let graph: Graph;
let api: TestApi;

const CODE = '21-CT/TW';
// A hub province (21 articles: its pairs hold more claims than the list) and a small one.
const PROVINCES = [
  { name: 'Nghệ An', secretary: 'Trần Minh Khoa', articles: 21 },
  { name: 'Quảng Bình', secretary: 'Phạm Quốc Hưng', articles: 3 },
];

/** Article n of a province: two dated claims that the province implements the directive, one that its secretary holds the post. */
function article(p: (typeof PROVINCES)[number], n: number, day: string, url = ''): ArticleRecord {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return {
    id: `newest-${p.name}-${n}`,
    url: url || `https://fixtures.kg.invalid/newest/${encodeURIComponent(p.name)}/${n}`,
    language: 'vi',
    publishedAt: day,
    title: `Tỉnh ủy ${p.name} sơ kết Chỉ thị ${CODE} (${n})`,
    text: [
      `Tỉnh ủy ${p.name} sơ kết Chỉ thị ${CODE} (${n})`,
      `Ngày ${d}/${m}/${y}, Ban Thường vụ Tỉnh ủy ${p.name} tổ chức Hội nghị sơ kết thực hiện Chỉ thị số ${CODE} của Ban Bí thư về công tác phụ nữ.`,
      `Đồng chí ${p.secretary}, Bí thư Tỉnh ủy ${p.name}, chủ trì Hội nghị.`,
      `Ban Thường vụ Tỉnh ủy ${p.name} tiếp tục thực hiện Chỉ thị ${CODE} trong những năm tiếp theo.`,
    ].join('\n\n'),
  };
}

// Two articles a day (ties on asOf across articles), in batches of 8 so a pair's list is merged
// from several batches.
const dayOf = (n: number) =>
  `2023-0${1 + Math.floor(n / 10)}-${String(10 + (Math.floor(n / 2) % 5)).padStart(2, '0')}`;
const FIRST = PROVINCES.flatMap((p) => Array.from({ length: p.articles }, (_, n) => article(p, n, dayOf(n))));

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** A pair's claims in evidence order (newest first, then article, sentence, offset, key), from the claims. */
async function claimsInOrder(type: string, fromId: string, toId: string) {
  const claims = await rows(
    `MATCH (f:Entity {id: $fromId})-[r]->(t:Entity {id: $toId}) WHERE type(r) = $type
     RETURN r.key AS key, r.articleId AS articleId, r.sentenceIndex AS sentenceIndex, r.start AS start, coalesce(r.asOf, '') AS seen`,
    { type, fromId, toId },
  );
  return claims
    .map((c) => ({
      key: c.key as string,
      articleId: c.articleId as string,
      sentenceIndex: Number(c.sentenceIndex),
      start: Number(c.start),
      seen: c.seen as string,
    }))
    .sort(
      (a, b) =>
        cmp(b.seen, a.seen) ||
        cmp(a.articleId, b.articleId) ||
        cmp(a.sentenceIndex, b.sentenceIndex) ||
        cmp(a.start, b.start) ||
        cmp(a.key, b.key),
    );
}

const place = (c: { articleId: string; sentenceIndex: number; start: number }) =>
  `${c.articleId}#${c.sentenceIndex}@${c.start}`;
const idOf = (globalId: string) => decodeGlobalId(globalId)!.graphId;
const evidencePlaces = (edge: any) =>
  edge.evidence.map((e: any) =>
    place({ articleId: idOf(e.article.id), sentenceIndex: e.sentenceIndex, start: e.span.start }),
  );

const documentId = async () =>
  (await rows(`MATCH (d:Document {code: $code}) RETURN d.id AS id`, { code: CODE }))[0]!.id as string;

/** Every implementer of the directive and every post of each secretary, with their evidence, as a full sort gives them. */
async function expectEveryEdgeAsAFullSort(): Promise<number> {
  // Each pair's claims sorted once per call: the graph does not change within it.
  const pairs = new Map<string, ReturnType<typeof claimsInOrder>>();
  const sorted = (type: string, fromId: string, toId: string) => {
    const key = `${type} ${fromId} ${toId}`;
    if (!pairs.has(key)) pairs.set(key, claimsInOrder(type, fromId, toId));
    return pairs.get(key)!;
  };
  const docId = await documentId();
  let checked = 0;
  for (const n of [1, 5, DEFAULT_EVIDENCE_PAGE, 30]) {
    const data: any = await api.data(
      `query($c: String!, $n: Int) { document(code: $c) { implementedBy(first: 50) { totalCount edges {
         node { id } evidenceCount evidence(first: $n) { sentenceIndex span { start } article { id } } } } } }`,
      { c: CODE, n },
    );
    for (const edge of data.document.implementedBy.edges) {
      const claims = await sorted('IMPLEMENTS', idOf(edge.node.id), docId);
      expect(edge.evidenceCount).toBe(claims.length);
      expect(evidencePlaces(edge), `${idOf(edge.node.id)} first: ${n}`).toEqual(
        claims.slice(0, n).map(place),
      );
      checked++;
    }
  }
  const people = await rows(
    `MATCH (p:Person) WHERE EXISTS { (p)-[:HOLDS]->() } RETURN p.id AS id ORDER BY id`,
  );
  for (const { id } of people) {
    for (const n of [3, DEFAULT_EVIDENCE_PAGE, 25]) {
      const data: any = await api.data(
        `query($id: ID!, $n: Int) { person(id: $id) { positions { edges { node { id } evidenceCount
           evidence(first: $n) { sentenceIndex span { start } article { id } } } } } }`,
        { id: gid('Person', id as string), n },
      );
      for (const edge of data.person.positions.edges) {
        const claims = await sorted('HOLDS', id as string, idOf(edge.node.id));
        expect(edge.evidenceCount).toBe(claims.length);
        expect(evidencePlaces(edge), `${id as string} first: ${n}`).toEqual(claims.slice(0, n).map(place));
        checked++;
      }
    }
  }
  return checked;
}

/**
 * Summaries whose `newest` is not the first NEWEST_EVIDENCE_KEPT keys of their claims in evidence
 * order. `unlistedSmall`: a pair of at most that many claims may have no list (a graph from before
 * migration 100, whose pairs the loader lists at their next write).
 */
async function staleLists(unlistedSmall = false): Promise<string[]> {
  const summaries = await rows(
    `MATCH (f)-[s:IMPLEMENTS_SUMMARY|HOLDS_SUMMARY]->(t)
     RETURN type(s) AS type, f.id AS fromId, t.id AS toId, s.newest AS newest, s.evidence AS evidence`,
  );
  const stale: string[] = [];
  for (const s of summaries) {
    if (unlistedSmall && s.newest === null && Number(s.evidence) <= NEWEST_EVIDENCE_KEPT) continue;
    const type = (s.type as string).replace(/_SUMMARY$/, '');
    const want = (await claimsInOrder(type, s.fromId as string, s.toId as string))
      .slice(0, NEWEST_EVIDENCE_KEPT)
      .map((c) => c.key as string);
    if (JSON.stringify(s.newest) !== JSON.stringify(want))
      stale.push(`${type} ${s.fromId as string} -> ${s.toId as string}`);
  }
  return stale;
}

/** The largest claim count of an implementing pair: the hub pairs must hold more than the list. */
const largestPair = async () =>
  Number((await rows(`MATCH ()-[s:IMPLEMENTS_SUMMARY]->() RETURN max(s.evidence) AS n`))[0]!.n);

beforeAll(async () => {
  graph = await openTestGraph();
  await ingestRecords(graph, FIRST, { batchSize: 8 });
  // Answers, not speed: a generous budget and no warm-up of every named query (decision 0074).
  api = await startTestApi(graph, { queryTimeoutMs: 60_000, warmUp: false });
});

afterAll(async () => {
  await api?.server.close();
  await graph?.close();
});

describe("a hub pair's evidence, read by the keys its summary lists (decision 0036)", () => {
  it('is a full sort of the claims after ingest in batches, and the lists are exact', async () => {
    expect(await largestPair()).toBeGreaterThan(NEWEST_EVIDENCE_KEPT);
    expect(NEWEST_EVIDENCE_KEPT).toBeGreaterThanOrEqual(DEFAULT_EVIDENCE_PAGE);
    expect(await staleLists()).toEqual([]);
    expect(await expectEveryEdgeAsAFullSort()).toBeGreaterThan(20);
  });

  it('reads fewer database hits with the lists than without, for the same page', async () => {
    const query = cypher('document-organizations');
    const params = {
      ids: [await documentId()],
      relation: 'IMPLEMENTS',
      offset: neo4j.int(0),
      limit: neo4j.int(20),
      withTotal: true,
      evidenceLimit: neo4j.int(5),
    };
    // Each profile plans afresh from the statistics of the moment: a plan cached earlier in this
    // server's life (other files, other data) must not decide which read looks cheaper.
    const profiled = async () => {
      const { dbHits, plan, records } = await profiledRead(graph, query.text, params, { planAfresh: true });
      return { hits: dbHits, plan, edges: records[0]!.get('edges') as unknown };
    };
    const listed = await profiled();
    const saved = await rows(
      `MATCH ()-[s:IMPLEMENTS_SUMMARY]->() RETURN elementId(s) AS id, s.newest AS newest`,
    );
    await graph.write((tx) => tx.run(`MATCH ()-[s:IMPLEMENTS_SUMMARY]->() REMOVE s.newest`));
    const sorted = await profiled();
    await graph.write((tx) =>
      tx.run(`UNWIND $saved AS row MATCH ()-[s]->() WHERE elementId(s) = row.id SET s.newest = row.newest`, {
        saved,
      }),
    );
    expect(listed.edges).toEqual(sorted.edges);
    expect(listed.hits, `listed:\n${listed.plan}\nsorted:\n${sorted.plan}`).toBeLessThan(sorted.hits);
  });

  it('follows newer articles added to a listed pair', async () => {
    const later = PROVINCES.slice(0, 2).flatMap((p) => [
      article(p, 40, '2024-02-01'),
      article(p, 41, '2023-01-10'),
    ]);
    await ingestRecords(graph, later, { batchSize: 1 });
    expect(await staleLists()).toEqual([]);
    await expectEveryEdgeAsAFullSort();
  });

  it('drops the claims of an article replaced by a version that no longer says them', async () => {
    const p = PROVINCES[0]!;
    const newest = article(p, 40, '2024-02-01');
    const replaced = await ingestRecords(graph, [
      {
        ...newest,
        text: `Tỉnh ủy ${p.name} họp thường kỳ\n\nNgày 1/2/2024, Tỉnh ủy ${p.name} họp thường kỳ.`,
      },
    ]);
    expect(replaced.replaced).toBe(1);
    expect(await staleLists()).toEqual([]);
    await expectEveryEdgeAsAFullSort();
  });

  it("through a curator's merge of two implementers and its undo", async () => {
    const bodies = await rows(
      `MATCH (o:Organization)-[s:IMPLEMENTS_SUMMARY]->(:Document {code: $code})
       RETURN o.id AS id ORDER BY s.evidence DESC, id LIMIT 2`,
      { code: CODE },
    );
    const [keep, gone] = bodies.map((b) => b.id as string) as [string, string];
    const merge = await mergeEntities(graph, keep, gone, { by: 'tester', reason: 'newest evidence test' });
    expect(await staleLists()).toEqual([]);
    await expectEveryEdgeAsAFullSort();
    await undoCuration(graph, merge.id, { by: 'tester' });
    expect(await staleLists()).toEqual([]);
    await expectEveryEdgeAsAFullSort();
  });

  it('on a graph from before the lists: migration 100 lists the hub pairs, the loader the rest', async () => {
    await graph.write((tx) => tx.run(`MATCH ()-[s]->() WHERE s.newest IS NOT NULL REMOVE s.newest`));
    // Unlisted, every pair is read whole: the same answers.
    await expectEveryEdgeAsAFullSort();
    const migration = readFileSync(path.join(MIGRATIONS_DIR, '100-newest-evidence.cypher'), 'utf8');
    for (const statement of splitStatements(migration)) await graph.write((tx) => tx.run(statement));
    expect(await staleLists(true)).toEqual([]);
    const listed = await rows(
      `MATCH ()-[s:IMPLEMENTS_SUMMARY|HOLDS_SUMMARY]->() RETURN s.evidence > $kept AS hub, s.newest IS NOT NULL AS listed`,
      { kept: NEWEST_EVIDENCE_KEPT },
    );
    expect(listed.some((s) => s.hub)).toBe(true);
    expect(listed.every((s) => s.hub === s.listed)).toBe(true);
    await expectEveryEdgeAsAFullSort();
    // A small pair gains a claim: the loader lists it from its claims.
    await ingestRecords(graph, [article(PROVINCES[1]!, 50, '2025-03-03')]);
    const after = await rows(
      `MATCH (:Person)-[s:HOLDS_SUMMARY]->() WHERE s.lastSeen = '2025-03-03' RETURN s.newest AS newest, s.evidence AS n`,
    );
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => Array.isArray(s.newest))).toBe(true);
    expect(await staleLists(true)).toEqual([]);
    await expectEveryEdgeAsAFullSort();
  });
});
