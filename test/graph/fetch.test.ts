// kg fetch against a real Neo4j and a news site on 127.0.0.1 (test/support/news-site.ts): the first
// run ingests every article once, an unchanged second run sends only conditional requests and
// writes nothing, an edited article becomes a new version, every kind of trouble is reported and
// skipped without stopping the other sources, and kill -9 mid-run plus a rerun leaves the graph of
// an uninterrupted run.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { projectRoot } from '../../src/config.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { runFetch, type FetchOptions, type FetchSummary } from '../../ingest/fetch/run-fetch.ts';
import { addSource, listSources } from '../../ingest/fetch/source-store.ts';
import { watchSources } from '../../ingest/fetch/watch.ts';
import { clearGraph, openTestGraph, testNeo4jEnv } from '../support/graph.ts';
import { ARTICLES, FixtureServer, TROUBLE, articlePage, siteRoutes } from '../support/news-site.ts';

/** Times and counters of the fetch state, which differ between two runs that did the same work. */
const VOLATILE = ['lastFetchedAt', 'fetchedAt', 'firstSeenAt', 'addedAt'];
/** Also the outcome of a source's last request: a rerun after a kill gets 304 where the clean run got 200. */
const VOLATILE_AFTER_KILL = [...VOLATILE, 'lastStatus'];

const FAST: FetchOptions = { polite: { delayMs: 0, timeoutMs: 800, retries: 1, backoffMs: 10 } };

let graph: Graph;
const site = new FixtureServer();
let origin: string;
let feeds: string[];

async function articles(): Promise<
  { url: string; title: string; language: string; publishedAt: string; contentHash: string }[]
> {
  return graph.read(async (tx) =>
    (
      await tx.run(
        'MATCH (a:Article) RETURN a.url AS url, a.title AS title, a.language AS language, a.publishedAt AS publishedAt, a.contentHash AS contentHash ORDER BY url',
      )
    ).records.map((r) => r.toObject() as never),
  );
}

async function fetchAll(extra: FetchOptions = {}): Promise<FetchSummary> {
  return runFetch(graph, { ...FAST, ...extra, only: feeds });
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  origin = await site.start();
  siteRoutes(site);
  feeds = [`${origin}/rss/thoi-su.rss`, `${origin}/en/politics.atom`, `${origin}/sitemap-index.xml`];
  for (const f of feeds) await addSource(graph, f);
});
afterAll(async () => {
  await site.stop();
  await graph?.close();
});

