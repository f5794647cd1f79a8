// Curation against the real Neo4j: a merge and a split are recorded (who, what, when), survive
// re-ingest of the articles involved, and are undone exactly.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords, runIngest } from '../../ingest/run.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import {
  listCurations,
  mergeEntities,
  splitEntities,
  undoCuration,
  CurationError,
} from '../../ingest/curate/curation.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;
const samples: ArticleRecord[] = ['vi-namesakes', 'en-prime-minister']
  .flatMap((f) => readFileSync(`samples/articles/${f}.jsonl`, 'utf8').trim().split('\n'))
  .map((l) => JSON.parse(l) as ArticleRecord);
const sample = (id: string): ArticleRecord => samples.find((s) => s.id === id)!;
const changed = (r: ArticleRecord): ArticleRecord => ({
  ...r,
  text: `${r.text}\n\nBài viết đã được cập nhật.`,
});

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));
const articleId = async (recordId: string): Promise<string> =>
  (await rows('MATCH (a:Article {recordId: $recordId}) RETURN a.id AS id', { recordId }))[0]!.id as string;
/** The graph without the audit trail and the curated marks: what an undo must restore. */
const content = async () => (await dumpGraph(graph, ['curated'])).filter((l) => !l.includes('"Curation"'));

const QB = 'person:vu-dai-thang';
const QN = 'person:vu-dai-thang:quang-ninh';

beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe('merge', () => {
  beforeAll(async () => {
    await clearGraph(graph);
    await runIngest(graph, ['samples/articles']);
  });

  it('moves every relationship to the survivor, records who and when, and is undone exactly', async () => {
    const before = await content();
    expect(before.some((l) => l.includes(`"id":"${QN}"`))).toBe(true);
    const c = await mergeEntities(graph, QB, QN, {
      by: 'tester',
      at: '2026-01-02T03:04:05.000Z',
      reason: 'one official who moved',
    });
    expect(c).toMatchObject({
      action: 'merge',
      fromId: QN,
      intoId: QB,
      by: 'tester',
      at: '2026-01-02T03:04:05.000Z',
    });
    expect(c.moved).toBeGreaterThan(0);
    expect(await rows('MATCH (p:Person {id: $id}) RETURN p', { id: QN })).toHaveLength(0);
    const mentions = await rows(
      'MATCH (a:Article)-[:MENTIONS]->(:Person {id: $id}) RETURN a.recordId AS r ORDER BY r',
      { id: QB },
    );
    expect(mentions.map((m) => m.r)).toEqual(['sample-vi-07', 'sample-vi-08']);
    const audit = await listCurations(graph);
    expect(audit[0]).toMatchObject({ id: c.id, by: 'tester', undoneAt: null });

    const undone = await undoCuration(graph, c.id, { by: 'tester2', at: '2026-01-02T04:00:00.000Z' });
    expect(undone.undoneBy).toBe('tester2');
    expect(await content()).toEqual(before);
    // The audit trail keeps the undone curation.
    expect((await listCurations(graph)).find((x) => x.id === c.id)).toMatchObject({
      undoneAt: '2026-01-02T04:00:00.000Z',
    });
    await expect(undoCuration(graph, c.id)).rejects.toThrow(CurationError);
  });

  it('survives re-ingest: a changed article about the merged-away id lands on the survivor', async () => {
    const c = await mergeEntities(graph, QB, QN, { by: 'tester' });
    const summary = await ingestRecords(graph, [changed(sample('sample-vi-08'))]);
    expect(summary.replaced).toBe(1);
    expect(await rows('MATCH (p:Person {id: $id}) RETURN p', { id: QN })).toHaveLength(0);
    const onSurvivor = await rows(
      'MATCH (:Article {recordId: "sample-vi-08"})-[:MENTIONS]->(p:Person) WHERE p.nameKey = "vu dai thang" RETURN p.id AS id',
    );
    expect(onSurvivor).toEqual([{ id: QB }]);
    // Undo after the re-ingest still puts the article's mentions and claims back on the recreated id.
    await undoCuration(graph, c.id);
    const back = await rows(
      'MATCH (:Article {recordId: "sample-vi-08"})-[:MENTIONS]->(p:Person) WHERE p.nameKey = "vu dai thang" RETURN p.id AS id',
    );
    expect(back).toEqual([{ id: QN }]);
    const holds = await rows('MATCH (:Person {id: $id})-[r:HOLDS]->() RETURN count(r) AS n', { id: QN });
    expect(holds[0]!.n).toBeGreaterThan(0);
  });

  it('refuses what cannot be merged, saying why', async () => {
    await expect(mergeEntities(graph, QB, 'person:nobody')).rejects.toThrow(
      /no entity with id person:nobody/,
    );
    await expect(mergeEntities(graph, QB, 'org:bo-chinh-tri')).rejects.toThrow(/only entities of one kind/);
    await expect(mergeEntities(graph, QB, QB)).rejects.toThrow(/itself/);
  });
});

describe('split', () => {
  beforeAll(async () => {
    await clearGraph(graph);
    await runIngest(graph, ['samples/articles']);
  });

  it('moves what some articles said to a new id, keeps it there on re-ingest, and is undone exactly', async () => {
    const before = await content();
    const en = await articleId('sample-en-01');
    const c = await splitEntities(graph, 'person:le-quoc-phong', [en], { by: 'tester' });
    expect(c.intoId).toMatch(/^person:le-quoc-phong:split-/);
    const split = await rows('MATCH (a:Article)-[:MENTIONS]->(:Person {id: $id}) RETURN a.recordId AS r', {
      id: c.intoId,
    });
    expect(split).toEqual([{ r: 'sample-en-01' }]);
    const rest = await rows(
      'MATCH (a:Article)-[:MENTIONS]->(:Person {id: "person:le-quoc-phong"}) RETURN count(a) AS n',
    );
    expect(rest[0]!.n).toBe(4);

    await ingestRecords(graph, [changed(sample('sample-en-01'))]);
    const after = await rows(
      'MATCH (:Article {recordId: "sample-en-01"})-[:MENTIONS]->(p:Person) WHERE p.nameKey = "le quoc phong" RETURN p.id AS id',
    );
    expect(after).toEqual([{ id: c.intoId }]);

    await undoCuration(graph, c.id);
    await ingestRecords(graph, [sample('sample-en-01')]);
    expect(await content()).toEqual(before);
  });
});
