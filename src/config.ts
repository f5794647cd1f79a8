// The one place configuration is read: environment variables with defaults, validated,
// with errors that name the variable and say what a good value looks like.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  /** Set when an external Neo4j is to be used; unset means "start the local one". */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** Bolt port of the local in-process Neo4j. */
  localBoltPort: number;
  /** Data folder of the local Neo4j (git-ignored). */
  localDataDir: string;
  localHeap: string;
  localPageCache: string;
  /** Per-transaction timeout for API reads, in milliseconds. */
  queryTimeoutMs: number;
  apiPort: number;
  apiToken: string | null;
  corsOrigins: string[];
  production: boolean;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected an integer from ${min} to ${max}`);
  }
  return n;
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const MEMORY = /^\d+[kmg]?$/i;

export function loadConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || null;
  if (uri) {
    const scheme = uri.split('://')[0] ?? '';
    if (!uri.includes('://') || !NEO4J_SCHEMES.includes(scheme)) {
      throw new ConfigError(
        `NEO4J_URI=${JSON.stringify(uri)} is not valid: expected <scheme>://host[:port] with scheme one of ${NEO4J_SCHEMES.join(', ')}`,
      );
    }
  }
  for (const name of ['KG_NEO4J_HEAP', 'KG_NEO4J_PAGECACHE']) {
    const v = env[name];
    if (v !== undefined && v !== '' && !MEMORY.test(v)) {
      throw new ConfigError(`${name}=${JSON.stringify(v)} is not valid: expected a size such as 512m or 1g`);
    }
  }
  const logLevel = env.KG_LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(
      `KG_LOG_LEVEL=${JSON.stringify(logLevel)} is not valid: expected fatal, error, warn, info, debug, trace or silent`,
    );
  }
  return {
    neo4jUri: uri,
    neo4jUser: env.NEO4J_USER || env.NEO4J_USERNAME || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: env.NEO4J_DATABASE || 'neo4j',
    localBoltPort: intVar(env, 'KG_NEO4J_PORT', 7687, 1, 65535),
    localDataDir: path.resolve(projectRoot, env.KG_NEO4J_DATA_DIR || '.kg/neo4j'),
    localHeap: env.KG_NEO4J_HEAP || '1g',
    localPageCache: env.KG_NEO4J_PAGECACHE || '512m',
    queryTimeoutMs: intVar(env, 'KG_QUERY_TIMEOUT_MS', 5000, 100, 600_000),
    apiPort: intVar(env, 'PORT', 4000, 0, 65535),
    apiToken: env.KG_API_TOKEN || null,
    corsOrigins: (env.KG_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    production: env.NODE_ENV === 'production',
    logLevel,
  };
}
