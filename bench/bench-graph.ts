// The graph a benchmark writes to: NEO4J_URI's (which must be empty), or a local Neo4j on a port and
// data folder of its own (KG_BENCH_NEO4J_PORT, default 7697; .kg/neo4j-bench, wiped first).
import { rmSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { graphCounts, openGraph, stopLocalNeo4j, type Graph } from '../src/db/index.ts';

export async function openBenchGraph(): Promise<{ graph: Graph; stop: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const graph = await openGraph();
    const counts = await graphCounts(graph);
    if (Object.keys(counts.nodes).some((l) => l !== 'SchemaMigration')) {
      await graph.close();
      throw new Error(
        `the graph at ${process.env.NEO4J_URI} is not empty: the benchmark needs an empty database (unset NEO4J_URI to use its own)`,
      );
    }
    return { graph, stop: () => graph.close() };
  }
  const config = loadConfig({
    ...process.env,
    KG_NEO4J_PORT: process.env.KG_BENCH_NEO4J_PORT || '7697',
    KG_NEO4J_DATA_DIR: '.kg/neo4j-bench',
  });
  await stopLocalNeo4j(config);
  rmSync(config.localDataDir, { recursive: true, force: true });
  const graph = await openGraph(config, { keepLocalRunning: true });
  return {
    graph,
    stop: async () => {
      await graph.close();
      await stopLocalNeo4j(config);
    },
  };
}
