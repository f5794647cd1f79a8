// `kg db start|stop|status|reset|migrate`: the local Neo4j's lifecycle and the schema.
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import { loadConfig, type Config } from '../../config.ts';
import {
  deleteLocalStore,
  emptyGraph,
  formatGraphCounts,
  graphCounts,
  localNeo4jStatus,
  migrate,
  openGraph,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../db/index.ts';

const USAGE = `kg db — manage the database

Usage:
  kg db start            start the local Neo4j in the background; returns once Bolt answers
  kg db stop             stop the local Neo4j (clean shutdown)
  kg db status           say whether the local Neo4j runs, where, and what the graph holds
  kg db migrate          apply the schema migrations (schema/migrations/*.cypher) not applied yet
  kg db reset --yes      empty the local database (deletes its store; the schema is applied again)
  kg db reset --yes --external
                         with NEO4J_URI set: delete every node of that server's database instead

The local Neo4j listens on 127.0.0.1:$KG_NEO4J_PORT (default 7687), keeps its data in
$KG_NEO4J_DATA_DIR (default .kg/neo4j) and logs to <data dir>/logs/kg-launcher.log.
With NEO4J_URI set, 'migrate' and 'status' work on that server; start/stop do not apply.
`;

function requireLocal(config: Config, action: string): void {
  if (config.neo4jUri) {
    throw new UserError(
      `'kg db ${action}' manages the local Neo4j, but NEO4J_URI is set (${config.neo4jUri}); unset NEO4J_URI to manage the local one`,
    );
  }
}

async function start(config: Config): Promise<number> {
  requireLocal(config, 'start');
  const local = await startLocalNeo4j(config);
  process.stdout.write(
    `${local.startedNow ? 'started' : 'already running:'} Neo4j ${local.neo4jVersion} at ${local.uri} (pid ${local.pid}, data ${local.dataDir})\n`,
  );
  return 0;
}

async function stop(config: Config): Promise<number> {
  requireLocal(config, 'stop');
  const pid = await stopLocalNeo4j(config);
  process.stdout.write(
    pid
      ? `stopped the local Neo4j (pid ${pid})\n`
      : `the local Neo4j of ${config.localDataDir} was not running\n`,
  );
  return 0;
}

async function status(config: Config): Promise<number> {
  if (config.neo4jUri) {
    const graph = await openGraph(config);
    try {
      process.stdout.write(`external Neo4j at ${graph.uri} (database ${graph.database}) answers\n`);
      process.stdout.write(`${formatGraphCounts(await graphCounts(graph))}\n`);
    } finally {
      await graph.close();
    }
    return 0;
  }
  const s = await localNeo4jStatus(config);
  if (s.state === 'stopped') {
    process.stdout.write(
      `stopped: no local Neo4j runs for ${s.dataDir} (port ${s.port}); 'kg db start' starts it\n`,
    );
    return 3;
  }
  process.stdout.write(
    `${s.state}: Neo4j ${s.neo4jVersion ?? ''} at ${s.uri}, pid ${s.pid}, data ${s.dataDir}, log ${s.logFile}` +
      (s.startedAt ? `, since ${s.startedAt}` : '') +
      (s.boltAnswers === false ? ' — but Bolt does not answer' : '') +
      '\n',
  );
  if (s.state === 'running' && s.boltAnswers) {
    const graph = await openGraph(config);
    try {
      process.stdout.write(`${formatGraphCounts(await graphCounts(graph))}\n`);
    } finally {
      await graph.close();
    }
  }
  return 0;
}

async function runMigrate(config: Config): Promise<number> {
  const graph = await openGraph(config);
  try {
    const report = await migrate(graph);
    process.stdout.write(
      report.applied.length
        ? `applied: ${report.applied.join(', ')}\n`
        : `schema up to date (${report.alreadyApplied.length} migrations already applied)\n`,
    );
  } finally {
    await graph.close();
  }
  return 0;
}

async function reset(config: Config, yes: boolean, external: boolean): Promise<number> {
  if (!yes) {
    throw new UserError(
      `'kg db reset' deletes every node and relationship of the database; run 'kg db reset --yes' to confirm`,
    );
  }
  if (config.neo4jUri) {
    if (!external) {
      throw new UserError(
        `NEO4J_URI is set (${config.neo4jUri}): 'kg db reset --yes' only empties the local Neo4j. ` +
          `To delete every node of that server's database, run 'kg db reset --yes --external'.`,
      );
    }
    const graph = await openGraph(config);
    try {
      const deleted = await emptyGraph(graph);
      process.stdout.write(
        `deleted ${deleted} nodes (and their relationships) from ${graph.uri}; the schema stays\n`,
      );
    } finally {
      await graph.close();
    }
    return 0;
  }
  const wasRunning = (await stopLocalNeo4j(config)) !== null;
  await deleteLocalStore(config);
  process.stdout.write(`deleted the local store in ${config.localDataDir}\n`);
  // Leave things as they were, minus the data: a server that ran runs again, with the schema in place.
  const graph = await openGraph(config, { keepLocalRunning: wasRunning });
  try {
    const report = await migrate(graph);
    process.stdout.write(`schema applied again: ${report.applied.join(', ')}\n`);
  } finally {
    await graph.close();
  }
  return 0;
}

const command: Command = {
  name: 'db',
  summary: 'manage the database: start | stop | status | reset --yes | migrate',
  usage: USAGE,
  async run(argv) {
    const { positionals, values } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        strict: true,
        options: { yes: { type: 'boolean', default: false }, external: { type: 'boolean', default: false } },
      },
      USAGE,
    );
    const [action, ...extra] = positionals;
    if (extra.length > 0)
      throw new UserError(
        `'kg db ${action}' takes no further arguments (got ${extra.join(' ')}); see 'kg db --help'`,
      );
    const config = loadConfig();
    switch (action) {
      case 'start':
        return start(config);
      case 'stop':
        return stop(config);
      case 'status':
        return status(config);
      case 'migrate':
        return runMigrate(config);
      case 'reset':
        return reset(config, values.yes, values.external);
      case undefined:
        process.stdout.write(USAGE);
        return 2;
      default:
        throw new UserError(
          `'kg db ${action}' is not a db action; expected start, stop, status, migrate or reset (see 'kg db --help')`,
        );
    }
  },
};
export default command;
