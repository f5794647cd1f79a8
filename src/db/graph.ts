// A Graph is one driver plus the database it works on, with read and write transaction functions.
// With NEO4J_URI unset it is backed by the local Neo4j (started here if it is not running yet); with
// NEO4J_URI set it uses that server with NEO4J_USER / NEO4J_PASSWORD: bolt://, neo4j:// (routing,
// for clusters and Aura) and their +s / +ssc variants all go through this same code.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.ts';
import { UserError } from '../../ingest/base/errors.ts';
import { childLog } from '../../ingest/base/log.ts';
import {
  readTransaction,
  writeTransaction,
  type GraphHandle,
  type TransactionConfig,
} from '../../ingest/base/graph-session.ts';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.ts';

const log = childLog('graph');

export type { TransactionConfig };

/** A GraphHandle that also reads, writes and closes; openGraph gives one. */
export interface Graph extends GraphHandle {
  uri: string;
  /** The local server behind this Graph, or null when NEO4J_URI names an external one. */
  local: LocalNeo4j | null;
  /** Runs `work` in a read transaction (session.executeRead): routable to followers in a cluster. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: TransactionConfig): Promise<T>;
  /** Runs `work` in a write transaction (session.executeWrite): retried on transient errors, so keep it idempotent. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: TransactionConfig): Promise<T>;
  /** Closes the driver; stops the local Neo4j too if this Graph started it (unless keepLocalRunning). */
  close(): Promise<void>;
}

export interface OpenGraphOptions extends LocalNeo4jOptions {
  /** Leave a local Neo4j that openGraph started running after close() (as `kg db start` would). */
  keepLocalRunning?: boolean;
}

/** Opens the graph the configuration names and checks that it answers. */
export async function openGraph(
  config: Config = loadConfig(),
  options: OpenGraphOptions = {},
): Promise<Graph> {
  let local: LocalNeo4j | null = null;
  let driver: Driver;
  let uri: string;
  if (config.neo4jUri) {
    uri = config.neo4jUri;
    driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), driverConfig());
  } else {
    local = await startLocalNeo4j(config, options);
    uri = local.uri;
    // The local server runs with auth disabled; it accepts a connection without credentials.
    driver = neo4j.driver(uri, undefined, driverConfig());
  }
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
  } catch (err) {
    await driver.close();
    if (local?.startedNow) await stopLocalNeo4j(config);
    throw connectionError(uri, config, err);
  }
  log.debug({ uri, database: config.neo4jDatabase, local: local !== null }, 'graph open');
  return wrapDriver(driver, config.neo4jDatabase, uri, local, async () => {
    if (local?.startedNow && !options.keepLocalRunning) await stopLocalNeo4j(config);
  });
}

/** Builds a Graph around a driver someone else opened (for example with its own auth or config). */
export function wrapDriver(
  driver: Driver,
  database: string,
  uri: string,
  local: LocalNeo4j | null = null,
  afterClose: () => Promise<void> = async () => {},
): Graph {
  let closed = false;
  const handle = { driver, database };
  return {
    driver,
    database,
    uri,
    local,
    // The one session factory (bookmarks shared, so a read sees the writes before it).
    read: (work, txConfig) => readTransaction(handle, work, txConfig),
    write: (work, txConfig) => writeTransaction(handle, work, txConfig),
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
      await afterClose();
    },
  };
}

function driverConfig() {
  return {
    // Counts and numbers come back as JS numbers, not neo4j Integer objects: nothing in this graph
    // comes near 2^53.
    disableLosslessIntegers: true,
    userAgent: 'vn-officials-kg',
    logging: {
      level: 'warn' as const,
      logger: (level: string, message: string) => log.warn({ driverLevel: level }, message),
    },
  };
}

function connectionError(uri: string, config: Config, err: unknown): UserError {
  const e = err as { code?: string; message?: string };
  const reason = e.message ?? String(err);
  if (
    e.code === 'Neo.ClientError.Security.Unauthorized' ||
    e.code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new UserError(
      `Neo4j at ${uri} refused the credentials of user '${config.neo4jUser}': ${reason}. Check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  }
  if (e.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new UserError(`Neo4j at ${uri} has no database '${config.neo4jDatabase}'. Check NEO4J_DATABASE.`);
  }
  return new UserError(
    `cannot reach Neo4j at ${uri}: ${reason}. ` +
      (config.neo4jUri
        ? 'Check NEO4J_URI (scheme, host, port) and that the server runs; unset NEO4J_URI to use the local Neo4j.'
        : "See 'kg db status' and the launcher log."),
  );
}
