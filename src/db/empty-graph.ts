// Deletes every node and relationship of the graph's database, in batches so that a large graph never
// needs one huge transaction. The schema (constraints, indexes) and the migration records stay.
import neo4j from 'neo4j-driver';
import type { Graph } from './graph.ts';

// LIMIT needs an integer: a JS number goes over Bolt as a float, so it is sent as neo4j.int.
const DELETE_BATCH = `
MATCH (n) WHERE NOT n:SchemaMigration
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted`;

export async function emptyGraph(graph: Graph, batchSize = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await graph.write(async (tx) => {
      const result = await tx.run(DELETE_BATCH, { batchSize: neo4j.int(batchSize) });
      return (result.records[0]?.get('deleted') as number | undefined) ?? 0;
    });
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
