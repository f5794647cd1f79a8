/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// The articles and documents lists page on keyset cursors (decision 0024), like the events list:
// walking a list page by page gives every item once, newest first, undated last, ties on a date
// broken by name and id; a cursor stays valid when newer items are written meanwhile (an offset
// would then repeat items); an offset cursor or garbage is refused; the total is counted only
// when asked. The graph is this file's own: cleared, then written directly (dates with ties, undated
// items), so the expected order is computed here, not read back from the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { cursorAt } from '../../src/api/paging.ts';
import { decodeGlobalId } from '../../src/api/global-id.ts';
import { openTestGraph, startTestApi, type TestApi } from './api-harness.ts';

let graph: Graph;
let api: TestApi;

const ARTICLES = [
  { id: 'article:k01', publishedAt: '2024-03-01' },
  { id: 'article:k02', publishedAt: '2024-03-01' },
  { id: 'article:k03', publishedAt: '2023-12-31' },
  { id: 'article:k04', publishedAt: '2025-01-15' },
  { id: 'article:k05', publishedAt: null },
  { id: 'article:k06', publishedAt: '2024-03-01' },
  { id: 'article:k07', publishedAt: null },
  { id: 'article:k08', publishedAt: '2019-07-04' },
];

const DOCUMENTS = [
  { id: 'doc:05-ct/tw', code: '05-CT/TW', name: null, kind: 'Chỉ thị', issuerCode: 'TW', date: '2016-05-15' },
  { id: 'doc:35-ct/tw', code: '35-CT/TW', name: null, kind: 'Chỉ thị', issuerCode: 'TW', date: '2019-05-30' },
  { id: 'doc:45-ct/tw', code: '45-CT/TW', name: null, kind: 'Chỉ thị', issuerCode: 'TW', date: '2025-04-14' },
  {
    id: 'doc:18-nq/tw',
    code: '18-NQ/TW',
    name: null,
    kind: 'Nghị quyết',
    issuerCode: 'TW',
    date: '2017-10-25',
  },
  {
    id: 'doc:57-nq/tw',
    code: '57-NQ/TW',
    name: null,
    kind: 'Nghị quyết',
    issuerCode: 'TW',
    date: '2024-12-22',
  },
  { id: 'doc:01-ct/tu', code: '01-CT/TU', name: null, kind: 'Chỉ thị', issuerCode: 'TU', date: '2024-12-22' },
  { id: 'doc:12-ct/tw', code: '12-CT/TW', name: null, kind: 'Chỉ thị', issuerCode: 'TW', date: null },
  {
    id: 'doc:nghi-quyet-dai-hoi',
    code: null,
    name: 'Nghị quyết Đại hội XIII',
    kind: 'Nghị quyết',
    issuerCode: null,
    date: null,
  },
];

// Events (oldest first, undated last; decision 0017), some with a chair so the list folds its
// items' pages into its statement (decision 0045).
const EVENTS = [
  { id: 'event:k1', name: 'Hội nghị B', date: '2024-03-01' },
  { id: 'event:k2', name: 'Hội nghị A', date: '2024-03-01' },
  { id: 'event:k3', name: 'Hội nghị C', date: '2021-06-30' },
  { id: 'event:k4', name: 'Hội nghị D', date: null },
  { id: 'event:k5', name: 'Hội nghị A', date: null },
  { id: 'event:k6', name: 'Hội nghị E', date: '2025-11-02' },
];

/** Newest first, undated last; ties by the given name, then id (what the lists promise). */
function expectedOrder<T extends { id: string }>(
  items: T[],
  date: (x: T) => string | null,
  name: (x: T) => string,
): string[] {
  return [...items]
    .sort((a, b) => {
      const [da, db] = [date(a), date(b)];
      if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? 1 : -1;
      if (name(a) !== name(b)) return name(a) < name(b) ? -1 : 1;
      return a.id < b.id ? -1 : 1;
    })
    .map((x) => x.id);
}

/** Every id of a list, walked `first` at a time with the cursors it gives, and the pages' infos. */
async function walk(field: string, args: string, first: number): Promise<{ ids: string[]; pages: any[] }> {
  const ids: string[] = [];
  const pages: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const data: any = await api.data(
      `query($after: String) { ${field}(${args}${args ? ', ' : ''}first: ${first}, after: $after) {
        pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
      { after },
    );
    const page = data[field];
    pages.push(page.pageInfo);
    ids.push(...page.edges.map((e: any) => fromGlobal(e.node.id)));
    if (!page.pageInfo.hasNextPage) return { ids, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end within 50 pages`);
}

