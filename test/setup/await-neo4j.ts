// Setup file of the `graph` and `browser` projects: before a test file runs, waits until the
// project's Neo4j, started in the background by its global setup (test/setup/neo4j.ts), is ready.
import { waitForTestNeo4j } from '../support/graph.ts';

await waitForTestNeo4j();
