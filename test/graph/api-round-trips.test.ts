/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// The shared questions of the race with @neo4j/graphql (bench:peer, issue 15) each reach Neo4j in
// one statement (decision 0032): the root field reads its node, the pages its fields ask and the
// evidence's articles at once. Statements are counted where every read of the API goes, the driver's
// sessions opened by the one session factory (ingest/base/graph-session.ts), on a driver wrapped
// here. Each answer is compared with the same operation resolved level by level (its relation
// fields under `@include(if: true)`, which the look-ahead leaves to their own resolvers).
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  benchQuestions,
  dashboardQuestions,
  leadersOnQuestion,
  networkQuestions,
} from '../../bench/questions.ts';
import type { Graph } from '../../src/db/index.ts';
import { gid, ingestSamples, openTestGraph, startTestApi, type TestApi } from './api-harness.ts';

/** Texts of the statements run through `driver` since the last reset. */
function countingDriver(driver: Driver): { driver: Driver; statements: string[] } {
  const statements: string[] = [];
  const countingTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run')
          return (text: string, params?: Record<string, unknown>) => {
            statements.push(text);
            return target.run(text, params);
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  const countingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'executeRead' || prop === 'executeWrite')
          return (work: (tx: ManagedTransaction) => Promise<unknown>, config?: unknown) =>
            (target[prop] as (w: typeof work, c?: unknown) => Promise<unknown>)(
              (tx) => work(countingTx(tx)),
              config,
            );
        // The outage detector's probe (an auto-commit `RETURN 1`, src/api/database-health.ts) runs
        // on its own clock, not for a request: it is not counted.
        if (prop === 'run')
          return (
            text: string,
            params?: Record<string, unknown>,
            config?: { metadata?: { query?: string } },
          ) => {
            if (config?.metadata?.query !== 'health') statements.push(text);
            return target.run(text, params, config);
          };
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session')
        return (config: Parameters<Driver['session']>[0]) => countingSession(target.session(config));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { driver: wrapped, statements };
}

let graph: Graph;
let api: TestApi;
/** The same server with graphql-js alone running operations (api runs compiled plans, the default). */
let plainApi: TestApi;
let statements: string[];

beforeAll(async () => {
  graph = await openTestGraph();
  await ingestSamples(graph);
  const counting = countingDriver(graph.driver);
  statements = counting.statements;
  api = await startTestApi({ ...graph, driver: counting.driver } as Graph, {
    queryTimeoutMs: 60_000,
    warmUp: false,
    executor: 'compiled',
  });
  plainApi = await startTestApi({ ...graph, driver: counting.driver } as Graph, {
    queryTimeoutMs: 60_000,
    warmUp: false,
    executor: 'graphql-js',
  });
});

afterAll(async () => {
  await plainApi?.close();
  await api?.close();
  await graph?.close();
});

/** The answer and the number of statements the request sent. */
async function asked(query: string, variables: Record<string, unknown>) {
  statements.length = 0;
  const data = await api.data(query, variables);
  // The first comment-free words of each statement: enough to say which query ran, on failure.
  return { data, statements: statements.map((text) => text.replace(/\s+/g, ' ').slice(0, 60)) };
}

/** The operation with every relation field of the root left to its own resolver. */
const levelByLevel = (query: string) =>
  query.replace(
    /\b(positions|implementedBy|issuer|officials|chairs|attendees|organizer)\b(\s*(\([^)]*\))?\s*\{)/g,
    '$1$3 @include(if: true) {',
  );

async function subjects() {
  const person = await api.data(
    `{ search(query: "Lê Quốc Phong", types: [PERSON], first: 1) { node { ... on Person { graphId } } } }`,
  );
  const body = await api.data(
    `{ search(query: "Tỉnh ủy Đồng Tháp", types: [ORGANIZATION], first: 1) { node { ... on Organization { graphId } } } }`,
  );
  return {
    search: 'x',
    person: person.search[0].node.graphId as string,
    chair: person.search[0].node.graphId as string,
    body: body.search[0].node.graphId as string,
    directive: '05 ct/tw',
    from: '2000-01-01',
    to: '2100-01-01',
  };
}

