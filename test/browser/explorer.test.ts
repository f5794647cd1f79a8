// The explorer in a real browser (Debian's Chromium through playwright-core) against the real API on
// the sample graph: the journeys a journalist takes, a screenshot of each step in test-output/browser/,
// and axe-core on every page with no serious or critical violation allowed.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useSampleApi } from '../graph/api-harness.ts';
import { firstPageScriptBytes } from '../../src/api/explorer.ts';
import { loadOperationCatalogue } from '../../src/api/guards/persisted-queries.ts';
import { toGlobalId } from '../../src/api/global-id.ts';
import { launchChromium, screenshot, seriousAxeViolations, waitReady } from './browser.ts';

const sample = useSampleApi();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(
  viewport = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/** A screenshot of the step, and axe-core's verdict on the page as it is. */
async function check(page: Page, step: string): Promise<void> {
  await screenshot(page, step);
  const violations = await seriousAxeViolations(page);
  expect(violations, `${step}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

const h1 = (page: Page) => page.locator('main h1').innerText();

/** Waits until the network's force layout has stopped (network-view.ts sets data-layout). */
const layoutSettled = (page: Page) =>
  page.locator('[data-layout=settled]').waitFor({ state: 'attached', timeout: 30_000 });

interface TenureRow {
  start: string | null;
  startBound: string | null;
  end: string | null;
  endBound: string | null;
  evidence: { sentence: string; sentenceSpan: { start: number; end: number } | null }[];
}
const TENURE_FIELDS = `start startBound end endBound evidence(first: 10) { sentence sentenceSpan { start end } }`;

/**
 * Lê Quốc Phong's page by its deep link: the journey finds him by search; the other tests start on
 * his page directly (one page load each instead of two).
 */
async function openLeQuocPhong(page: Page): Promise<void> {
  await page.goto(
    `${sample.api.origin}/person/${encodeURIComponent(toGlobalId('Person', 'person:le-quoc-phong'))}`,
  );
  await waitReady(page);
  expect(await h1(page)).toBe('Lê Quốc Phong');
}

/** A person's career as the API gives it, to compare the page with. */
async function careerOf(id: string): Promise<(TenureRow & { position: { name: string } })[]> {
  const { person } = await sample.api.data<{
    person: { career: { edges: { node: TenureRow & { position: { name: string } } }[] } };
  }>(
    `query ($id: ID!) { person(id: $id) { career(first: 30) { edges { node { position { name } ${TENURE_FIELDS} } } } } }`,
    { id },
  );
  return person.career.edges.map((e) => e.node);
}

describe('the explorer', () => {
  it('journey: unaccented search → person → evidence → network → expand → directive → its diffusion → back', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${sample.api.origin}/`);
    await waitReady(page);
    await check(page, '01-home');

    // Typed without diacritics: the suggestions find the person, with their latest post.
    await page.locator('#home-search').fill('le quoc phong');
    const suggestion = page.locator('#home-search-suggestions [role=option]').first();
    await expect.poll(() => suggestion.innerText()).toContain('Lê Quốc Phong');
    await check(page, '02-suggestions');

    // Enter with no suggestion chosen opens the grouped results.
    await page.locator('#home-search').press('Enter');
    await page.waitForURL(/\/search\?q=le/);
    await waitReady(page);
    expect(await page.locator('#group-Person').innerText()).toContain('Người');
    await check(page, '03-results');

    await page.locator('.result-group a', { hasText: 'Lê Quốc Phong' }).click();
    await page.waitForURL(/\/person\//);
    await waitReady(page);
    const personUrl = page.url();
    expect(await h1(page)).toBe('Lê Quốc Phong');
    const career = page.locator('#career tbody tr', { hasText: 'Bí thư Tỉnh ủy Đồng Tháp' }).first();
    await expect.poll(() => career.count()).toBe(1);

    // The career is the API's dated tenures: his election as Bí thư (16/10/2020, stated) is drawn
    // with a solid start; a post the articles only mention (first/last seen) is hatched.
    const personId = decodeURIComponent(new URL(personUrl).pathname.split('/')[2]!);
    const tenures = await careerOf(personId);
    expect(await page.locator('#career tbody tr').count()).toBe(tenures.length);
    const bars = await page
      .locator('#career .timeline .bar')
      .evaluateAll((spans) => spans.map((span) => span.className));
    expect(bars).toHaveLength(tenures.length);
    const secretary = tenures.findIndex((c) => c.position.name === 'Bí thư Tỉnh ủy Đồng Tháp');
    expect(tenures[secretary]).toMatchObject({
      start: '2020-10-16',
      startBound: expect.stringMatching(/STATED|REPORTED/),
    });
    expect(bars[secretary]).toContain('start-stated');
    expect(await career.locator('td').nth(2).innerText()).toContain('16/10/2020');
    const onlySeen = tenures.findIndex((c) => c.startBound === 'SEEN' && c.endBound === 'SEEN');
    expect(onlySeen).toBeGreaterThanOrEqual(0);
    expect(bars[onlySeen]).toMatch(/\bseen\b/);
    expect(bars[onlySeen]).not.toContain('start-stated');
    await check(page, '04-person');

    // The evidence of "Bí thư Tỉnh ủy Đồng Tháp": each sentence with exactly the words that state
    // it marked (the API's span inside the sentence), the names in bold, and its article.
    await career.locator('.evidence-button').click();
    const dialog = page.locator('dialog.evidence[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.evidence-summary').innerText()).toMatch(
      /\d+ câu nêu điều này, trong \d+ bài báo/,
    );
    const statements = tenures[secretary]!.evidence;
    const marked = await dialog.locator('blockquote mark.statement-span').allInnerTexts();
    expect(marked).toEqual(
      statements.map(({ sentence, sentenceSpan }) => sentence.slice(sentenceSpan!.start, sentenceSpan!.end)),
    );
    // The span is where the person is named in the post: it starts at his name, ends at the body's.
    expect(
      marked.filter((text) => /^Lê Quốc Phong\b.*Tỉnh ủy Đồng Tháp$/s.test(text)).length,
    ).toBeGreaterThan(0);
    expect(await dialog.locator('.source a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await dialog.locator('.article-title').first().innerText()).not.toBe('');
    await check(page, '05-evidence');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // The network of the person, then the body expanded: its directives join the picture.
    await page.getByRole('link', { name: 'Xem mạng quan hệ' }).click();
    await page.waitForURL(/\/network\/person\//);
    await waitReady(page);
    expect(await page.locator('#network-canvas canvas').count()).toBeGreaterThan(0);
    const nodesBefore = await page.locator('table.network-nodes tbody tr').count();
    await check(page, '06-network');

    await page
      .locator('table.network-nodes tr', { hasText: 'Tỉnh ủy Đồng Tháp' })
      .first()
      .locator('button.expand-button')
      .click();
    const directive = page
      .locator('table.network-nodes')
      .getByRole('link', { name: '05-CT/TW', exact: true });
    await expect.poll(() => directive.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('table.network-nodes tbody tr').count()).toBeGreaterThan(nodesBefore);
    await layoutSettled(page); // the picture once the layout has stopped
    await check(page, '07-network-expanded');

    // Follow to the directive: issuer and the diffusion of implementing bodies by first evidence date.
    await directive.click();
    await page.waitForURL(/\/document\//);
    await waitReady(page);
    expect(await h1(page)).toContain('05-CT/TW');
    expect(await page.locator('.facts').innerText()).toContain('Bộ Chính trị');
    const diffusion = page.locator('#diffusion tbody tr');
    expect(await diffusion.count()).toBeGreaterThanOrEqual(2);
    const firstSeen = await page
      .locator('#diffusion tbody tr td:nth-child(3) time')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('datetime') ?? ''));
    expect(firstSeen).toEqual([...firstSeen].sort());
    expect(await page.locator('#diffusion .timeline .lane').count()).toBe(await diffusion.count());
    await check(page, '08-directive');

    // Back returns to the network, then to the person page.
    await page.goBack();
    await page.waitForURL(/\/network\/person\//);
    await waitReady(page);
    expect(await h1(page)).toBe('Lê Quốc Phong');
    await page.goBack();
    await waitReady(page);
    expect(page.url()).toBe(personUrl);
    expect(await h1(page)).toBe('Lê Quốc Phong');
    await check(page, '09-back');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a post page shows its holders in succession, each tenure with how its dates are known', async () => {
    const { context, page, errors } = await openPage();
    await openLeQuocPhong(page);
    await page
      .locator('#career tbody tr td:first-child a', { hasText: 'Bí thư Tỉnh ủy Đồng Tháp' })
      .first()
      .click();
    await page.waitForURL(/\/post\//);
    await waitReady(page);
    expect(await h1(page)).toBe('Bí thư Tỉnh ủy Đồng Tháp');

    const postId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    const { position } = await sample.api.data<{
      position: {
        succession: { totalCount: number; edges: { node: TenureRow & { person: { name: string } } }[] };
      };
    }>(
      `query ($id: ID!) { position(id: $id) { succession(first: 60) { totalCount edges { node { person { name } ${TENURE_FIELDS} } } } } }`,
      { id: postId },
    );
    const rows = page.locator('#succession tbody tr');
    expect(await rows.count()).toBe(position.succession.totalCount);
    expect(await rows.locator('td:first-child').allInnerTexts()).toEqual(
      position.succession.edges.map((e) => e.node.person.name),
    );
    expect(await rows.first().innerText()).toContain('Lê Quốc Phong');
    // His start is the election the article states; no departure is stated, so he may still hold it.
    expect(await rows.first().locator('td').nth(1).innerText()).toContain('16/10/2020');
    expect(await rows.first().locator('td').nth(2).innerText()).toContain('có thể vẫn giữ');
    expect(await page.locator('#succession .timeline .bar').count()).toBe(position.succession.edges.length);
    await check(page, '04b-post');

    // The election, told by a headline and its lead, is one event whose button opens both sentences.
    const elected = rows.first().locator('.tenure-events button');
    expect(await elected.allInnerTexts()).toEqual(['được bầu 16/10/2020']);
    await elected.click();
    const told = page.locator('dialog.evidence[open] blockquote');
    await told.first().waitFor();
    expect(await told.count()).toBeGreaterThanOrEqual(1);
    expect((await told.allInnerTexts()).every((sentence) => /bầu/.test(sentence))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => told.count()).toBe(0);

    await rows.first().locator('.evidence-button').click();
    await page.locator('dialog.evidence[open] blockquote mark.statement-span').first().waitFor();
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search folds accents and case for documents and bodies, and the keyboard picks a suggestion', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${sample.api.origin}/search?q=${encodeURIComponent('05 ct/tw')}`);
    await waitReady(page);
    expect(await page.locator('section[aria-labelledby=group-Document]').innerText()).toContain('05-CT/TW');

    await page.goto(`${sample.api.origin}/search?q=${encodeURIComponent('TINH UY DONG THAP')}`);
    await waitReady(page);
    expect(await page.locator('section[aria-labelledby=group-Organization]').innerText()).toContain(
      'Tỉnh ủy Đồng Tháp',
    );
    await check(page, '10-results-body');

    const box = page.locator('#results-search');
    await box.fill('pham minh chinh');
    await page.locator('#results-search-suggestions [role=option]').first().waitFor();
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('results-search-suggestions-0');
    await box.press('Enter');
    await page.waitForURL(/\/person\//);
    await waitReady(page);
    expect(await h1(page)).toBe('Phạm Minh Chính');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('how two people are connected, with the path drawn and its evidence; exports PNG, SVG and CSV', async () => {
    const { context, page, errors } = await openPage();
    await openLeQuocPhong(page);
    await page.getByRole('link', { name: 'Xem mạng quan hệ' }).click();
    await page.waitForURL(/\/network\//);
    await waitReady(page);

    // Filters: by relation type, then by date; the table (and so the CSV) lists what the picture shows.
    const relationRows = page.locator('.network-rows table').nth(1).locator('tbody tr');
    const allRelations = await relationRows.count();
    await page.getByRole('checkbox', { name: 'tham dự' }).uncheck();
    expect(await relationRows.count()).toBeLessThan(allRelations);
    expect((await relationRows.allInnerTexts()).filter((row) => row.includes('— tham dự —'))).toEqual([]);
    await page.getByRole('checkbox', { name: 'tham dự' }).check();
    expect(await relationRows.count()).toBe(allRelations);
    await page.getByLabel('Từ').fill('2022-01-01');
    const since2022 = await relationRows.locator('td:nth-child(3)').allInnerTexts();
    expect(since2022.length).toBeLessThan(allRelations);
    expect(since2022.every((lastSeen) => /\/(2022|2023|2024|2025)$/.test(lastSeen))).toBe(true);
    await page.getByLabel('Từ').fill('');
    expect(await relationRows.count()).toBe(allRelations);

    await page.locator('#connect-search').fill('pham minh chinh');
    await page.locator('#connect-search-suggestions [role=option]').first().click();
    const paths = page.locator('ol.paths > li');
    await expect.poll(() => paths.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await paths.first().innerText()).toContain('Phạm Minh Chính');
    await layoutSettled(page);
    await check(page, '11-connection');

    for (const [button, name, check] of [
      [
        'Tải ảnh SVG',
        'network.svg',
        (text: string) => expect(text).toMatch(/<svg[^>]*>[\s\S]*<circle[\s\S]*Lê Quốc Phong/),
      ],
      ['Tải ảnh PNG', 'network.png', (text: string) => expect(text.slice(1, 4)).toBe('PNG')],
      ['Tải CSV', 'network.csv', (text: string) => expect(text).toContain('Lê Quốc Phong')],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      check(fs.readFileSync((await download.path())!, name.endsWith('.png') ? 'latin1' : 'utf8'));
    }
    await page.getByRole('button', { name: 'Bỏ tô sáng đường nối' }).click();
    expect(await paths.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('deep links load directly, English is one switch away, phone-width pages do not overflow, GraphiQL has the catalogue as tabs', async () => {
    const { context, page, errors } = await openPage({ width: 390, height: 844 });
    const { search } = await sample.api.data<{ search: { node: { id: string } }[] }>(
      `{ search(query: "tinh uy dong thap", types: [ORGANIZATION], first: 1) { node { id } } }`,
    );
    await page.goto(`${sample.api.origin}/body/${encodeURIComponent(search[0]!.node.id)}`);
    await waitReady(page);
    expect(await h1(page)).toBe('Tỉnh ủy Đồng Tháp');
    expect(await page.locator('#officials-now tbody tr').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await check(page, '12-body-phone');

    await page.getByRole('button', { name: 'English' }).click();
    await waitReady(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#officials-now-title').innerText()).toContain('Officials');
    await check(page, '13-body-phone-english');
    // Back to Vietnamese for the next visitor of this profile.
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await waitReady(page);

    await page.getByRole('link', { name: 'Xem mạng quan hệ' }).click();
    await page.waitForURL(/\/network\/body\//);
    await waitReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await check(page, '14-network-phone');

    // GraphiQL moved to /graphiql and opens with every operation of queries/graphql/ as a tab.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${sample.api.origin}/graphiql`);
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 20_000 }).toBe(loadOperationCatalogue().length);
    await screenshot(page, '15-graphiql');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the network layout', () => {
  type Positions = Record<string, [number, number]>;
  /** What the test uses of the bench page's NetworkView (web/src/network-view.ts, not compiled here). */
  interface BenchView {
    graph: { forEachNode(each: (node: string, attributes: { x: number; y: number }) => void): void };
    add(nodes: unknown[], edges: unknown[], near: string): void;
    settled(): Promise<unknown>;
  }
  const positions = (page: Page): Promise<Positions> =>
    page.evaluate(() => {
      const view = (window as unknown as { benchView: BenchView }).benchView;
      const out: Record<string, [number, number]> = {};
      view.graph.forEachNode((node, a) => (out[node] = [a.x, a.y]));
      return out;
    });
  /** Ten of the browser's frames: long enough for a running layout to post new positions. */
  const frames = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let left = 10;
          const tick = () => (--left === 0 ? resolve() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );

  it('a large generated neighbourhood settles and stops; an expansion moves only the new nodes, placed by the clicked one', async () => {
    const { context, page, errors } = await openPage();
    // 400 nodes: above the size where the large-graph settings (Barnes-Hut) apply, small enough to
    // settle in a few seconds on a loaded machine; the bench draws 2,000.
    await page.goto(`${sample.api.origin}/bench-network.html?n=400`);
    const result = await page.evaluate(
      () =>
        (window as unknown as { benchResult: Promise<{ layout: { reason: string; iterations: number } }> })
          .benchResult,
    );
    expect(['converged', 'budget']).toContain(result.layout.reason);
    expect(result.layout.iterations).toBeGreaterThan(0);
    expect(await page.locator('#net').getAttribute('data-layout')).toBe('settled');
    const settled = await positions(page);
    expect(Object.keys(settled)).toHaveLength(400);
    await frames(page);
    expect(await positions(page)).toEqual(settled);

    // Twenty new nodes hung on node 390, a leaf at the rim (as a reader expands a node they see at
    // the edge): the nodes already drawn stay exactly where they were.
    await page.evaluate(async () => {
      const view = (window as unknown as { benchView: BenchView }).benchView;
      const nodes = Array.from({ length: 20 }, (_, i) => ({
        id: `new ${i}`,
        kind: 'person' as const,
        label: `new ${i}`,
      }));
      const edges = nodes.map((n) => ({
        key: `${n.id}-390`,
        source: n.id,
        target: '390',
        relation: 'HOLDS',
        firstSeen: null,
        lastSeen: null,
        evidenceCount: 1,
        articles: 1,
        evidence: [],
      }));
      view.add(nodes, edges, '390');
      await view.settled();
    });
    const expanded = await positions(page);
    for (const [node, at] of Object.entries(settled)) expect(expanded[node], node).toEqual(at);
    // The new ones sit by the node they hang on: nearer to it than three in four of the others are
    // (they start beside it, then the layout spreads them among its neighbours).
    const [cx, cy] = expanded['390']!;
    const away = ([x, y]: [number, number]) => Math.hypot(x - cx, y - cy);
    const others = Object.entries(settled)
      .filter(([node]) => node !== '390')
      .map(([, at]) => away(at))
      .sort((a, b) => a - b);
    const nearestQuarter = others[Math.floor(others.length / 4)]!;
    for (let i = 0; i < 20; i++) expect(away(expanded[`new ${i}`]!), `new ${i}`).toBeLessThan(nearestQuarter);
    await frames(page);
    expect(await positions(page)).toEqual(expanded);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the explorer bundle', () => {
  it('the first page loads at most 400 KB of gzipped JavaScript (the network library is lazy)', () => {
    const { files, gzipped } = firstPageScriptBytes();
    expect(files).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(400 * 1024);
  });
});
