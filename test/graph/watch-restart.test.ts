// `kg watch` across restarts, on a Neo4j of this file's own (test/support/own-neo4j.ts): the watcher
// is a real `kg watch --json` process against a news site on 127.0.0.1 (test/support/news-site.ts).
// - Neo4j stopped under it: its rounds fail and say so, the process keeps running, and once Neo4j is
//   back the next round ingests what changed meanwhile, once;
// - the watcher itself killed (SIGKILL) and started again: its first round finds nothing new and
//   writes nothing: all its state (validators, content hashes) is in the graph.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, type Config } from '../../src/config.ts';
import { migrate, openGraph, startLocalNeo4j, stopLocalNeo4j, type Graph } from '../../src/db/index.ts';
import { addSource } from '../../ingest/fetch/source-store.ts';
import type { FetchSummary } from '../../ingest/fetch/run-fetch.ts';
import { ARTICLES, FixtureServer, articlePage, siteRoutes } from '../support/news-site.ts';
import {
  externalNeo4j,
  ownNeo4jConfig,
  ownNeo4jEnv,
  processAlive,
  removeOwnNeo4j,
  withoutExternal,
} from '../support/own-neo4j.ts';

type Round = FetchSummary & { round: number; at: string };

/** A `kg watch --json` process: its rounds (stdout, one JSON line each) and failed rounds (stderr). */
class Watcher {
  readonly rounds: Round[] = [];
  readonly failures: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  stderr = '';
  /** Called on every round line and on exit: roundWhere waits on them, not on a timer. */
  private readonly listeners = new Set<() => void>();