describe('one Cypher statement per request for each shared question (decision 0032)', () => {
  it.each(['person positions', 'directive implementers', 'body officials', 'events with participants'])(
    '%s: one statement, the answer of the level-by-level path',
    async (name) => {
      const question = benchQuestions(await subjects()).find((q) => q.name === name)!;
      const folded = await asked(question.query, question.variables);
      const unfolded = await asked(levelByLevel(question.query), question.variables);
      expect(folded.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
      // The counter does count: the same question resolved level by level sends more.
      expect(unfolded.statements.length).toBeGreaterThan(1);
      expect(folded.data).toEqual(unfolded.data);
      // The question has something in it: a page of edges with evidence where evidence is asked.
      const root = Object.values(folded.data)[0] as any;
      if (name === 'events with participants') {
        // Events, and among them some with chairs, attendees and an organizer (decision 0045).
        const events = root.edges.map((e: any) => e.node);
        expect(events.length).toBeGreaterThan(1);
        expect(events.some((e: any) => e.chairs.edges.length > 0)).toBe(true);
        expect(events.some((e: any) => e.attendees.edges.length > 0)).toBe(true);
        expect(events.some((e: any) => e.organizer !== null)).toBe(true);
        return;
      }
      const connection = root.positions ?? root.implementedBy ?? root.officials;
      expect(connection.edges.length).toBeGreaterThan(0);
      if (name !== 'body officials') expect(connection.edges[0].evidence[0].article.title).toBeTruthy();
    },
  );

  it('folds through fragments, aliases, variables and a second page, with the same answer', async () => {
    const { person } = await subjects();
    const query = `query($id: ID!, $n: Int, $after: String) {
      person(id: $id) { ...P }
    }
    fragment P on Person {
      name
      first: positions(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
      rest: positions(first: 2, after: $after) { edges { role ... on HeldPositionEdge { evidence(first: $n) { sentence article { url } } } } }
    }`;
    const first = await asked(query, { id: gid('Person', person), n: 2, after: null });
    const cursor = first.data.person.first.pageInfo.endCursor as string;
    expect(first.data.person.first.pageInfo.hasNextPage).toBe(true);
    const folded = await asked(query, { id: gid('Person', person), n: 2, after: cursor });
    const unfolded = await asked(levelByLevel(query), { id: gid('Person', person), n: 2, after: cursor });
    expect(first.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    expect(folded.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    expect(unfolded.statements.length).toBeGreaterThan(1);
    expect(folded.data).toEqual(unfolded.data);
    expect(folded.data.person.rest.edges.length).toBeGreaterThan(0);
  });

  it('folds an events page through fragments and aliases, with a keyset second page, evidence and event(id:)', async () => {
    const query = `query($after: String, $n: Int) {
      events(from: "2000-01-01", to: "2100-01-01", first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { ...E } }
      }
    }
    fragment E on Event {
      graphId name date
      lead: chairs(first: 1) { totalCount edges { node { name } evidence(first: $n) { sentence article { title } } } }
      attendees { edges { evidenceCount node { name } } }
      organizer { name }
    }`;
    const first = await asked(query, { after: null, n: 2 });
    expect(first.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    expect(first.data.events.pageInfo.hasNextPage).toBe(true);
    const after = first.data.events.pageInfo.endCursor as string;
    const folded = await asked(query, { after, n: 2 });
    const unfolded = await asked(levelByLevel(query), { after, n: 2 });
    expect(folded.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    expect(unfolded.statements.length).toBeGreaterThan(1);
    expect(folded.data).toEqual(unfolded.data);
    // The second page follows the first: keyset order (date, name, id) kept by the folded list.
    const last = first.data.events.edges.at(-1).node;
    const next = folded.data.events.edges[0].node;
    expect(next.date > last.date || (next.date === last.date && next.name >= last.name)).toBe(true);
    expect(next.graphId).not.toBe(last.graphId);

    // One event by id, with its chairs' evidence and articles: one statement too.
    const withChairs = [...first.data.events.edges, ...folded.data.events.edges].find(
      (e: any) => e.node.lead.edges.length > 0,
    );
    const eventQuery = `query($id: ID!) { event(id: $id) { name chairs { edges { node { name } evidence(first: 2) { sentence article { title url } } } } organizer { name } } }`;
    const id = gid('Event', (withChairs ?? first.data.events.edges[0]).node.graphId);
    const one = await asked(eventQuery, { id });
    const oneUnfolded = await asked(levelByLevel(eventQuery), { id });
    expect(one.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    expect(oneUnfolded.statements.length).toBeGreaterThan(1);
    expect(one.data).toEqual(oneUnfolded.data);
  });

  it('reads an events page of participant names one row per event, with the answer of level by level (decision 0078)', async () => {
    const shapes = [
      // The race's question (bench/questions.ts) on the sample graph.
      `{ events(from: "2000-01-01", to: "2100-01-01", first: 20) { edges { node { name date chairs { edges { node { name } } } attendees { edges { node { name } } } organizer { name } } } } }`,
      // A list cut short, and participant pages of one (hasNextPage and cursors from the extra
      // event or participant each reads).
      `{ events(from: "2000-01-01", to: "2100-01-01", first: 2) { pageInfo { hasNextPage endCursor } edges { node { graphId organizer { name } } } } }`,
      `{ events(from: "2000-01-01", to: "2100-01-01", first: 20) { edges { node { graphId chairs(first: 1) { pageInfo { hasNextPage endCursor } edges { cursor node { graphId name } } } attendees(first: 1) { pageInfo { hasNextPage } edges { node { name } } } } } } }`,
      // No bound: the undated events follow the dated ones.
      `{ events(first: 50) { pageInfo { hasNextPage } edges { node { name date chairs(first: 2) { edges { node { name } } } } } } }`,
      // A range without an event: the list's one row, no event in it.
      `{ events(from: "1900-01-01", to: "1900-12-31") { pageInfo { hasNextPage } edges { node { name chairs { edges { node { name } } } } } } }`,
    ];
    let participants = 0;
    for (const query of shapes) {
      const lean = await asked(query, {});
      expect(lean.statements, query).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
      expect(statements[0], query).toContain(
        'UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x',
      );
      const unfolded = await asked(levelByLevel(query), {});
      // Level by level: the list, then a statement per page (none without an event).
      if (lean.data.events.edges.length > 0) expect(unfolded.statements.length, query).toBeGreaterThan(1);
      expect(lean.data, query).toEqual(unfolded.data);
      for (const { node } of lean.data.events.edges)
        participants += ['chairs', 'attendees'].reduce((n, f) => n + (node[f]?.edges.length ?? 0), 0);
    }
    // The pages were not all empty, and the cut list said so.
    expect(participants).toBeGreaterThan(3);
    expect((await api.data(shapes[1]!)).events.pageInfo.hasNextPage).toBe(true);
    // Any other field of a page (a total here) goes the generic way, with the same events.
    const generic = shapes[0]!.replace('chairs { edges', 'chairs { totalCount edges');
    const withTotal = await asked(generic, {});
    expect(statements[0]).not.toContain('UNWIND CASE WHEN size(page) = 0');
    expect(withTotal.data.events.edges.map((e: any) => e.node.chairs.edges)).toEqual(
      (await api.data(shapes[0]!)).events.edges.map((e: any) => e.node.chairs.edges),
    );
  });

  it("answers an evidence's article asked by its ids alone from the claim, reading no article (decision 0073)", async () => {
    const query = (article: string) =>
      `query($c: String!) { document(code: $c) { implementedBy(first: 5) { edges { node { name } evidence(first: 2) { sentence article { ${article} } } } } } }`;
    const ids = query('graphId id');
    const titled = query('graphId id title');
    const variables = { c: '05 ct/tw' };
    const folded = await asked(ids, variables);
    const unfolded = await asked(levelByLevel(ids), variables);
    const withTitles = await asked(titled, variables);
    const unfoldedWithTitles = await asked(levelByLevel(titled), variables);
    expect(folded.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    expect(folded.data).toEqual(unfolded.data);
    // Level by level, the titles cost one more statement (the articles, in one batch); ids alone none.
    expect(unfolded.statements.length).toBe(unfoldedWithTitles.statements.length - 1);
    // The same articles either way: the ids the claims carry are those of the articles read.
    const articles = (data: any) =>
      data.document.implementedBy.edges.flatMap((e: any) => e.evidence.map((x: any) => x.article));
    const read = articles(withTitles.data);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((a: any) => a.title)).toBe(true);
    expect(articles(folded.data)).toEqual(read.map(({ graphId, id }: any) => ({ graphId, id })));
  });

  it('an unknown node is null in one statement; a field out of range still fails at its own path', async () => {
    const missing = await asked(
      `query($id: ID!) { person(id: $id) { name positions { edges { node { name } } } } }`,
      { id: gid('Person', 'no-such-person') },
    );
    expect(missing.data).toEqual({ person: null });
    expect(missing.statements).toEqual([expect.stringMatching(/^CALL \(\) \{/)]);
    const { person } = await subjects();
    const res = await api.gql(
      `query($id: ID!) { person(id: $id) { name positions(first: 1000) { totalCount } } }`,
      {
        id: gid('Person', person),
      },
    );
    expect(res.body.errors?.[0]?.path).toEqual(['person', 'positions']);
    expect(res.body.errors?.[0]?.message).toMatch(/first: 1000 is out of range/);
    // positions is non-null, so its error nulls the person, as it did before folding.
    expect(res.body.data).toEqual({ person: null });
  });
});

describe('compiled plans answer as graphql-js does (decision 0060)', () => {
  /**
   * Status and the answer's text byte for byte, errors included, and its usage extension: the Cypher
   * statements the request ran (the cost guard's census reads, every 30 s, are not the request's).
   */
  async function raw(server: TestApi, query: string, variables: Record<string, unknown>) {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, text: await res.text() };
  }

  async function same(query: string, variables: Record<string, unknown> = {}) {
    const compiled = await raw(api, query, variables);
    // Asked twice: the second request runs the plan the first one compiled.
    expect(await raw(api, query, variables)).toEqual(compiled);
    expect(await raw(plainApi, query, variables)).toEqual(compiled);
    return compiled;
  }

  it("bench:api's questions: the same bytes, the same statement counts", async () => {
    const s = await subjects();
    const questions = [
      ...benchQuestions(s),
      ...networkQuestions({ directive: s.directive, person: s.person, body: s.body }),
      leadersOnQuestion(s.body, '2024-01-01'),
      ...dashboardQuestions({
        province: 'Đồng Tháp',
        directive: s.directive,
        role: 'Bí thư',
        from: s.from,
        to: s.to,
        year: 2024,
      }),
    ];
    expect(questions.length).toBeGreaterThan(20);
    for (const { name, query, variables } of questions) {
      const answer = await same(query, variables);
      expect(answer.status, name).toBe(200);
      const body = JSON.parse(answer.text);
      // The connection question asks a path from a person to themself here: refused alike by both.
      if (name === 'connection') {
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        continue;
      }
      expect(body.errors, name).toBeUndefined();
      expect(Object.values(body.data)[0], name).toBeDefined();
    }
  });

  it('abstract types, fragments, @skip/@include and __typename', async () => {
    const { person } = await subjects();
    const answer = await same(
      `query($id: ID!, $yes: Boolean!) {
        search(query: "Phong", first: 5) { __typename score node { __typename ... on Person { name } ...O } }
        person(id: $id) { name positions(first: 2) @include(if: $yes) { edges { role } } chaired @skip(if: $yes) { totalCount } }
      }
      fragment O on Organization { name kind }`,
      { id: gid('Person', person), yes: true },
    );
    expect(JSON.parse(answer.text).data.search.length).toBeGreaterThan(0);
  });

  it('errors: a field out of range, a bad id with its code, a refused variable, a null root', async () => {
    const { person } = await subjects();
    const outOfRange = await same(
      `query($id: ID!) { person(id: $id) { name positions(first: 1000) { totalCount } } }`,
      {
        id: gid('Person', person),
      },
    );
    expect(JSON.parse(outOfRange.text).errors[0].path).toEqual(['person', 'positions']);
    const badId = await same(`{ person(id: "garbage") { name } }`);
    expect(JSON.parse(badId.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // Refused before execution: graphql-js's words and Apollo's status 400 either way.
    const badVariable = await same(`query($n: Int) { events(first: $n) { totalCount } }`, { n: 'ten' });
    expect(badVariable.status).toBe(400);
    const missing = await same(`query($id: ID!) { person(id: $id) { name } }`, {
      id: gid('Person', 'no-such'),
    });
    expect(JSON.parse(missing.text).data).toEqual({ person: null });
  });
});
