// The database layer: the one entry point other modules import.
//
//   const graph = await openGraph();            // NEO4J_URI unset → starts (or reuses) the local Neo4j
//   await migrate(graph);                       // applies schema/migrations/*.cypher not yet applied
//   const n = await graph.read(async (tx) => (await tx.run('MATCH (p:Person) RETURN count(p) AS n')).records[0]?.get('n'));
//   await graph.write((tx) => tx.run('UNWIND $rows AS row MERGE (p:Person {id: row.id}) SET p += row', { rows }));
//   await graph.close();                        // closes the driver; stops the local Neo4j only if openGraph started it
//
// openGraph(config?, options?): Promise<Graph>
//   Graph = { driver, database, uri, local, read(work, txConfig?), write(work, txConfig?), close() }
//   read → session.executeRead, write → session.executeWrite, on `database`; both retry transient
//   errors, so the work function must be idempotent (MERGE on stable keys). Integers come back as JS
//   numbers (disableLosslessIntegers). options.keepLocalRunning leaves a local server it started running.
// migrate(graph, { dir? }): Promise<{ applied, alreadyApplied }>
// startLocalNeo4j(config, options?) / stopLocalNeo4j(config) / localNeo4jStatus(config)
//   control of the local server (neo4j-local/Launcher.java); `kg db start|stop|status` use them.
// graphCounts(graph), emptyGraph(graph)
//
// Errors meant for the user (no Java, no Maven, server unreachable, bad credentials, a changed
// migration) are UserError with a message that says what to do.
export { openGraph, wrapDriver, type Graph, type OpenGraphOptions } from './graph.ts';
export { migrate, readMigrations, MIGRATIONS_DIR, type Migration, type MigrationReport } from './migrate.ts';
export {
  startLocalNeo4j,
  stopLocalNeo4j,
  localNeo4jStatus,
  deleteLocalStore,
  type LocalNeo4j,
  type LocalNeo4jConfig,
  type LocalNeo4jOptions,
  type LocalNeo4jStatus,
} from './local-neo4j.ts';
export { graphCounts, formatGraphCounts, type GraphCounts } from './graph-counts.ts';
export { emptyGraph } from './empty-graph.ts';
