// The database a benchmark writes into: its own local Neo4j on its own port and data folder
// (KG_BENCH_NEO4J_PORT, default 7697; .kg/neo4j-bench, wiped first), or the empty graph of
// NEO4J_URI. bench:ingest, bench:scale, bench:fetch, bench:export and bench:explorer use it.
import { rmSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { graphCounts, openGraph, stopLocalNeo4j, type Graph } from '../src/db/index.ts';

/**
 * `port` and `dataDir` give a benchmark a server of its own beside another bench's (bench:export);
 * `keepData` leaves the graph as a previous run left it (bench:ingest-growth --resume).
 */
export async function openBenchGraph(
  own: { port?: string; dataDir?: string; keepData?: boolean } = {},
): Promise<{
  graph: Graph;
  stop: () => Promise<void>;
  dataDir: string | null;
}> {
  if (process.env.NEO4J_URI) {
    const graph = await openGraph();
    const counts = await graphCounts(graph);
    if (!own.keepData && Object.keys(counts.nodes).some((l) => l !== 'SchemaMigration')) {
      await graph.close();
      throw new Error(
        `the graph at ${process.env.NEO4J_URI} is not empty: the benchmark needs an empty database (unset NEO4J_URI to use its own)`,
      );
    }
    return { graph, stop: () => graph.close(), dataDir: null };
  }
  const config = loadConfig({
    ...process.env,
    KG_NEO4J_PORT: own.port ?? (process.env.KG_BENCH_NEO4J_PORT || '7697'),
    KG_NEO4J_DATA_DIR: own.dataDir ?? '.kg/neo4j-bench',
  });
  await stopLocalNeo4j(config);
  if (!own.keepData) rmSync(config.localDataDir, { recursive: true, force: true });
  const graph = await openGraph(config, { keepLocalRunning: true });
  return {
    graph,
    dataDir: config.localDataDir,
    stop: async () => {
      await graph.close();
      await stopLocalNeo4j(config);
    },
  };
}
