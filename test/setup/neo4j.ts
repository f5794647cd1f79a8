// Global setup of the `graph` test project: one real Neo4j per worker of the project for the whole run
// (one by default; KG_TEST_GRAPH_SERVERS=2 asks for two, test/support/graph-servers.ts; decision 0058).
// Without NEO4J_URI it starts the local Neo4j server(s) side by side, each on a store of its own
// (.kg/neo4j-test-<pid>, .kg/neo4j-test-<pid>-graph2) and a free port (the first on KG_TEST_NEO4J_PORT
// if set), applies the migrations, hands the connections to test files (inject('neo4jServers'); each
// worker takes its own, see test/support/graph.ts), and at teardown stops the servers and deletes the
// stores.
// A store per run, not one shared folder: several runs at once (people working in one tree, an editor's
// test runner next to a terminal) would otherwise wipe and stop each other's server mid-run.
// With NEO4J_URI set it uses that one server as it is (migrated, not wiped), and the project runs one
// file at a time.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, projectRoot } from '../../src/config.ts';
import { localNeo4jStatus, migrate, openGraph, stopLocalNeo4j } from '../../src/db/index.ts';
import type { TestNeo4j } from '../support/graph.ts';
import { freePort } from '../support/free-port.ts';
import { graphServerCount } from '../support/graph-servers.ts';

const KG_DIR = path.join(projectRoot, '.kg');
const TEST_STORE_PREFIX = 'neo4j-test-';
/** A store with no running server and untouched this long is left over from a run that was killed. */
const ABANDONED_AFTER_MS = 15 * 60_000;

/** Removes the stores of earlier runs that died before their teardown (their server stopped first). */
async function removeAbandonedStores(): Promise<void> {
  if (!fs.existsSync(KG_DIR)) return;
  for (const name of fs.readdirSync(KG_DIR)) {
    if (!name.startsWith(TEST_STORE_PREFIX)) continue;
    const dir = path.join(KG_DIR, name);
    // neo4j-test-<pid> or neo4j-test-<pid>-<project> (a project with its own server, like `browser`).
    const pid = Number.parseInt(name.slice(TEST_STORE_PREFIX.length), 10);
    const ownerAlive = Number.isInteger(pid) && pid > 0 && processExists(pid);
    if (ownerAlive) continue;
    const store = loadConfig({ KG_NEO4J_DATA_DIR: dir });
    const status = await localNeo4jStatus(store);
    if (status.state !== 'stopped') await stopLocalNeo4j(store);
    else if (Date.now() - fs.statSync(dir).mtimeMs < ABANDONED_AFTER_MS) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `count` ports free right now, no two alike (each server of the graph project needs its own). */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // One server per worker of the graph project (test/support/graph-servers.ts): the two start side by
  // side, and each worker's files talk to its own (testNeo4jEnv), so no two files ever share a graph.
  const count = graphServerCount(process.env);
  await removeAbandonedStores();
  const ports = await distinctFreePorts(count);
  const started = await Promise.allSettled(
    ports.map((port, i) =>
      startTestNeo4jServer(
        `${project.name}${count > 1 ? ` ${i + 1}` : ''}`,
        i === 0 ? '' : `-graph${i + 1}`,
        port,
      ),
    ),
  );
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.stop()));
    throw failed.reason;
  }
  project.provide('neo4j', servers[0]!.server);
  project.provide(
    'neo4jServers',
    servers.map((s) => s.server),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
}

/**
 * Starts (or, with NEO4J_URI, connects to) the run's Neo4j for one test project; `storeSuffix` gives a
 * project its own local store and server, so two projects never wipe each other's data.
 */
export async function startTestNeo4j(
  project: TestProject,
  storeSuffix: string,
): Promise<() => Promise<void>> {
  await removeAbandonedStores();
  const { server, stop } = await startTestNeo4jServer(project.name, storeSuffix, await freePort());
  project.provide('neo4j', server);
  return stop;
}

/** One server: started on a store of its own (or NEO4J_URI's, used as it is) and migrated; `stop` undoes it. */
async function startTestNeo4jServer(
  label: string,
  storeSuffix: string,
  port: number,
): Promise<{ server: TestNeo4j; stop: () => Promise<void> }> {
  const external = Boolean(process.env.NEO4J_URI?.trim());
  let config = loadConfig(process.env);
  if (!external) {
    config = loadConfig({
      ...process.env,
      KG_NEO4J_PORT: (!storeSuffix && process.env.KG_TEST_NEO4J_PORT) || String(port),
      KG_NEO4J_DATA_DIR: path.join(KG_DIR, `${TEST_STORE_PREFIX}${process.pid}${storeSuffix}`),
      KG_NEO4J_HEAP: process.env.KG_NEO4J_HEAP || '1g',
      KG_NEO4J_PAGECACHE: process.env.KG_NEO4J_PAGECACHE || '256m',
      // The shared servers answer the whole graph (or browser) project's queries for minutes: they keep
      // the JVM's defaults (C2). With C1 only (TEST_NEO4J_JVM_OPTIONS, kept for the short-lived
      // servers) the quiet CI's graph files ran 2-3x longer (api-questions 14 -> 35 s, newest-evidence
      // 14 -> 36 s, analytics-network 10 -> 32 s; decision 0049's amendment).
      KG_NEO4J_JVM_OPTIONS: process.env.KG_NEO4J_JVM_OPTIONS ?? '',
    });
    fs.rmSync(config.localDataDir, { recursive: true, force: true });
  }
  const started = Date.now();
  const graph = await openGraph(config, { keepLocalRunning: true });
  try {
    await migrate(graph);
  } catch (err) {
    await graph.close();
    if (!external) await stopLocalNeo4j(config);
    throw err;
  }
  await graph.close();
  const server: TestNeo4j = {
    uri: graph.uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    local: !external,
  };
  process.stderr.write(
    `${label} tests: Neo4j at ${server.uri}${external ? ' (NEO4J_URI)' : ` (local, ${path.relative(projectRoot, config.localDataDir)})`}, ` +
      `ready and migrated in ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
  return {
    server,
    stop: async () => {
      if (external) return;
      await stopLocalNeo4j(config);
      fs.rmSync(config.localDataDir, { recursive: true, force: true });
    },
  };
}
