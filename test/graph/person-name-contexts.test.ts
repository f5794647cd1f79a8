// Person name contexts (decision 0046) against the real Neo4j: the resolver reads a batch's
// candidates from one (:PersonNameContext) per (name key, resolved id) instead of every mention,
// so each must equal the fold of that pair's person MENTIONS. claim-summaries.test.ts checks them
// through a replaced article, a merge, a split and both undos; this file checks them after ingest
// in small batches, rebuilt from the mentions alone (what a restored snapshot gets) and by
// migration 160 on a graph written before it, and that the check can fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { readMigrations } from '../../src/db/migrate.ts';
import { runIngest } from '../../ingest/run.ts';
import { recountAllPersonNameContexts } from '../../ingest/load/person-name-contexts.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';
import { personNameContextMismatches, storedPersonNameContexts } from '../support/person-name-contexts.ts';

let graph: Graph;
const deleteContexts = () => graph.write((tx) => tx.run('MATCH (c:PersonNameContext) DELETE c'));

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await runIngest(graph, ['samples/articles'], { batchSize: 5 });
});

afterAll(async () => {
  await clearGraph(graph);
  await graph.close();
});

describe('person name contexts stay the fold of their mentions', () => {
  it('after ingesting the samples in batches of five', async () => {
    const stored = await storedPersonNameContexts(graph);
    const people = await graph.read(async (tx) =>
      Number((await tx.run('MATCH (p:Person) RETURN count(p) AS n')).records[0]!.get('n')),
    );
    // At least one context per person (a person has one per name and resolved id).
    expect(people).toBeGreaterThan(3);
    expect(stored.length).toBeGreaterThanOrEqual(people);
    // Someone is seen with a seat and a date: the fold is not trivial.
    expect(stored.some((c) => (c.seatDates as string[]).length > 0)).toBe(true);
    expect(await personNameContextMismatches(graph)).toEqual([]);
  });

  it('rebuilt from the mentions alone (a restored snapshot) and by migration 160, the same', async () => {
    const kept = await storedPersonNameContexts(graph);
    await deleteContexts();
    // Pages of 7 pairs: the paging itself is exercised.
    expect(await recountAllPersonNameContexts(graph, 7)).toBe(kept.length);
    expect(await storedPersonNameContexts(graph)).toEqual(kept);

    await deleteContexts();
    const migration = readMigrations().find((m) => m.name === 'person-name-contexts')!;
    for (const statement of migration.statements) await graph.write((tx) => tx.run(statement));
    expect(await storedPersonNameContexts(graph)).toEqual(kept);
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
    expect((await personNameContextMismatches(graph)).length).toBe(2);
  });
});
