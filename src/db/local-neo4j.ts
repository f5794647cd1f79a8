// Control of the local Neo4j (neo4j-local/Launcher.java): start it detached, find it again through its
// state file, stop it with SIGTERM so its shutdown hook closes the store cleanly.
//
// Files, all inside the data folder (KG_NEO4J_DATA_DIR, default .kg/neo4j), which is the Neo4j home:
//   data/                  the store (what `kg db reset` deletes)
//   logs/                  Neo4j's own logs (debug.log …) and kg-launcher.log, the launcher's stdout/stderr
//   kg-launcher.json       {pid, port, home, neo4jVersion, startedAt} while it runs; {…, starting: true} before it is ready
//
// Each data folder has its own state file, so the developer's server (.kg/neo4j, port 7687) and the
// tests' (.kg/neo4j-test, port 7688) can run side by side.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import { UserError } from '../../ingest/base/errors.ts';
import { childLog } from '../../ingest/base/log.ts';
import {
  checkJava,
  LAUNCHER_CLASS,
  launcherEntry,
  neo4jClasspath,
  type ToolEnvironment,
} from './neo4j-classpath.ts';

const log = childLog('local-neo4j');

/** The part of Config the local server needs. */
export type LocalNeo4jConfig = Pick<
  Config,
  'localBoltPort' | 'localDataDir' | 'localHeap' | 'localPageCache'
> &
  Partial<Pick<Config, 'localJvmOptions'>>;

export interface LocalNeo4jOptions extends ToolEnvironment {
  /** How long to wait for Bolt to answer; the first start of a new store takes 20-60 s on 2 cores. */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  logFile: string;
  neo4jVersion: string;
  /** True when this call started the process; false when it found one already running. */
  startedNow: boolean;
}

export interface LocalNeo4jStatus {
  state: 'running' | 'starting' | 'stopped';
  uri: string;
  port: number;
  dataDir: string;
  logFile: string;
  pid?: number;
  neo4jVersion?: string;
  startedAt?: string;
  /** Whether Bolt answered when asked (only checked for a running server). */
  boltAnswers?: boolean;
}

interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface StateFile {
  pid: number;
  port: number;
  home: string;
  neo4jVersion?: string;
  startedAt?: string;
  starting?: boolean;
}

const G1_GC = '-XX:+UseG1GC';

// The server's own start script passes these; Neo4j's off-heap and native I/O code needs them on Java 17+.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  G1_GC,
  '-XX:-OmitStackTraceInFastThrow',
  '-Dfile.encoding=UTF-8',
];

/** The server's flags and KG_NEO4J_JVM_OPTIONS after them; a collector chosen there replaces G1 (the JVM refuses two). */
export function jvmFlags(extra: string[]): string[] {
  const choosesCollector = extra.some((flag) => /^-XX:\+Use\w+GC$/.test(flag));
  return [...JVM_FLAGS.filter((flag) => !(choosesCollector && flag === G1_GC)), ...extra];
}

export function stateFilePath(config: LocalNeo4jConfig): string {
  return path.join(config.localDataDir, 'kg-launcher.json');
}

export function launcherLogPath(config: LocalNeo4jConfig): string {
  return path.join(config.localDataDir, 'logs', 'kg-launcher.log');
}

function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

function readState(config: LocalNeo4jConfig): StateFile | null {
  try {
    return JSON.parse(fs.readFileSync(stateFilePath(config), 'utf8')) as StateFile;
  } catch {
    return null;
  }
}

