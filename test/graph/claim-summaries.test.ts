// Per-pair claim summaries (decision 0017) against the real Neo4j: after every way claims come and
// go — ingest, an article replaced, a curator's merge, split and undo — every pair of nodes with
// claims of a type has exactly one <TYPE>_SUMMARY whose evidence count and first/last dates are
// those of its claims, and no summary is left without claims. The API pages, counts and orders on
// these, so a stale one would be a wrong answer. The same steps keep the person name contexts the
// fold of their mentions (decision 0046): the resolver reads them, so a stale one changes who is who.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords, runIngest } from '../../ingest/run.ts';
import { mergeEntities, splitEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { CLAIM_TYPES } from '../../ingest/resolve/resolved-article.ts';
import { NEWEST_EVIDENCE_KEPT } from '../../ingest/load/claim-summaries.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';
import { personNameContextMismatches } from '../support/person-name-contexts.ts';

let graph: Graph;

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

/** Every way the summaries disagree with the claims, as readable strings (empty when exact). */
async function summaryMismatches(): Promise<string[]> {
  const claimSide = await rows(
    `MATCH (f)-[r]->(t) WHERE type(r) IN $types
     WITH f, t, r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
     WITH f, t, type(r) AS type, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen,
          collect(r.key)[0..$kept] AS newest
     OPTIONAL MATCH (f)-[s]->(t) WHERE type(s) = type + '_SUMMARY'
     WITH f, t, type, claims, firstSeen, lastSeen, newest, collect(s) AS summaries
     WHERE size(summaries) <> 1 OR summaries[0].evidence <> claims
        OR coalesce(summaries[0].firstSeen, '') <> coalesce(firstSeen, '')
        OR coalesce(summaries[0].lastSeen, '') <> coalesce(lastSeen, '')
        // The index keys a body's officials are read in order by (decision 0037).
        OR coalesce(summaries[0].toId, '') <> t.id
        OR coalesce(summaries[0].recency, 'missing') <> coalesce(lastSeen, '')
        // decision 0036: the keys of the pair's newest claims, in evidence order
        OR coalesce(summaries[0].newest, []) <> newest
     RETURN type + ' ' + f.id + ' -> ' + t.id + ': ' + toString(claims) + ' claims, ' +
            toString(size(summaries)) + ' summaries' AS problem`,
    { types: [...CLAIM_TYPES], kept: NEWEST_EVIDENCE_KEPT },
  );
  const orphans = await rows(
    `MATCH (f)-[s]->(t) WHERE type(s) IN $summaryTypes
     AND NOT EXISTS { MATCH (f)-[r]->(t) WHERE type(r) + '_SUMMARY' = type(s) }
     RETURN type(s) + ' ' + f.id + ' -> ' + t.id + ' has no claims' AS problem`,
    { summaryTypes: CLAIM_TYPES.map((t) => `${t}_SUMMARY`) },
  );
  return [...claimSide, ...orphans].map((r) => r.problem as string);
}

const summaryCount = async (): Promise<number> =>
  Number(
    (
      await rows(`MATCH ()-[s]->() WHERE type(s) IN $types RETURN count(s) AS n`, {
        types: CLAIM_TYPES.map((t) => `${t}_SUMMARY`),
      })
    )[0]!.n,
  );

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

describe('claim summaries stay exact', () => {
  it('after ingesting the samples, in batches of any size', async () => {
    await runIngest(graph, ['samples/articles'], { batchSize: 4 });
    expect(await summaryCount()).toBeGreaterThan(20);
    expect(await summaryMismatches()).toEqual([]);
  });

  it('when an article is replaced by a version that says something else', async () => {
    const record = JSON.parse(
      readFileSync('samples/articles/vi-dong-thap.jsonl', 'utf8').trim().split('\n')[0]!,
    ) as ArticleRecord;
    // The same url with a different text: its claims are deleted and written again.
    const replaced = await ingestRecords(graph, [
      {
        ...record,
        text:
          record.text.replace('chủ trì Hội nghị', 'dự Hội nghị') +
          '\n\nĐồng chí Lê Quốc Phong chủ trì phiên bế mạc.',
      },
    ]);
    expect(replaced.replaced).toBe(1);
    expect(await summaryMismatches()).toEqual([]);
    expect(await personNameContextMismatches(graph)).toEqual([]);
  });

  it('through a merge, its undo, a split and its undo', async () => {
    await ingestRecords(graph, samples);
    const people = await rows(
      `MATCH (p:Person) WHERE EXISTS { (p)-[:HOLDS]->() } RETURN p.id AS id ORDER BY id LIMIT 2`,
    );
    const [keep, gone] = people.map((r) => r.id as string) as [string, string];
    const merge = await mergeEntities(graph, keep, gone, { by: 'tester', reason: 'summaries test' });
    expect(await summaryMismatches()).toEqual([]);
    expect(await personNameContextMismatches(graph)).toEqual([]);
    await undoCuration(graph, merge.id, { by: 'tester' });
    expect(await summaryMismatches()).toEqual([]);

    const [article] = await rows(
      `MATCH (a:Article)-[:MENTIONS]->(p:Person {id: $id}) RETURN a.id AS id ORDER BY id LIMIT 1`,
      { id: keep },
    );
    const split = await splitEntities(graph, keep, [article!.id as string], { by: 'tester' });
    expect(await summaryMismatches()).toEqual([]);
    expect(await personNameContextMismatches(graph)).toEqual([]);
    await undoCuration(graph, split.id, { by: 'tester' });
    expect(await summaryMismatches()).toEqual([]);
    expect(await personNameContextMismatches(graph)).toEqual([]);
  });

  it('the check itself sees a stale summary', async () => {
    // A summary off by one must be reported: the assertions above can fail.
    await graph.write((tx) =>
      tx.run(`MATCH ()-[s:HOLDS_SUMMARY]->() WITH s LIMIT 1 SET s.evidence = s.evidence + 1`),
    );
    expect((await summaryMismatches()).length).toBe(1);
  });

  it('the check itself sees a stale list of newest claims', async () => {
    const before = await summaryMismatches();
    // A pair the check finds exact, whose two newest claims are then listed in the wrong order.
    const lists = await rows(
      `MATCH (f)-[s]->(t) WHERE type(s) IN $types AND size(s.newest) >= 2
       RETURN elementId(s) AS id, type(s) AS type, f.id AS fromId, t.id AS toId`,
      { types: CLAIM_TYPES.map((t) => `${t}_SUMMARY`) },
    );
    const label = (l: Record<string, unknown>) =>
      `${(l.type as string).replace(/_SUMMARY$/, '')} ${l.fromId as string} -> ${l.toId as string}:`;
    const exact = lists.find((l) => !before.some((p) => p.startsWith(label(l))));
    expect(exact).toBeDefined();
    await graph.write((tx) =>
      tx.run(
        `MATCH ()-[s]->() WHERE elementId(s) = $id SET s.newest = [i IN range(size(s.newest) - 1, 0, -1) | s.newest[i]]`,
        { id: exact!.id },
      ),
    );
    const after = await summaryMismatches();
    expect(after.length).toBe(before.length + 1);
    expect(after.some((p) => p.startsWith(label(exact!)))).toBe(true);
  });
});
