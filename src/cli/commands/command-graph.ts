// The database handle for the ingest and curation commands. Until src/db's openGraph lands this
// connects to NEO4J_URI directly; it is the one place to switch.
import { loadConfig } from '../../config.ts';
import { UserError } from '../command.ts';
import { connectIngestGraph, type IngestGraph } from '../../../ingest/run.ts';

export async function openCommandGraph(): Promise<IngestGraph & { close(): Promise<void> }> {
  const config = loadConfig();
  if (!config.neo4jUri) {
    throw new UserError("NEO4J_URI is not set: start the database ('kg db start') and set NEO4J_URI=bolt://127.0.0.1:<port>");
  }
  const graph = connectIngestGraph(config.neo4jUri, config.neo4jUser, config.neo4jPassword, config.neo4jDatabase);
  try {
    await graph.driver.verifyConnectivity({ database: graph.database });
  } catch (err) {
    await graph.close();
    throw new UserError(`cannot reach Neo4j at ${config.neo4jUri} (${(err as Error).message}); is it running? ('kg db status')`);
  }
  return graph;
}
