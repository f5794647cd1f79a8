// `kg db start|stop|status|reset|migrate`: the local Neo4j's lifecycle and the schema.
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import { loadConfig, type Config } from '../../config.ts';
import fs from 'node:fs';
import path from 'node:path';
import { readSnapshotEnd, SnapshotError } from '../../../ingest/load/snapshot.ts';
import {
  backupToSnapshot,
  isOldJsonLinesBackup,
  isSnapshotFile,
  nodesLeftOutOfSnapshot,
  restoreFromSnapshot,
} from '../../export/backup.ts';
import { dumpLocalDatabase, loadLocalDatabase } from '../../db/neo4j-admin.ts';
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
  kg db backup FILE [--format dump|jsonl] [--partial]
                         save the graph to FILE: the local server's neo4j-admin dump (default;
                         the server is stopped for it and started again), or the graph snapshot
                         of 'kg export --format jsonl' (jsonl, the default with NEO4J_URI: works
                         against any server, even remote). The snapshot holds the whole graph,
                         kg fetch's feeds and kg analyse's results included; a graph holding
                         nodes of a label it does not know is refused unless --partial leaves
                         them out
  kg db restore FILE [--yes]
                         put a backup back (its format is read from the file); --yes to replace
                         a graph that holds data

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

type BackupFormat = 'dump' | 'jsonl';

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Stops the local server for neo4j-admin, runs `work`, then starts it again if it ran. */
async function withLocalStopped(config: Config, work: () => Promise<void>): Promise<boolean> {
  const wasRunning = (await stopLocalNeo4j(config)) !== null;
  if (wasRunning)
    process.stderr.write('kg: stopped the local Neo4j for neo4j-admin; clients get 503 meanwhile\n');
  try {
    await work();
  } finally {
    if (wasRunning) {
      await startLocalNeo4j(config);
      process.stderr.write('kg: started the local Neo4j again\n');
    }
  }
  return wasRunning;
}

async function backup(
  config: Config,
  file: string,
  format: BackupFormat | undefined,
  partial: boolean,
): Promise<number> {
  const chosen = format ?? (config.neo4jUri ? 'jsonl' : 'dump');
  if (chosen === 'dump') {
    requireLocal(config, 'backup --format dump');
    const started = Date.now();
    await withLocalStopped(config, () => dumpLocalDatabase(config, file));
    process.stdout.write(
      `backed up the local database to ${file} (neo4j-admin dump, ${megabytes(fs.statSync(file).size)}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    return 0;
  }
  const graph = await openGraph(config);
  try {
    const leftOut = Object.entries(await nodesLeftOutOfSnapshot(graph))
      .map(([label, n]) => `${n} ${label}`)
      .join(', ');
    if (leftOut && !partial) {
      throw new UserError(
        `the graph at ${graph.uri} holds nodes of labels a JSON Lines backup does not know (${leftOut}); ` +
          `nothing was written. Back up the local server with '--format dump', or add --partial to leave them out.`,
      );
    }
    const summary = await backupToSnapshot(graph, file, (p) =>
      process.stderr.write(`kg: ${p.nodes} nodes, ${p.relationships} relationships written\n`),
    );
    process.stdout.write(
      `backed up ${graph.uri} to ${file}: ${summary.nodes} nodes, ${summary.relationships} relationships (JSON Lines, ${megabytes(summary.bytes)})` +
        (leftOut ? `; left out: ${leftOut}` : '') +
        '\n',
    );
  } finally {
    await graph.close();
  }
  return 0;
}

async function restore(config: Config, file: string, yes: boolean): Promise<number> {
  if (!fs.existsSync(file)) throw new UserError(`${file} does not exist; give the file 'kg db backup' wrote`);
  if (isOldJsonLinesBackup(file)) {
    throw new UserError(
      `${file} is a JSON Lines backup of the format kg used before decision 0027; restore it with the kg that wrote it (commit 7621b54), then take a new backup`,
    );
  }
  if (isSnapshotFile(file)) {
    const graph = await openGraph(config);
    try {
      await migrate(graph);
      const counts = await graphCounts(graph);
      const holdsData = Object.values(counts.nodes).some((n) => n > 0);
      if (holdsData && !yes) {
        throw new UserError(
          `the graph at ${graph.uri} holds data (${formatGraphCounts(counts)}); 'kg db restore ${file} --yes' replaces it with the backup`,
        );
      }
      // Checked before the graph is emptied: a file cut short never costs the data it would replace.
      try {
        readSnapshotEnd(file);
      } catch (err) {
        if (err instanceof SnapshotError) throw new UserError(`${err.message}; the graph is untouched`);
        throw err;
      }
      if (holdsData) await emptyGraph(graph);
      const summary = await restoreFromSnapshot(graph, file, (p) =>
        process.stderr.write(`kg: ${p.nodes} nodes, ${p.relationships} relationships restored\n`),
      ).catch((err: unknown) => {
        if (err instanceof SnapshotError)
          throw new UserError(
            `${err.message}; the graph holds what was loaded before the error: 'kg db restore FILE --yes' with a whole backup replaces it`,
          );
        throw err;
      });
      process.stdout.write(
        `restored ${summary.nodes} nodes and ${summary.relationships} relationships from ${file} into ${graph.uri}\n`,
      );
    } finally {
      await graph.close();
    }
    return 0;
  }
  requireLocal(config, 'restore of a neo4j-admin dump');
  const store = path.join(config.localDataDir, 'data', 'databases', 'neo4j');
  if (fs.existsSync(store) && !yes) {
    throw new UserError(
      `the local store ${store} exists; 'kg db restore ${file} --yes' replaces it with the dump`,
    );
  }
  const wasRunning = await withLocalStopped(config, () => loadLocalDatabase(config, file));
  const graph = await openGraph(config, { keepLocalRunning: wasRunning });
  try {
    await migrate(graph);
    process.stdout.write(
      `restored ${file} into the local database: ${formatGraphCounts(await graphCounts(graph))}\n`,
    );
  } finally {
    await graph.close();
  }
  return 0;
}

const command: Command = {
  name: 'db',
  summary: 'manage the database: start | stop | status | reset --yes | migrate | backup FILE | restore FILE',
  usage: USAGE,
  async run(argv) {
    const { positionals, values } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          yes: { type: 'boolean', default: false },
          external: { type: 'boolean', default: false },
          format: { type: 'string' },
          partial: { type: 'boolean', default: false },
        },
      },
      USAGE,
    );
    const [action, ...extra] = positionals;
    if (action === 'backup' || action === 'restore') {
      const [file, ...more] = extra;
      if (!file || more.length > 0)
        throw new UserError(`'kg db ${action}' takes one FILE; see 'kg db --help'`);
      const config = loadConfig();
      if (action === 'restore') return restore(config, file, values.yes);
      const format = values.format;
      if (format !== undefined && format !== 'dump' && format !== 'jsonl') {
        throw new UserError(`--format ${format}: expected dump or jsonl`);
      }
      return backup(config, file, format, values.partial);
    }
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
          `'kg db ${action}' is not a db action; expected start, stop, status, migrate, reset, backup or restore (see 'kg db --help')`,
        );
    }
  },
};
export default command;