  constructor(env: Record<string, string>) {
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'watch', '--every', '1s', '--delay', '0', '--json'],
      { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    this.child.stdout!.on('data', (d) => {
      out += String(d);
      for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
        const line = out.slice(0, nl).trim();
        out = out.slice(nl + 1);
        if (line) this.rounds.push(JSON.parse(line) as Round);
      }
      this.notify();
    });
    this.child.stderr!.on('data', (d) => {
      this.stderr += String(d);
      for (const m of String(d).matchAll(/watch: round (\d+) at \S+ failed: (.*)/g)) this.failures.push(m[0]);
      this.notify();
    });
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code) => {
        resolve(code);
        this.notify();
      }),
    );
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves as soon as `done()` holds (checked on each line the watcher writes); fails after `ms`. */
  async until(what: string, done: () => boolean, ms: number): Promise<void> {
    if (done()) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (done()) finish();
        else if (this.child.exitCode !== null) finish(new Error(`the watcher exited waiting for ${what}`));
      };
      const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}`)), ms);
      const finish = (err?: Error) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (err) reject(err);
        else resolve();
      };
      this.listeners.add(check);
    });
  }

  /** Waits until a round after `afterRound` satisfies `test`; fails after `ms` with what was seen. */
  async roundWhere(afterRound: number, test: (r: Round) => boolean, ms = 300_000): Promise<Round> {
    const hit = () => this.rounds.find((r) => r.round > afterRound && test(r));
    await this.until(`a round after ${afterRound}`, () => hit() !== undefined, ms).catch((err: Error) => {
      throw new Error(
        `no such round after ${afterRound} within ${ms} ms (${err.message}); rounds: ${JSON.stringify(this.rounds.slice(-3))}; stderr: ${this.stderr.slice(-2000)}`,
      );
    });
    return hit()!;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

const site = new FixtureServer();
let env: Record<string, string>;
let config: Config;
let graph: Graph;
let childEnv: Record<string, string>;

beforeAll(async () => {
  if (externalNeo4j) return;
  env = await ownNeo4jEnv('watch');
  config = ownNeo4jConfig(env);
  graph = await openGraph(config, { keepLocalRunning: true });
  await migrate(graph);
  const origin = await site.start();
  siteRoutes(site);
  for (const feed of ['/rss/thoi-su.rss', '/en/politics.atom', '/sitemap-index.xml'])
    await addSource(graph, `${origin}${feed}`);
  // The watcher reaches this server as an external one (NEO4J_URI): it neither starts nor stops it,
  // as a watcher against a server someone else runs.
  childEnv = {
    ...withoutExternal(process.env),
    ...env,
    NEO4J_URI: graph.uri,
    KG_LOG_LEVEL: 'warn',
  };
}, 300_000);

afterAll(async () => {
  await site.stop();
  await graph?.close();
  if (config) await removeOwnNeo4j(config);
});

async function articleHashes(): Promise<Map<string, string>> {
  return graph.read(
    async (tx) =>
      new Map(
        (await tx.run('MATCH (a:Article) RETURN a.url AS url, a.contentHash AS hash')).records.map((r) => [
          r.get('url') as string,
          r.get('hash') as string,
        ]),
      ),
  );
}

describe.skipIf(externalNeo4j)('kg watch survives restarts', () => {
  it('of Neo4j: failed rounds are reported, the process goes on, the change made meanwhile is ingested once', async () => {
    const watcher = new Watcher(childEnv);
    let neo4jDown = false;
    try {
      const first = await watcher.roundWhere(0, (r) => r.new > 0);
      expect(first.new).toBe(ARTICLES.length);
      expect(first.sourcesFailed).toBe(0);
      const before = await articleHashes();
      expect(before.size).toBe(ARTICLES.length);

      // Stopped as a round ends, not in the middle of one: a round that is running when Neo4j stops
      // spends the driver's 30 s of retries before it fails (more on a loaded machine); the rounds after
      // it fail at once (watch.ts asks the server first), which is what this test waits for.
      await watcher.roundWhere(watcher.rounds.at(-1)!.round, () => true);
      await stopLocalNeo4j(config);
      neo4jDown = true;
      const stoppedAfter = watcher.rounds.at(-1)?.round ?? 0;
      // While Neo4j is down an article is edited (its feed says so, as a CMS republishing does).
      const edited = {
        ...ARTICLES[1]!,
        paragraphs: [
          ...ARTICLES[1]!.paragraphs,
          'Đồng chí Trần Trí Quang, Phó Bí thư Tỉnh ủy Đồng Tháp, dự buổi làm việc.',
        ],
      };
      site.routes.set(edited.path, articlePage(edited, site.origin));
      const rss = site.routes.get('/rss/thoi-su.rss') as string;
      site.routes.set('/rss/thoi-su.rss', rss.replace('</channel>', '<!-- updated --></channel>'));
      // Should a round still have started before the stop took hold, it fails after the driver's
      // retries: the bound allows for that.
      await watcher.until('a failed round', () => watcher.failures.length > 0, 180_000).catch(() => {});
      expect(watcher.failures.length, watcher.stderr.slice(-2000)).toBeGreaterThan(0);
      expect(processAlive(watcher.pid)).toBe(true);

      await startLocalNeo4j(config);
      neo4jDown = false;
      const after = await watcher.roundWhere(stoppedAfter, (r) => r.changed > 0 || r.new > 0);
      expect(after.changed).toBe(1);
      expect(after.new).toBe(0);
      expect(after.sourcesFailed).toBe(0);
      const hashes = await articleHashes();
      expect([...hashes.keys()].sort()).toEqual([...before.keys()].sort());
      const editedUrl = `${site.origin}${edited.path}`;
      for (const [url, hash] of hashes) {
        if (url === editedUrl) expect(hash).not.toBe(before.get(url));
        else expect(hash).toBe(before.get(url));
      }
      // And the next round repeats nothing.
      const quiet = await watcher.roundWhere(after.round, () => true);
      expect(quiet.new + quiet.changed + quiet.pagesFetched).toBe(0);
    } finally {
      watcher.kill('SIGTERM');
      // A failure above must not leave the next test without its Neo4j.
      if (neo4jDown) await startLocalNeo4j(config);
      expect(await watcher.exited).toBe(0);
    }
  }, 900_000);

  it('of itself: killed with SIGKILL and started again, it repeats no work', async () => {
    const before = await articleHashes();
    const killed = new Watcher(childEnv);
    await killed.roundWhere(0, () => true);
    killed.kill('SIGKILL');
    await killed.exited;

    const again = new Watcher(childEnv);
    try {
      const round = await again.roundWhere(0, () => true);
      expect(round.sourcesFailed).toBe(0);
      expect(round.new + round.changed + round.pagesFetched).toBe(0);
      expect(await articleHashes()).toEqual(before);
    } finally {
      again.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  }, 300_000);
});
