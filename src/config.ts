// The one place configuration is read: environment variables with defaults, validated,
// with errors that name the variable and say what a good value looks like.
import path from 'node:path';
import { isIP } from 'node:net';
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
  /**
   * Extra JVM flags of the local Neo4j and its neo4j-admin runs (KG_NEO4J_JVM_OPTIONS, split on spaces);
   * the test run uses them for short-lived servers (decision 0049).
   */
  localJvmOptions: string[];
  /** Per-transaction timeout for API reads, in milliseconds. */
  queryTimeoutMs: number;
  /**
   * How old the integrity dashboard's kept check may be before a request starts a new one
   * (KG_INTEGRITY_MAX_AGE_S, in seconds; kept here in ms). Decisions 0084, 0089.
   */
  integrityMaxAgeMs: number;
  /** Which engine runs the API's operations (KG_API_EXECUTOR): compiled plans (default) or graphql-js alone. */
  apiExecutor: ApiExecutor;
  apiPort: number;
  /** Curators' bearer tokens (KG_API_TOKENS, plus KG_API_TOKEN as the one named "api"); empty: writes off. */
  apiTokens: NamedToken[];
  corsOrigins: string[];
  production: boolean;
  /** KG_DEBUG=1: error answers carry stack traces (never in production use). */
  debug: boolean;
  /** Read requests per minute per client on /graphql (KG_RATE_LIMIT); 0 switches the limit off. */
  rateLimit: number;
  /** Mutations per minute per curator token (or client, without one) (KG_WRITE_RATE_LIMIT); 0: off. */
  writeRateLimit: number;
  /** Express's `trust proxy` (KG_TRUST_PROXY): which proxies' X-Forwarded-For names the client. */
  trustProxy: TrustProxy;
  logLevel: string;
}

/** A curator's token and the name the audit trail records for it. */
export interface NamedToken {
  name: string;
  token: string;
}

/** Express's `trust proxy` setting: false, a hop count, or addresses/subnets/names (loopback …). */
export type TrustProxy = false | number | string[];

export const MIN_TOKEN_LENGTH = 32;
/** The name KG_API_TOKEN's single unnamed token has in the audit trail. */
export const UNNAMED_TOKEN_NAME = 'api';
const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/**
 * KG_API_TOKENS=name:token,… (and KG_API_TOKEN, the one unnamed token): each at least 32 characters,
 * names and tokens unique. Also checks tokens handed to the server in code (tests, embedding).
 */
export function checkApiTokens(tokens: NamedToken[], variable = 'KG_API_TOKENS'): NamedToken[] {
  const names = new Set<string>();
  const values = new Set<string>();
  for (const { name, token } of tokens) {
    if (!TOKEN_NAME.test(name)) {
      throw new ConfigError(
        `${variable}: token name ${JSON.stringify(name)} is not valid: expected 1 to 64 letters, digits, '.', '_', '@' or '-'`,
      );
    }
    if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
      throw new ConfigError(
        `${variable}: the token of ${JSON.stringify(name)} is ${token.length} characters; expected at least ${MIN_TOKEN_LENGTH} with no spaces (openssl rand -hex 32 makes one)`,
      );
    }
    if (names.has(name))
      throw new ConfigError(`${variable}: the name ${JSON.stringify(name)} is given twice`);
    if (values.has(token)) throw new ConfigError(`${variable}: two curators have the same token`);
    names.add(name);
    values.add(token);
  }
  return tokens;
}

function apiTokensFrom(env: Env): NamedToken[] {
  const tokens: NamedToken[] = [];
  for (const entry of (env.KG_API_TOKENS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const colon = entry.indexOf(':');
    if (colon <= 0) {
      throw new ConfigError(
        `KG_API_TOKENS: ${JSON.stringify(entry.length > 12 ? `${entry.slice(0, 12)}…` : entry)} is not name:token; expected name:token,name:token`,
      );
    }
    tokens.push({ name: entry.slice(0, colon), token: entry.slice(colon + 1) });
  }
  checkApiTokens(tokens);
  const single = env.KG_API_TOKEN?.trim();
  if (single) {
    checkApiTokens([{ name: UNNAMED_TOKEN_NAME, token: single }], 'KG_API_TOKEN');
    checkApiTokens(
      [...tokens, { name: UNNAMED_TOKEN_NAME, token: single }],
      'KG_API_TOKENS with KG_API_TOKEN',
    );
    tokens.push({ name: UNNAMED_TOKEN_NAME, token: single });
  }
  return tokens;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxyFrom(env: Env): TrustProxy {
  const raw = env.KG_TRUST_PROXY?.trim();
  if (raw === undefined || raw === '') return ['loopback'];
  if (raw === 'false' || raw === 'none') return false;
  if (/^\d+$/.test(raw)) return intVar(env, 'KG_TRUST_PROXY', 0, 0, 10);
  const entries = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.includes(entry) || (family !== 0 && okBits && rest.length === 0))) {
      throw new ConfigError(
        `KG_TRUST_PROXY=${JSON.stringify(raw)} is not valid: ${JSON.stringify(entry)} is not an address, a subnet (10.0.0.0/8) or one of ${PROXY_NAMES.join(', ')}; ` +
          'or give a number of proxy hops, or false',
      );
    }
  }
  return entries;
}