describe('kg fetch on a news site', () => {
  let first: FetchSummary;
  let afterFirst: string[];

  it('first fetch ingests every article once, by its canonical address, with its body, date and language', async () => {
    first = await fetchAll();
    expect(first.sourcesFailed, JSON.stringify(first.perSource)).toBe(0);
    expect(first.skipped).toEqual([]);
    // Six articles: the one both the RSS feed and the news sitemap list is one article.
    expect(first.new).toBe(ARTICLES.length);
    const stored = await articles();
    expect(stored.map((a) => a.url).sort()).toEqual(ARTICLES.map((a) => `${origin}${a.path}`).sort());
    for (const a of ARTICLES) {
      const s = stored.find((x) => x.url === `${origin}${a.path}`)!;
      expect(s.language).toBe(a.language);
      expect(s.publishedAt).toBe(a.date);
      expect(s.title).toBe(a.title);
    }
    // Claims carry their sentence: none comes from a menu, a caption, related links or a counter.
    const sentences = await graph.read(async (tx) =>
      (
        await tx.run('MATCH ()-[r]->() WHERE r.sentence IS NOT NULL RETURN DISTINCT r.sentence AS s')
      ).records.map((r) => r.get('s') as string),
    );
    expect(sentences.length).toBeGreaterThan(10);
    for (const chrome of [
      ...ARTICLES.map((a) => a.caption),
      'Trang chủ',
      'Tin liên quan',
      'Related news',
      'Tổng truy cập',
    ]) {
      expect(sentences.filter((x) => x.includes(chrome))).toEqual([]);
    }
    // Extraction ran on the bodies: the Bắc Ninh secretary chairs, from the RSS article.
    const chairs = await graph.read(async (tx) =>
      (
        await tx.run('MATCH (p:Person)-[:CHAIRED]->() RETURN DISTINCT p.name AS name ORDER BY name')
      ).records.map((r) => r.get('name')),
    );
    expect(chairs).toContain('Nguyễn Anh Tuấn');
    // Every request said who it was.
    expect(site.requests.every((r) => r.userAgent?.startsWith('vn-officials-kg/'))).toBe(true);
    const sources = await listSources(graph);
    expect(sources.map((s) => [s.url, s.kind, s.lastStatus]).sort()).toEqual(
      [
        [`${origin}/en/politics.atom`, 'atom', 'ok'],
        [`${origin}/rss/thoi-su.rss`, 'rss', 'ok'],
        [`${origin}/sitemap-index.xml`, 'sitemap-index', 'ok'],
        [`${origin}/sitemaps/news.xml`, 'sitemap', 'ok'],
      ].sort(),
    );
    afterFirst = await dumpGraph(graph, VOLATILE);
  });

  it('second fetch with unchanged feeds sends conditional requests, gets 304s and writes nothing', async () => {
    site.requests.length = 0;
    const second = await fetchAll();
    expect(second.sourcesNotModified).toBe(3);
    expect(second.new + second.changed + second.pagesFetched).toBe(0);
    const feedRequests = site.requests.filter((r) => !r.path.endsWith('.txt'));
    expect(feedRequests.map((r) => r.path).sort()).toEqual([
      '/en/politics.atom',
      '/rss/thoi-su.rss',
      '/sitemap-index.xml',
    ]);
    expect(
      feedRequests.every((r) => r.ifNoneMatch !== null && r.ifModifiedSince !== null && r.status === 304),
    ).toBe(true);
    expect(await dumpGraph(graph, VOLATILE)).toEqual(afterFirst);
  });

  let hashesBefore: Map<string, string>;
  it('an edited article is fetched again and re-ingested as a new version of the same article', async () => {
    hashesBefore = new Map((await articles()).map((a) => [a.url, a.contentHash]));
    const edited = {
      ...ARTICLES[1]!,
      paragraphs: [
        ...ARTICLES[1]!.paragraphs,
        'Đồng chí Trần Trí Quang, Phó Bí thư Tỉnh ủy Đồng Tháp, dự buổi làm việc.',
      ],
    };
    site.routes.set(edited.path, articlePage(edited, origin));
    // The feed changes too (its description shows the new text), as a CMS republishing an item does.
    const rss = site.routes.get('/rss/thoi-su.rss') as string;
    site.routes.set('/rss/thoi-su.rss', rss.replace('</channel>', '<!-- updated --></channel>'));
    site.requests.length = 0;
    const third = await fetchAll();
    expect(third.changed).toBe(1);
    expect(third.new).toBe(0);
    // The other two items of the feed were asked for conditionally and were not modified.
    const pages = site.requests.filter((r) => r.path.endsWith('.html'));
    expect(pages.filter((r) => r.status === 304).length).toBe(2);
    const stored = await articles();
    expect(stored.length).toBe(ARTICLES.length);
    expect(stored.map((a) => a.url).sort()).toEqual([...hashesBefore.keys()].sort());
    // The same Article node, a new version: its content hash changed, the others' did not.
    for (const a of stored) {
      if (a.url === `${origin}${edited.path}`) expect(a.contentHash).not.toBe(hashesBefore.get(a.url));
      else expect(a.contentHash).toBe(hashesBefore.get(a.url));
    }
    const attendees = await graph.read(async (tx) =>
      (
        await tx.run(
          "MATCH (:Article {url: $url})-[:MENTIONS]->(p:Person {name: 'Trần Trí Quang'}) RETURN count(p) AS n",
          { url: `${origin}${edited.path}` },
        )
      ).records[0]!.get('n'),
    );
    expect(attendees).toBe(1);
  });
});

