// What graph test files use: the Neo4j the global setup (test/setup/neo4j.ts) started or found.
//
//   const graph = await openTestGraph();   // in beforeAll; close it in afterAll
//   await clearGraph(graph);               // every node and relationship gone, schema kept
//   spawn('node', [...], { env: { ...process.env, ...testNeo4jEnv() } })   // a `kg` child on the same server
//
// Community Edition has one user database, so graph test files run one at a time (vitest.config.ts)
// and each either clears the graph before it starts or writes only ids with its own prefix.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { emptyGraph, openGraph, type Graph } from '../../src/db/index.ts';
import { readMigrations } from '../../src/db/migrate.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the global setup started the local server (false: NEO4J_URI named one). */
  local: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Environment variables that point src/config.ts (and so a `kg` child process) at the test server. */
export function testNeo4jEnv(): Record<string, string> {
  const server = inject('neo4j');
  return {
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    NEO4J_DATABASE: server.database,
  };
}

export function testConfig(): Config {
  return loadConfig({ ...process.env, ...testNeo4jEnv() });
}

/** A Graph on the test server; its close() never stops that server (the global teardown does). */
export function openTestGraph(): Promise<Graph> {
  return openGraph(testConfig());
}

/** How many Article nodes the graph holds (the crash, chaos and fuzz tests' measure of what was stored). */
export async function countArticles(graph: Graph): Promise<number> {
  return graph.read(async (tx) =>
    Number((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n')),
  );
}

/** Deletes every node and relationship (in batches); constraints, indexes and migration records stay. */
export async function clearGraph(graph: Graph): Promise<void> {
  await emptyGraph(graph);
}

/** The database hits of one run of `text` under PROFILE, summed over its plan: what a read costs, whatever the machine's load. */
export async function profiledDbHits(
  graph: Graph,
  text: string,
  params: Record<string, unknown>,
  options: { planAfresh?: boolean } = {},
): Promise<number> {
  return (await profiledRead(graph, text, params, options)).dbHits;
}

/**
 * PROFILE of one read: its database hits, its plan drawn as text (one operator a line, indented
 * by depth, with its hits and rows; for a failure message that says which operator grew) and its
 * records.
 *
 * `planAfresh` empties the server's query cache first, so the read is planned on the statistics of
 * this graph now, not on whatever an earlier file left. A growth test plans its first measure
 * afresh on the small graph and lets the second reuse that plan on the grown one: the worst case,
 * as a server that planned a read early keeps the plan while its graph grows. Planned so, a bound
 * that rests on an index hinted `USING INDEX` (not `USING INDEX SEEK`) was an ordered scan of the
 * whole index (stop 16's CI failure, reproduced).
 */
export async function profiledRead(
  graph: Graph,
  text: string,
  params: Record<string, unknown>,
  options: { planAfresh?: boolean } = {},
): Promise<{ dbHits: number; plan: string; records: Neo4jRecord[] }> {
  if (options.planAfresh) await graph.write((tx) => tx.run('CALL db.clearQueryCaches()'));
  const { summary, records } = await graph.read((tx) => tx.run(`PROFILE ${text}`, params));
  type Plan = { operatorType: string; dbHits?: number; rows?: number; children?: Plan[] };
  const sum = (plan: Plan): number =>
    Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((n, c) => n + sum(c), 0);
  const draw = (plan: Plan, depth = 0): string =>
    `${'  '.repeat(depth)}${plan.operatorType} hits=${Number(plan.dbHits ?? 0)} rows=${Number(plan.rows ?? 0)}\n` +
    (plan.children ?? []).map((c) => draw(c, depth + 1)).join('');
  const plan = summary.profile as unknown as Plan;
  return { dbHits: sum(plan), plan: draw(plan), records };
}

/**
 * Runs the statements of one migration (by its name, e.g. 'event-year-tallies') again, as `kg db
 * migrate` runs them: each in an auto-commit transaction, which a batched `IN TRANSACTIONS` needs.
 */
export async function rerunMigration(graph: Graph, name: string): Promise<void> {
  const migration = readMigrations().find((m) => m.name === name);
  if (!migration) throw new Error(`no migration named ${name} in schema/migrations`);
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const statement of migration.statements) await session.run(statement);
  } finally {
    await session.close();
  }
}
