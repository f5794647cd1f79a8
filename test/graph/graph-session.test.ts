// The one session factory (ingest/base/graph-session.ts) against the real test Neo4j: every session
// it opens shares the driver's bookmark manager — what makes a read after a write see it on a
// cluster — and the census built on it counts what is there, with and without the Entity key label.
// Owns the nodes labelled SessionProbe / Entity it creates; clears the graph before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, readTransaction, writeTransaction } from '../../ingest/base/graph-session.ts';
import { formatCensus, graphCensus } from '../../ingest/load/graph-census.ts';
import { formatGraphCounts, graphCounts, type Graph } from '../../src/db/index.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
});

afterAll(async () => {
  await clearGraph(graph);
  await graph.close();
});

const bookmarks = async () => [...(await graph.driver.executeQueryBookmarkManager.getBookmarks())];

describe('sessions from the one factory', () => {
  it('record every write in the shared bookmark manager, so later sessions wait for it', async () => {
    const before = await bookmarks();
    await writeTransaction(graph, (tx) => tx.run('CREATE (:SessionProbe {n: 1})'));
    const afterWrite = await bookmarks();
    expect(afterWrite.length).toBeGreaterThan(0);
    expect(afterWrite).not.toEqual(before);

    // A session opened directly on the driver, without the factory, leaves the manager as it was:
    // this is the gap the factory closes.
    const plain = graph.driver.session({ database: graph.database });
    try {
      await plain.executeWrite((tx) => tx.run('CREATE (:SessionProbe {n: 2})'));
    } finally {
      await plain.close();
    }
    expect(await bookmarks()).toEqual(afterWrite);

    // src/db's Graph writes through the factory too.
    await graph.write((tx) => tx.run('CREATE (:SessionProbe {n: 3})'));
    expect(await bookmarks()).not.toEqual(afterWrite);
  });

  it('read what was written, in read and write mode alike', async () => {
    const n = await readTransaction(graph, async (tx) =>
      Number((await tx.run('MATCH (p:SessionProbe) RETURN count(p) AS n')).records[0]?.get('n')),
    );
    expect(n).toBe(3);
    const session = openSession(graph, 'WRITE');
    try {
      const result = await session.run('MATCH (p:SessionProbe) RETURN max(p.n) AS top');
      expect(Number(result.records[0]?.get('top'))).toBe(3);
    } finally {
      await session.close();
    }
  });
});

describe('the census', () => {
  it('counts labels and relationship types; the ingest summary leaves out Entity, kg up does not', async () => {
    await clearGraph(graph);
    await graph.write((tx) =>
      tx.run(
        "CREATE (a:Person:Entity {id: 'p1'})-[:HOLDS]->(:Position:Entity {id: 'pos1'}), (a)-[:HOLDS]->(:Position:Entity {id: 'pos2'})",
      ),
    );
    const census = await graphCensus(graph);
    expect(census).toEqual({ nodes: { Person: 1, Position: 2 }, relationships: { HOLDS: 2 } });
    expect(formatCensus(census)).toBe('nodes: Person 1, Position 2\nrelationships: HOLDS 2');

    const counts = await graphCounts(graph);
    expect(counts.nodes).toEqual({ Entity: 3, Person: 1, Position: 2 });
    expect(formatGraphCounts(counts)).toBe('nodes: Entity 3, Person 1, Position 2; relationships: HOLDS 2');
  });

  it('says none for an empty graph', async () => {
    await clearGraph(graph);
    expect(formatCensus(await graphCensus(graph))).toBe('nodes: none\nrelationships: none');
  });
});