describe('trouble is reported and skipped; the other sources go on', () => {
  it('a 500, a timeout, a robots.txt disallow, a redirect loop, a 30 MB page and malformed XML', async () => {
    const trouble = `${origin}/rss/trouble.rss`;
    const malformed = `${origin}/rss/malformed.rss`;
    await addSource(graph, trouble);
    await addSource(graph, malformed);
    // A source that fails is listed before a good one, so the good one is read after it.
    const extra = ARTICLES[0]!;
    const late = {
      ...extra,
      path: '/thoi-su/bai-moi-sau-su-co.html',
      title: 'Bài mới sau sự cố',
      feedQuery: '',
    };
    site.routes.set(
      late.path,
      articlePage(
        {
          ...late,
          paragraphs: [
            'Ngày 15/7/2024, Tỉnh ủy Bắc Ninh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.',
          ],
        },
        origin,
      ),
    );
    site.routes.set('/rss/zz-late.rss', (await import('../support/news-site.ts')).rssFeed(origin, [late]));
    await addSource(graph, `${origin}/rss/zz-late.rss`);
    const summary = await runFetch(graph, {
      ...FAST,
      polite: { ...FAST.polite, maxBytes: 10 * 1024 * 1024 },
      only: [malformed, trouble, `${origin}/rss/zz-late.rss`],
    });
    const reasonOf = (path: string) =>
      summary.skipped.find((s) => s.url === `${origin}${path}`)?.reason ?? '(not skipped)';
    expect(reasonOf(TROUBLE.serverError)).toMatch(/HTTP 500/);
    expect(reasonOf(TROUBLE.timeout)).toMatch(/timed out/);
    expect(reasonOf(TROUBLE.disallowed)).toMatch(/robots\.txt .* disallows/);
    expect(reasonOf(TROUBLE.redirectLoop)).toMatch(/redirect loop/);
    expect(reasonOf(TROUBLE.huge)).toMatch(/over the limit/);
    const bad = summary.perSource.find((s) => s.url === malformed)!;
    expect(bad.outcome).toBe('failed');
    expect(bad.error).toMatch(/malformed XML/);
    // The disallowed page was never requested.
    expect(site.requests.some((r) => r.path === TROUBLE.disallowed)).toBe(false);
    // The good source after the failing ones was read.
    expect(summary.new).toBe(1);
    expect((await articles()).some((a) => a.title === 'Bài mới sau sự cố')).toBe(true);
    const state = (await listSources(graph)).find((s) => s.url === malformed)!;
    expect(state.lastStatus).toBe('failed');
    expect(state.errorCount).toBe(1);
    expect(state.lastError).toMatch(/malformed XML/);
  }, 60_000);
});

describe('kg watch', () => {
  it('repeats rounds; a round after an unchanged one costs only conditional requests', async () => {
    const stop = new AbortController();
    const rounds: FetchSummary[] = [];
    await watchSources(graph, {
      ...FAST,
      only: feeds,
      everyMs: 50,
      signal: stop.signal,
      onRound: (_n, outcome) => {
        if ('summary' in outcome) rounds.push(outcome.summary);
        if (rounds.length === 2) stop.abort();
      },
    });
    expect(rounds.length).toBe(2);
    expect(rounds[1]!.sourcesNotModified).toBe(3);
    expect(rounds[1]!.pagesFetched).toBe(0);
  });
});

describe('kill -9 during kg fetch, then a rerun', () => {
  it('leaves the same graph as one uninterrupted run', async () => {
    // Slow pages (150 ms each) and chunks of one article give the kill time to land mid-run.
    const slow = new FixtureServer();
    await slow.start();
    siteRoutes(slow);
    for (const a of ARTICLES) {
      const page = articlePage(a, slow.origin);
      slow.routes.set(a.path, (_req, res) => {
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page), 150);
      });
    }
    const slowFeeds = [
      `${slow.origin}/rss/thoi-su.rss`,
      `${slow.origin}/en/politics.atom`,
      `${slow.origin}/sitemap-index.xml`,
    ];
    const setUp = async () => {
      await clearGraph(graph);
      for (const f of slowFeeds) await addSource(graph, f);
    };
    try {
      await setUp();
      await runFetch(graph, { ...FAST, batchSize: 1 });
      const clean = await dumpGraph(graph, VOLATILE_AFTER_KILL);

      await setUp();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'fetch', '--once', '--delay', '0', '--batch-size', '1'],
        {
          cwd: projectRoot,
          env: { ...process.env, ...testNeo4jEnv(), KG_LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let atKill = 0;
      for (const started = Date.now(); Date.now() - started < 120_000 && child.exitCode === null;) {
        atKill = (await articles()).length;
        if (atKill >= 2) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      await exited;
      expect(
        atKill,
        `killed after its second article and before its last; stderr: ${stderr}`,
      ).toBeGreaterThanOrEqual(2);
      expect(atKill).toBeLessThan(ARTICLES.length);

      const rerun = await runFetch(graph, { ...FAST, batchSize: 1 });
      expect(rerun.sourcesFailed).toBe(0);
      expect(rerun.new + rerun.unchanged).toBeGreaterThanOrEqual(ARTICLES.length - atKill);
      expect(await dumpGraph(graph, VOLATILE_AFTER_KILL)).toEqual(clean);
    } finally {
      await slow.stop();
    }
  }, 300_000);
});