function flagVar(env: Env, name: string): boolean {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected 1 or 0`);
}

type Env = Record<string, string | undefined>;

/** Which engine runs the API's operations: graphql-jit's compiled plans (graphql-js where none can be made), or graphql-js alone. */
export type ApiExecutor = 'compiled' | 'graphql-js';
const API_EXECUTORS: readonly ApiExecutor[] = ['compiled', 'graphql-js'];

function apiExecutorFrom(env: Env): ApiExecutor {
  const raw = env.KG_API_EXECUTOR?.trim() || 'compiled';
  const executor = API_EXECUTORS.find((e) => e === raw);
  if (!executor) {
    throw new ConfigError(
      `KG_API_EXECUTOR=${JSON.stringify(raw)} is not valid: expected ${API_EXECUTORS.join(' or ')}`,
    );
  }
  return executor;
}

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(
      `${name}=${JSON.stringify(raw)} is not valid: expected an integer from ${min} to ${max}`,
    );
  }
  return n;
}

const INTEGRITY_MAX_AGE_S = { fallback: 60, max: 86_400 };

/**
 * KG_INTEGRITY_MAX_AGE_S: whole seconds, 0 (every request after a write or a check asks for a new
 * one, spaced by ten times the last check's length) to a day. Returned in milliseconds.
 */
function integrityMaxAgeFrom(env: Env): number {
  const name = 'KG_INTEGRITY_MAX_AGE_S';
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return INTEGRITY_MAX_AGE_S.fallback * 1000;
  if (!/^\d+$/.test(raw) || Number(raw) > INTEGRITY_MAX_AGE_S.max) {
    const hint = /^\d+(\.\d+)?\s*(ms|s|m|min|h)$/i.test(raw)
      ? ' (write the number alone: the unit is seconds)'
      : '';
    throw new ConfigError(
      `${name}=${JSON.stringify(raw)} is not valid: expected whole seconds from 0 to ${INTEGRITY_MAX_AGE_S.max}${hint}, how old the integrity dashboard's figure may be before a request starts a new check (default ${INTEGRITY_MAX_AGE_S.fallback})`,
    );
  }
  return Number(raw) * 1000;
}

/** KG_NEO4J_JVM_OPTIONS: JVM flags only (each starts with '-'), so a typo cannot become the main class. */
export function jvmOptionsVar(env: Env): string[] {
  const options = (env.KG_NEO4J_JVM_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  const bad = options.find((o) => !o.startsWith('-'));
  if (bad !== undefined) {
    throw new ConfigError(
      `KG_NEO4J_JVM_OPTIONS=${JSON.stringify(env.KG_NEO4J_JVM_OPTIONS)} is not valid: ${JSON.stringify(bad)} is not a JVM flag; expected flags such as '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC'`,
    );
  }
  return options;
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
    localJvmOptions: jvmOptionsVar(env),
    queryTimeoutMs: intVar(env, 'KG_QUERY_TIMEOUT_MS', 5000, 100, 600_000),
    integrityMaxAgeMs: integrityMaxAgeFrom(env),
    apiExecutor: apiExecutorFrom(env),
    apiPort: intVar(env, 'PORT', 4000, 0, 65535),
    apiTokens: apiTokensFrom(env),
    corsOrigins: (env.KG_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    production: env.NODE_ENV === 'production',
    debug: flagVar(env, 'KG_DEBUG'),
    rateLimit: intVar(env, 'KG_RATE_LIMIT', 600, 0, 1_000_000),
    writeRateLimit: intVar(env, 'KG_WRITE_RATE_LIMIT', 60, 0, 1_000_000),
    trustProxy: trustProxyFrom(env),
    logLevel,
  };
}