const fromGlobal = (id: string) => decodeGlobalId(id)?.graphId;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.write((tx) =>
    tx.run(
      `UNWIND $articles AS a
       CREATE (:Article {id: a.id, publishedAt: a.publishedAt, title: 'Bài ' + a.id, url: 'https://example.vn/' + a.id})`,
      { articles: ARTICLES },
    ),
  );
  await graph.write((tx) =>
    tx.run(
      `UNWIND $documents AS d
       CREATE (:Document:Entity {id: d.id, code: d.code, name: d.name, kind: d.kind, issuerCode: d.issuerCode, date: d.date})`,
      { documents: DOCUMENTS },
    ),
  );
  await graph.write((tx) =>
    tx.run(
      `UNWIND $events AS e
       CREATE (:Event:Entity {id: e.id, name: e.name, kind: 'conference', date: e.date})`,
      { events: EVENTS },
    ),
  );
  // Answers, not speed: a generous budget and no warm-up of every named query (decision 0074).
  api = await startTestApi(graph, { queryTimeoutMs: 60_000, warmUp: false });
});

afterAll(async () => {
  await api?.server.close();
  await graph?.close();
});

describe('articles: keyset pages, newest first', () => {
  const expected = () =>
    expectedOrder(
      ARTICLES,
      (a) => a.publishedAt,
      () => '',
    );

  it('gives every article once in order, whatever the page size', async () => {
    for (const first of [1, 3, 8, 20]) {
      const { ids, pages } = await walk('articles', '', first);
      expect(ids, `first: ${first}`).toEqual(expected());
      expect(pages[0].hasPreviousPage).toBe(false);
      expect(pages.slice(1).every((p) => p.hasPreviousPage)).toBe(true);
    }
  });

  it('resumes after the last article seen even when newer ones arrive between pages', async () => {
    const first: any = await api.data(
      `{ articles(first: 3) { pageInfo { endCursor } edges { node { id } } } }`,
    );
    const seen = first.articles.edges.map((e: any) => fromGlobal(e.node.id));
    await graph.write((tx) =>
      tx.run(
        `CREATE (:Article {id: 'article:k99', publishedAt: '2026-01-01', title: 'mới', url: 'https://example.vn/k99'})`,
      ),
    );
    try {
      const next: any = await api.data(
        `query($a: String) { articles(first: 3, after: $a) { edges { node { id } } } }`,
        {
          a: first.articles.pageInfo.endCursor,
        },
      );
      // With an offset the newest article would push the third one onto the second page again.
      expect(next.articles.edges.map((e: any) => fromGlobal(e.node.id))).toEqual(expected().slice(3, 6));
      expect(seen).toEqual(expected().slice(0, 3));
    } finally {
      await graph.write((tx) => tx.run(`MATCH (a:Article {id: 'article:k99'}) DELETE a`));
    }
  });

  it('counts only when totalCount is asked, and refuses an offset cursor with a clear message', async () => {
    const counted: any = await api.data(`{ articles(first: 1) { totalCount } }`);
    expect(counted.articles.totalCount).toBe(ARTICLES.length);
    const res = await api.gql(
      `query($a: String) { articles(first: 2, after: $a) { edges { node { id } } } }`,
      {
        a: cursorAt(1),
      },
    );
    expect(res.body.errors?.[0]?.message).toMatch(/not a cursor this API gave/);
  });
});

describe('documents: keyset pages, newest first, by code within a date', () => {
  const sortName = (d: (typeof DOCUMENTS)[number]) => d.code ?? d.name ?? '';

  it('gives every document once in order, whatever the page size', async () => {
    const expected = expectedOrder(DOCUMENTS, (d) => d.date, sortName);
    for (const first of [1, 2, 5, 20]) {
      const { ids } = await walk('documents', '', first);
      expect(ids, `first: ${first}`).toEqual(expected);
    }
  });

  it('pages a filtered list (kind, issuer code) with its total', async () => {
    const directives = DOCUMENTS.filter((d) => d.kind === 'Chỉ thị' && d.issuerCode === 'TW');
    const { ids } = await walk('documents', 'kind: "Chỉ thị", issuerCode: "tw"', 2);
    expect(ids).toEqual(expectedOrder(directives, (d) => d.date, sortName));
    const counted: any = await api.data(
      `{ documents(kind: "Chỉ thị", issuerCode: "TW", first: 1) { totalCount } }`,
    );
    expect(counted.documents.totalCount).toBe(directives.length);
  });
});

describe('events: keyset pages, oldest first, undated last', () => {
  // Oldest first: the newest-first order reversed among the dated, then the undated by name and id.
  const dated = EVENTS.filter((e) => e.date !== null);
  const oldestFirst = expectedOrder(
    dated,
    (e) => e.date,
    (e) => e.name,
  )
    .map((id) => dated.find((e) => e.id === id)!)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const expected = [
    ...oldestFirst.map((e) => e.id),
    ...expectedOrder(
      EVENTS.filter((e) => e.date === null),
      () => null,
      (e) => e.name,
    ),
  ];

  it('gives every event once in order, undated last, whatever the page size; a range leaves the undated out', async () => {
    for (const first of [1, 2, 6, 20])
      expect((await walk('events', '', first)).ids, `first: ${first}`).toEqual(expected);
    const ranged = await walk('events', 'from: "2021-01-01", to: "2024-12-31"', 2);
    expect(ranged.ids).toEqual(expected.filter((id) => ['event:k3', 'event:k2', 'event:k1'].includes(id)));
  });
});
