// The database handle for the ingest and curation commands: src/db's graph (the local Neo4j, or
// NEO4J_URI), migrated, so that the constraints every MERGE relies on exist before any write.
import { migrate, openGraph, type Graph } from '../../db/index.ts';

export async function openCommandGraph(): Promise<Graph> {
  const graph = await openGraph(undefined, { keepLocalRunning: true });
  try {
    await migrate(graph);
  } catch (err) {
    await graph.close();
    throw err;
  }
  return graph;
}
