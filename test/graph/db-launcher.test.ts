// The local Neo4j launcher for real: a JVM on its own port and store (not the suite's server), started,
// answering on Bolt, found again instead of started twice, stopped cleanly, started again with its
// data intact; and the errors a person meets without Java, without Maven, or with the port taken.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot, type Config } from '../../src/config.ts';
import { localNeo4jStatus, openGraph, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/index.ts';
import { stateFilePath } from '../../src/db/local-neo4j.ts';
import { freePort, processAlive } from '../support/own-neo4j.ts';
import { TEST_NEO4J_JVM_OPTIONS } from '../support/neo4j-jvm-options.ts';

// Its own store and port, so that it never touches the suite's server (nor another run's).
const DATA_DIR = path.join(projectRoot, '.kg', `neo4j-launcher-test-${process.pid}`);
let config: Config;
let sparePort: number;

beforeAll(async () => {
  config = loadConfig({
    KG_NEO4J_PORT: String(await freePort()),
    KG_NEO4J_DATA_DIR: DATA_DIR,
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE: '64m',
    KG_NEO4J_JVM_OPTIONS: TEST_NEO4J_JVM_OPTIONS,
  });
  sparePort = await freePort();
});

const alive = processAlive;

/** A folder to use as PATH holding only links to the named programs (so the others are "not installed"). */
function pathWith(programs: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-path-'));
  for (const program of programs) {
    const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
    if (!found) throw new Error(`test needs ${program} on PATH`);
    fs.symlinkSync(fs.realpathSync(found), path.join(dir, program));
  }
  return dir;
}

/** A store no server runs for, so that start-up gets as far as looking for Java and Maven. */
function notRunning(): Config {
  return { ...config, localBoltPort: sparePort, localDataDir: path.join(DATA_DIR, 'never-started') };
}

afterAll(async () => {
  await stopLocalNeo4j(config);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

describe('the local Neo4j launcher', () => {
  it('starts, answers on Bolt, is reused, stops cleanly and keeps its data across a restart', async () => {
    await stopLocalNeo4j(config);
    fs.rmSync(DATA_DIR, { recursive: true, force: true });

    // Two starts at once (two commands racing): one JVM, which the other finds and reuses.
    const [first, racer] = await Promise.all([startLocalNeo4j(config), startLocalNeo4j(config)]);
    expect([first.startedNow, racer.startedNow].sort()).toEqual([false, true]);
    expect(racer.pid).toBe(first.pid);
    expect(first.uri).toBe(`bolt://127.0.0.1:${config.localBoltPort}`);
    expect(first.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(fs.readFileSync(first.logFile, 'utf8')).toMatch(/kg-neo4j: READY bolt:\/\/127\.0\.0\.1:\d+/);

    const graph = await openGraph(config);
    expect(graph.local?.startedNow).toBe(false);
    await graph.write((tx) =>
      tx.run("MERGE (n:LauncherTest {id: 'kept'}) SET n.note = 'written before the restart'"),
    );
    await graph.close();
    expect(alive(first.pid)).toBe(true); // close() of a Graph that did not start the server leaves it running

    const again = await startLocalNeo4j(config);
    expect(again).toMatchObject({ startedNow: false, pid: first.pid });
    expect(await localNeo4jStatus(config)).toMatchObject({
      state: 'running',
      pid: first.pid,
      boltAnswers: true,
    });

    expect(await stopLocalNeo4j(config)).toBe(first.pid);
    expect(alive(first.pid)).toBe(false);
    expect(fs.existsSync(stateFilePath(config))).toBe(false);
    expect(fs.readFileSync(first.logFile, 'utf8')).toMatch(/kg-neo4j: stopped/);
    expect((await localNeo4jStatus(config)).state).toBe('stopped');
    expect(await stopLocalNeo4j(config)).toBeNull();

    // openGraph starts it when nothing runs, and stops what it started on close().
    const reopened = await openGraph(config);
    expect(reopened.local?.startedNow).toBe(true);
    const note = await reopened.read(async (tx) =>
      (await tx.run("MATCH (n:LauncherTest {id: 'kept'}) RETURN n.note AS note")).records.map((r) =>
        r.get('note'),
      ),
    );
    expect(note).toEqual(['written before the restart']);
    const pid = reopened.local!.pid;
    await reopened.close();
    expect(alive(pid)).toBe(false);
  }, 600_000); // three JVM starts; a cold one takes a minute on a busy 2-core machine

  it('says Java is missing, and where to go instead, when there is no java on PATH', async () => {
    const env = { PATH: pathWith([]), HOME: os.homedir() };
    await expect(startLocalNeo4j(notRunning(), { env })).rejects.toThrow(
      /Java was not found.*JDK.*docker compose up/s,
    );
  });

  it('`kg db start` without Java exits 1 with that message on stderr', async () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'db', 'start'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        PATH: pathWith([]),
        HOME: os.homedir(),
        KG_NEO4J_PORT: String(sparePort),
        KG_NEO4J_DATA_DIR: notRunning().localDataDir,
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^kg: Java was not found/m);
    expect(result.stderr).toMatch(/docker compose up/);
    expect(result.stdout).toBe('');
  });

  it('says Maven is missing when the Neo4j classpath must be resolved and mvn is not on PATH', async () => {
    const env = { PATH: pathWith(['java']), HOME: os.homedir() };
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cache-'));
    await expect(startLocalNeo4j(notRunning(), { env, cacheDir })).rejects.toThrow(
      /Maven \('mvn'\) was not found on PATH.*apt-get install maven.*docker compose up/s,
    );
  });

  it('refuses a port that another program holds, naming the port and KG_NEO4J_PORT', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const taken = { ...config, localBoltPort: port, localDataDir: path.join(DATA_DIR, 'unused') };
      await expect(startLocalNeo4j(taken)).rejects.toThrow(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*KG_NEO4J_PORT`, 's'),
      );
    } finally {
      server.close();
    }
  });
});
