// A local Neo4j of a test file's own (its own store and port), for tests that stop, kill and restart
// the server: they must not disturb the run's shared one (test/setup/neo4j.ts). Tests that need it
// skip when NEO4J_URI names an external server the test cannot stop.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, projectRoot, type Config } from '../../src/config.ts';
import { stopLocalNeo4j } from '../../src/db/index.ts';

export const externalNeo4j = Boolean(process.env.NEO4J_URI?.trim());

// One free-port helper for every test (test/support/free-port.ts).
export { freePort } from './free-port.ts';
import { freePort } from './free-port.ts';
import { TEST_NEO4J_JVM_OPTIONS } from './neo4j-jvm-options.ts';

/** Whether the process runs; a zombie (exited, not yet reaped by its parent) does not. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Environment of a store named `neo4j-<name>-<pid>` under .kg/ (no NEO4J_URI), on a free port. */
export async function ownNeo4jEnv(name: string): Promise<Record<string, string>> {
  return {
    KG_NEO4J_PORT: String(await freePort()),
    KG_NEO4J_DATA_DIR: path.join(projectRoot, '.kg', `neo4j-${name}-${process.pid}`),
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE: '64m',
    KG_NEO4J_JVM_OPTIONS: TEST_NEO4J_JVM_OPTIONS,
  };
}

export function ownNeo4jConfig(env: Record<string, string>): Config {
  return loadConfig({ ...withoutExternal(process.env), ...env });
}

/** process.env without NEO4J_URI and friends, so that a `kg` child uses the local server. */
export function withoutExternal(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v !== undefined && !['NEO4J_URI', 'NEO4J_USER', 'NEO4J_USERNAME', 'NEO4J_PASSWORD'].includes(k))
      out[k] = v;
  }
  return out;
}

/** Stops the store's server if it runs and deletes the store. */
export async function removeOwnNeo4j(config: Config): Promise<void> {
  await stopLocalNeo4j(config);
  fs.rmSync(config.localDataDir, { recursive: true, force: true });
}

/** Polls for a condition instead of sleeping a fixed time; fails naming what it waited for. */
export async function waitFor(what: string, check: () => boolean, ms: number): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A store of the calling test file's own for the whole file (hooks registered here): its environment
 * and config are set before the file's tests, and the server is stopped and the store deleted after.
 */
export function ownNeo4jForFile(name: string): { env: Record<string, string>; config: Config } {
  const own = {} as { env: Record<string, string>; config: Config };
  beforeAll(async () => {
    own.env = await ownNeo4jEnv(name);
    own.config = ownNeo4jConfig(own.env);
  });
  afterAll(async () => {
    if (own.config) await removeOwnNeo4j(own.config);
  });
  return own;
}
