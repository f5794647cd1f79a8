// Deletes every node and relationship of the graph's database, in batches so that a large graph never
// needs one huge transaction. The schema (constraints, indexes) and the migration records stay.
import neo4j from 'neo4j-driver';
import { cypherFolder } from '../../ingest/base/cypher-files.ts';
import type { Graph } from './graph.ts';

const cypher = cypherFolder(new URL('./cypher/', import.meta.url));
const DELETE_RELATIONSHIPS = cypher('empty-relationships-batch').statement;
const DELETE_NODES = cypher('empty-nodes-batch').statement;

/** Deletes in batches, relationships first; returns the number of nodes deleted. */
export async function emptyGraph(graph: Graph, batchSize = 10_000): Promise<number> {
  await deleteInBatches(graph, DELETE_RELATIONSHIPS, batchSize);
  return deleteInBatches(graph, DELETE_NODES, batchSize);
}

async function deleteInBatches(graph: Graph, statement: string, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    // LIMIT needs an integer: a JS number goes over Bolt as a float, so it is sent as neo4j.int.
    const deleted = await graph.write(async (tx) => {
      const result = await tx.run(statement, { batchSize: neo4j.int(batchSize) });
      return Number(result.records[0]?.get('deleted') ?? 0);
    });
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