/**
 * Whether our launcher still runs as `pid`. On Linux, /proc tells three cases kill(pid, 0) cannot:
 * a zombie (exited, not yet reaped) is gone; a pid whose command line names another program was
 * recycled; and a process whose command line reads empty is exiting — its memory is released
 * before its open files, so the store's lock is still held and it must count as running, or
 * `stopLocalNeo4j` returns while the JVM is still tearing down (seen once in db-launcher's test).
 */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  let status: string;
  let commandLine: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch (err) {
    // Reaped between the signal and the read; elsewhere (no /proc) kill(pid, 0) is all we know.
    return (err as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync('/proc/self/status');
  }
  if (/^State:\s+[ZX]/m.test(status)) return false;
  if (commandLine === '') return true;
  const args = commandLine.split('\0');
  return args.some((arg) => arg === LAUNCHER_CLASS || arg.endsWith('Launcher.java'));
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 3000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function logTail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What runs for this data folder, if anything; removes a state file left by a process that died. */
export async function localNeo4jStatus(config: LocalNeo4jConfig): Promise<LocalNeo4jStatus> {
  const base = {
    uri: boltUri(config.localBoltPort),
    port: config.localBoltPort,
    dataDir: config.localDataDir,
    logFile: launcherLogPath(config),
  };
  const state = readState(config);
  if (!state) return { state: 'stopped', ...base };
  if (!processAlive(state.pid)) {
    fs.rmSync(stateFilePath(config), { force: true });
    return { state: 'stopped', ...base };
  }
  const uri = boltUri(state.port);
  const status: LocalNeo4jStatus = {
    ...base,
    state: state.starting ? 'starting' : 'running',
    uri,
    port: state.port,
    pid: state.pid,
  };
  if (state.neo4jVersion) status.neo4jVersion = state.neo4jVersion;
  if (state.startedAt) status.startedAt = state.startedAt;
  if (!state.starting) status.boltAnswers = await boltAnswers(uri);
  return status;
}

/**
 * Starts the local Neo4j for this data folder, detached (it outlives this process), and returns once
 * Bolt answers. If one is already running for the folder, returns it (startedNow: false).
 */
export async function startLocalNeo4j(
  config: LocalNeo4jConfig,
  options: LocalNeo4jOptions = {},
): Promise<LocalNeo4j> {
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  // Two commands starting at once (kg ingest next to kg serve) must not spawn two JVMs on one store:
  // the second waits for the first, then finds its server running and reuses it.
  return withStartLock(config, deadline, () => startUnlocked(config, options, deadline));
}

async function withStartLock<T>(
  config: LocalNeo4jConfig,
  deadline: number,
  start: () => Promise<T>,
): Promise<T> {
  const lock = path.join(config.localDataDir, 'kg-launcher.lock');
  fs.mkdirSync(config.localDataDir, { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lock, 'utf8').trim());
      if (!Number.isInteger(owner) || owner <= 0 || !pidExists(owner)) {
        fs.rmSync(lock, { force: true }); // left by a process that died while starting
        continue;
      }
      if (Date.now() > deadline) {
        throw new UserError(
          `another kg process (pid ${owner}) is still starting the local Neo4j of ${config.localDataDir}; wait for it, or see 'kg db status'`,
        );
      }
      await sleep(250);
    }
  }
  try {
    return await start();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function startUnlocked(
  config: LocalNeo4jConfig,
  options: LocalNeo4jOptions,
  deadline: number,
): Promise<LocalNeo4j> {
  const logFile = launcherLogPath(config);
  const existing = await localNeo4jStatus(config);
  if (existing.state !== 'stopped' && existing.pid) {
    if (existing.port !== config.localBoltPort) {
      throw new UserError(
        `the local Neo4j of ${config.localDataDir} already runs on port ${existing.port}, not ${config.localBoltPort} (KG_NEO4J_PORT). ` +
          `Stop it with 'kg db stop' or set KG_NEO4J_PORT=${existing.port}.`,
      );
    }
    await waitUntilReady(config, existing.pid, null, deadline);
    log.debug({ pid: existing.pid, uri: existing.uri }, 'reusing the local Neo4j that is already running');
    return { ...describe(config, existing.pid), startedNow: false };
  }
  if (await portInUse(config.localBoltPort)) {
    throw new UserError(
      `port ${config.localBoltPort} on 127.0.0.1 is already in use by another program (not the local Neo4j of ${config.localDataDir}). ` +
        `Stop that program, or choose another port with KG_NEO4J_PORT, or set NEO4J_URI to use a Neo4j that is already running.`,
    );
  }

  const env = options.env ?? process.env;
  const java = await checkJava(env);
  const launcher = await launcherEntry(await neo4jClasspath(options), java, options);

  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'a');
  const args = [
    `-Xms${config.localHeap}`,
    `-Xmx${config.localHeap}`,
    ...jvmFlags(config.localJvmOptions ?? []),
    '-cp',
    launcher.classpath,
    launcher.main,
    '--home',
    config.localDataDir,
    '--port',
    String(config.localBoltPort),
    '--pagecache',
    config.localPageCache,
    '--state-file',
    stateFilePath(config),
  ];
  const started = Date.now();
  const child = spawn(java.command, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined)
    throw new UserError(`could not start '${java.command}' for the local Neo4j; see ${logFile}`);
  let exited: ProcessExit | null = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  writeStartingState(config, pid);
  child.unref();
  log.info(
    { pid, port: config.localBoltPort, dataDir: config.localDataDir, logFile },
    'starting the local Neo4j',
  );

  await waitUntilReady(config, pid, () => exited, deadline);
  log.info(
    { pid, uri: boltUri(config.localBoltPort), seconds: Math.round((Date.now() - started) / 100) / 10 },
    'local Neo4j ready',
  );
  return { ...describe(config, pid), startedNow: true };
}

