// The database handle for the ingest and curation commands: src/db's graph (the local Neo4j, or
// NEO4J_URI), migrated, so that the constraints every MERGE relies on exist before any write.
// A local Neo4j the command had to start is stopped when it closes, as docs/running.md says; one
// started by `kg db start` keeps running.
import { migrate, openGraph, type Graph } from '../../db/index.ts';

export async function openCommandGraph(): Promise<Graph> {
  const graph = await openGraph();
  try {
    await migrate(graph);
  } catch (err) {
    await graph.close();
    throw err;
  }
  return graph;
}
