// How many shared Neo4j servers the `graph` project runs on, and so how many of its files run at once
// (vitest.config.ts gives the project as many workers; test/setup/neo4j.ts starts as many servers;
// testNeo4jEnv gives each worker its own). Community Edition has one user database, so a server can
// serve one file at a time: two workers need two servers. NEO4J_URI names one external server, so
// then one file at a time. KG_TEST_GRAPH_SERVERS=1 gives the old serial run (to measure, or to find a
// file that only fails beside another).
export const DEFAULT_GRAPH_SERVERS = 2;

export function graphServerCount(env: NodeJS.ProcessEnv): number {
  if (env.NEO4J_URI?.trim()) return 1;
  const asked = env.KG_TEST_GRAPH_SERVERS?.trim();
  if (!asked) return DEFAULT_GRAPH_SERVERS;
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`KG_TEST_GRAPH_SERVERS must be a whole number of servers, at least 1 (got '${asked}')`);
  return n;
}
