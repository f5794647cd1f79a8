// Person name contexts (decision 0046) against the real Neo4j: the resolver reads a batch's
// candidates from one (:PersonNameContext) per (name key, resolved id) instead of every mention,
// so each must equal the fold of that pair's person MENTIONS — after ingest, a replaced article, a
// curator's merge, split and undo, a rebuild (what a restored snapshot gets) and migration 160 on a
// graph written before it — and none may outlive its mentions.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { readMigrations } from '../../src/db/migrate.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords, runIngest } from '../../ingest/run.ts';
import { mergeEntities, splitEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { recountAllPersonNameContexts } from '../../ingest/load/person-name-contexts.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

// The fold written here on its own (not the loader's statement), sorted lists, [] for none.
const FOLDED = `
  MATCH (:Article)-[m:MENTIONS]->(:Person) WHERE m.nameKey IS NOT NULL
  WITH m.nameKey + '|' + m.toResolvedId AS id, collect(m) AS ms
  RETURN id,
    COLLECT { UNWIND ms AS m UNWIND coalesce(m.postProvinces, []) AS v RETURN DISTINCT v ORDER BY v } AS postProvinces,
    COLLECT { UNWIND ms AS m UNWIND coalesce(m.orgIds, []) AS v RETURN DISTINCT v ORDER BY v } AS orgIds,
    COLLECT { UNWIND ms AS m WITH m WHERE m.articleProvince IS NOT NULL RETURN DISTINCT m.articleProvince AS v ORDER BY v } AS seenIn,
    COLLECT { UNWIND ms AS m UNWIND coalesce(m.seats, []) AS v RETURN DISTINCT v ORDER BY v } AS seats,
    COLLECT { UNWIND ms AS m WITH m WHERE size(coalesce(m.seats, [])) > 0 AND m.asOf IS NOT NULL RETURN DISTINCT m.asOf AS v ORDER BY v } AS seatDates
  ORDER BY id`;
const STORED = `
  MATCH (c:PersonNameContext)
  RETURN c.id AS id, coalesce(c.postProvinces, []) AS postProvinces, coalesce(c.orgIds, []) AS orgIds,
         coalesce(c.seenIn, []) AS seenIn, coalesce(c.seats, []) AS seats, coalesce(c.seatDates, []) AS seatDates
  ORDER BY id`;

/** Every way the stored contexts differ from the mentions' fold, as readable strings (empty when exact). */
async function contextMismatches(): Promise<string[]> {
  const expected = new Map((await rows(FOLDED)).map((r) => [r.id as string, JSON.stringify(r)]));
  const stored = new Map((await rows(STORED)).map((r) => [r.id as string, JSON.stringify(r)]));
  const problems: string[] = [];
  for (const [id, want] of expected)
    if (stored.get(id) !== want)
      problems.push(`${id}: stored ${stored.get(id) ?? 'none'}, mentions say ${want}`);
  for (const id of stored.keys()) if (!expected.has(id)) problems.push(`${id}: stored, but no mention left`);
  return problems;
}

const contextCount = async () =>
  Number((await rows('MATCH (c:PersonNameContext) RETURN count(c) AS n'))[0]!.n);
const storedContexts = async () => rows(STORED);

const samples: ArticleRecord[] = ['vi-namesakes', 'en-prime-minister']
  .flatMap((f) => readFileSync(`samples/articles/${f}.jsonl`, 'utf8').trim().split('\n'))
  .map((l) => JSON.parse(l) as ArticleRecord);

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
});

afterAll(async () => {
  await clearGraph(graph);
  await graph.close();
});

describe('person name contexts stay the fold of their mentions', () => {
  it('after ingesting the samples, in batches of any size', async () => {
    await runIngest(graph, ['samples/articles'], { batchSize: 5 });
    expect(await contextCount()).toBeGreaterThan(10);
    // Some person is seen with a post in a province, with a seat and a date: the fold is not trivial.
    expect((await storedContexts()).some((c) => (c.seatDates as string[]).length > 0)).toBe(true);
    expect(await contextMismatches()).toEqual([]);
  });

  it('when an article is replaced by a version naming someone else', async () => {
    const record = JSON.parse(
      readFileSync('samples/articles/vi-dong-thap.jsonl', 'utf8').trim().split('\n')[0]!,
    ) as ArticleRecord;
    const before = await contextCount();
    const replaced = await ingestRecords(graph, [
      { ...record, text: 'Đồng chí Trần Văn Quyết, Bí thư Huyện ủy Cao Lãnh, phát biểu tại hội nghị.' },
    ]);
    expect(replaced.replaced).toBe(1);
    expect(await contextCount()).not.toBe(before);
    expect(await contextMismatches()).toEqual([]);
  });

  it('through a merge, its undo, a split and its undo (curations leave them as they are)', async () => {
    await ingestRecords(graph, samples);
    const before = await storedContexts();
    const people = await rows(
      `MATCH (p:Person) WHERE EXISTS { (p)-[:HOLDS]->() } RETURN p.id AS id ORDER BY id LIMIT 2`,
    );
    const [keep, gone] = people.map((r) => r.id as string) as [string, string];
    const merge = await mergeEntities(graph, keep, gone, { by: 'tester', reason: 'contexts test' });
    expect(await contextMismatches()).toEqual([]);
    await undoCuration(graph, merge.id, { by: 'tester' });
    const [article] = await rows(
      `MATCH (a:Article)-[:MENTIONS]->(p:Person {id: $id}) RETURN a.id AS id ORDER BY id LIMIT 1`,
      { id: keep },
    );
    const split = await splitEntities(graph, keep, [article!.id as string], { by: 'tester' });
    expect(await contextMismatches()).toEqual([]);
    await undoCuration(graph, split.id, { by: 'tester' });
    expect(await storedContexts()).toEqual(before);
  });

  it('rebuilt from the mentions alone (a restored snapshot) and by migration 160, the same', async () => {
    const kept = await storedContexts();
    await graph.write((tx) => tx.run('MATCH (c:PersonNameContext) DELETE c'));
    expect(await recountAllPersonNameContexts(graph, 7)).toBe(kept.length);
    expect(await storedContexts()).toEqual(kept);

    await graph.write((tx) => tx.run('MATCH (c:PersonNameContext) DELETE c'));
    const migration = readMigrations().find((m) => m.name === 'person-name-contexts')!;
    for (const statement of migration.statements) await graph.write((tx) => tx.run(statement));
    expect(await storedContexts()).toEqual(kept);
  });

  it('the check itself sees a stale context and a left-over one', async () => {
    await graph.write((tx) =>
      tx.run(`MATCH (c:PersonNameContext) WITH c ORDER BY c.id LIMIT 1 SET c.seenIn = ['Cà Mau']`),
    );
    await graph.write((tx) =>
      tx.run(
        `CREATE (:PersonNameContext {id: 'nobody|person:nobody', nameKey: 'nobody', resolvedId: 'person:nobody'})`,
      ),
    );
    expect((await contextMismatches()).length).toBe(2);
  });
});