function describe(config: LocalNeo4jConfig, pid: number): Omit<LocalNeo4j, 'startedNow'> {
  return {
    uri: boltUri(config.localBoltPort),
    port: config.localBoltPort,
    pid,
    dataDir: config.localDataDir,
    logFile: launcherLogPath(config),
    neo4jVersion: readState(config)?.neo4jVersion ?? 'unknown',
  };
}

function writeStartingState(config: LocalNeo4jConfig, pid: number): void {
  const file = stateFilePath(config);
  const tmp = `${file}.${process.pid}.tmp`;
  const state: StateFile = { pid, port: config.localBoltPort, home: config.localDataDir, starting: true };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(tmp, JSON.stringify(state) + '\n');
  fs.renameSync(tmp, file);
}

async function waitUntilReady(
  config: LocalNeo4jConfig,
  pid: number,
  exitOf: (() => ProcessExit | null) | null,
  deadline: number,
): Promise<void> {
  const logFile = launcherLogPath(config);
  const uri = boltUri(config.localBoltPort);
  for (;;) {
    const exit = exitOf?.() ?? (processAlive(pid) ? null : { code: null, signal: null });
    if (exit) {
      if (readState(config)?.pid === pid) fs.rmSync(stateFilePath(config), { force: true });
      throw new UserError(
        `the local Neo4j (pid ${pid}) stopped during start-up` +
          (exit.code !== null ? ` with exit code ${exit.code}` : exit.signal ? ` on ${exit.signal}` : '') +
          `. Last lines of ${logFile}:\n${logTail(logFile)}`,
      );
    }
    const state = readState(config);
    if (state && state.pid === pid && !state.starting && (await boltAnswers(uri))) return;
    if (Date.now() > deadline) {
      throw new UserError(
        `the local Neo4j (pid ${pid}) did not answer on ${uri} in time; it may still be starting ('kg db status'). ` +
          `Last lines of ${logFile}:\n${logTail(logFile)}`,
      );
    }
    await sleep(250);
  }
}

/**
 * Stops the local Neo4j of this data folder (SIGTERM: its shutdown hook checkpoints and closes the
 * store) and waits until the process is gone. Returns the pid it stopped, or null if none ran.
 */
export async function stopLocalNeo4j(
  config: LocalNeo4jConfig,
  options: { timeoutMs?: number } = {},
): Promise<number | null> {
  const status = await localNeo4jStatus(config);
  if (status.state === 'stopped' || !status.pid) return null;
  const pid = status.pid;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  log.info({ pid, dataDir: config.localDataDir }, 'stopping the local Neo4j');
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone between the status check and now.
  }
  while (processAlive(pid)) {
    if (Date.now() > deadline) {
      log.warn(
        { pid },
        'the local Neo4j did not stop within the time allowed; killing it (the next start runs recovery)',
      );
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone on its own meanwhile.
      }
      await sleep(500);
      break;
    }
    await sleep(100);
  }
  fs.rmSync(stateFilePath(config), { force: true });
  return pid;
}

/** Deletes the store of a stopped local Neo4j (keeps its logs). Refuses while one runs. */
export async function deleteLocalStore(config: LocalNeo4jConfig): Promise<void> {
  const status = await localNeo4jStatus(config);
  if (status.state !== 'stopped') {
    throw new UserError(
      `the local Neo4j of ${config.localDataDir} is running (pid ${status.pid}); stop it first ('kg db stop')`,
    );
  }
  fs.rmSync(path.join(config.localDataDir, 'data'), { recursive: true, force: true });
}
