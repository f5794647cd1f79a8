// Signals, on a Neo4j store of this file's own (test/support/own-neo4j.ts) that `kg up` starts
// itself: SIGTERM or SIGINT to `npm run --silent kg -- up` (npm) or to its node process stops the API
// and the Neo4j kg up started. Split from outage-and-signals.test.ts so that the `faults` project runs
// the two beside each other (decision 0031); this file starts no Neo4j of its own beyond kg up's.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { stopLocalNeo4j } from '../../src/db/index.ts';
import { stateFilePath } from '../../src/db/local-neo4j.ts';
import {
  externalNeo4j,
  ownNeo4jForFile,
  processAlive,
  waitFor,
  withoutExternal,
} from '../support/own-neo4j.ts';
import { fullSize, recordFigures } from '../support/reliability-figures.ts';

const own = ownNeo4jForFile('signals');

const QUERY = JSON.stringify({ query: '{ stats { people organizations documents } }' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** `npm run --silent kg -- up --no-samples --port 0`, until it prints the API's address. */
async function startUp(): Promise<{
  npm: ChildProcess;
  node: number;
  neo4j: number;
  url: string;
  output: () => string;
}> {
  const npm = spawn('npm', ['run', '--silent', 'kg', '--', 'up', '--no-samples', '--port', '0'], {
    cwd: projectRoot,
    env: { ...withoutExternal(process.env), ...own.env, KG_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout!.on('data', (d) => (output += String(d)));
  npm.stderr!.on('data', (d) => (output += String(d)));
  try {
    await waitFor(
      'kg up to serve',
      () => /GraphQL API at (http:\/\/[^\s,]+)/.test(output) || npm.exitCode !== null,
      300_000,
    );
  } catch (err) {
    // Not left running (and starting its Neo4j on a store the file deletes) once the test gave up; the
    // output is the one at the time of failure, not at the call.
    for (const pid of [...childrenOf(npm.pid!), npm.pid!])
      if (processAlive(pid)) process.kill(pid, 'SIGKILL');
    throw new Error(`${(err as Error).message}; output so far: ${output}`);
  }
  const url = /GraphQL API at (http:\/\/[^\s,]+)/.exec(output)?.[1];
  if (!url) throw new Error(`kg up ended early: ${output}`);
  const [node] = childrenOf(npm.pid!).filter((pid) =>
    fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts'),
  );
  if (!node) throw new Error(`no node child of npm (${npm.pid}): ${childrenOf(npm.pid!).join(', ')}`);
  const state = JSON.parse(fs.readFileSync(stateFilePath(own.config), 'utf8')) as { pid: number };
  return { npm, node, neo4j: state.pid, url, output: () => output };
}

const CASES: { target: 'npm' | 'node'; signal: NodeJS.Signals }[] = fullSize
  ? [
      { target: 'npm', signal: 'SIGTERM' },
      { target: 'npm', signal: 'SIGINT' },
      { target: 'node', signal: 'SIGTERM' },
      { target: 'node', signal: 'SIGINT' },
    ]
  : [
      { target: 'npm', signal: 'SIGTERM' },
      { target: 'node', signal: 'SIGINT' },
    ];

describe.skipIf(externalNeo4j)('signals to npm run kg -- up', () => {
  const figures: Record<string, number> = {};
  const started: number[] = [];
  afterAll(() => {
    if (Object.keys(figures).length) recordFigures('signals', { stopSeconds: figures });
    // A failed case must not leave kg up serving (its Neo4j is stopped with the store, above).
    for (const pid of started) if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  });

  it.each(CASES)(
    '$signal to $target stops the API and the Neo4j kg up started',
    async ({ target, signal }) => {
      await stopLocalNeo4j(own.config); // kg up must start it itself, so that it is kg up's to stop
      const up = await startUp();
      started.push(up.npm.pid!, up.node);
      const res = await fetch(up.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: QUERY,
      });
      expect(res.status).toBe(200);
      expect(processAlive(up.neo4j)).toBe(true);

      const exited = new Promise<number | null>((resolve) => up.npm.once('exit', (code) => resolve(code)));
      const sentAt = Date.now();
      process.kill(target === 'npm' ? up.npm.pid! : up.node, signal);
      await Promise.race([exited, sleep(120_000)]);
      await waitFor('node to exit', () => !processAlive(up.node), 10_000).catch(() => {});
      await waitFor('Neo4j to exit', () => !processAlive(up.neo4j), 10_000).catch(() => {});
      figures[`${signal} to ${target}`] = (Date.now() - sentAt) / 1000;

      expect(processAlive(up.node), `node still runs; output:\n${up.output()}`).toBe(false);
      expect(processAlive(up.neo4j), `Neo4j still runs; output:\n${up.output()}`).toBe(false);
      expect(up.npm.exitCode === null && up.npm.signalCode === null, 'npm still runs').toBe(false);
      await expect(fetch(up.url)).rejects.toThrow();
      expect(up.output()).toMatch(new RegExp(`kg: ${signal}: stopping`));
      expect(up.output()).toMatch(/stopped the local Neo4j that kg up started/);
      expect(fs.existsSync(stateFilePath(own.config))).toBe(false);
    },
    400_000,
  );
});
