// "Safe to expose": each guard refuses its bad request over real HTTP, with a message that says
// what to change, and the server stays healthy and keeps answering afterwards.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/db/index.ts';
import { loadOperationCatalogue, sha256 } from '../../src/api/guards/persisted-queries.ts';
import { startTestApi, useSampleApi, type TestApi } from './api-harness.ts';

const LAYER_PREFIX = 'apitest-layer-';
const LAYERS = 5;
const WIDTH = 40;

/** A lattice of bodies whose two ends have WIDTH^LAYERS shortest paths between them: honest, slow work. */
async function writeLattice(graph: Graph): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run(
      `UNWIND range(0, $layers - 1) AS l UNWIND range(0, $width - 1) AS w
       MERGE (o:Organization:Entity {id: $prefix + l + '-' + w}) SET o.name = 'Lattice ' + l + '/' + w, o.layer = l`,
      { layers: neo4j.int(LAYERS), width: neo4j.int(WIDTH), prefix: LAYER_PREFIX },
    );
    await tx.run(
      `MERGE (:Person:Entity {id: $prefix + 'src'}) MERGE (:Person:Entity {id: $prefix + 'dst'})`,
      { prefix: LAYER_PREFIX },
    );
    await tx.run(
      `MATCH (a:Organization) WHERE a.id STARTS WITH $prefix
       MATCH (b:Organization) WHERE b.id STARTS WITH $prefix AND b.layer = a.layer + 1
       MERGE (a)-[:PART_OF]->(b)`,
      { prefix: LAYER_PREFIX },
    );
    await tx.run(
      `MATCH (p:Person {id: $prefix + 'src'}) MATCH (o:Organization) WHERE o.id STARTS WITH $prefix AND o.layer = 0 MERGE (o)-[:PART_OF]->(p)`,
      { prefix: LAYER_PREFIX },
    );
    await tx.run(
      `MATCH (p:Person {id: $prefix + 'dst'}) MATCH (o:Organization) WHERE o.id STARTS WITH $prefix AND o.layer = $last MERGE (o)-[:PART_OF]->(p)`,
      { prefix: LAYER_PREFIX, last: neo4j.int(LAYERS - 1) },
    );
  });
}

async function removeLattice(graph: Graph): Promise<void> {
  await graph.write((tx) =>
    tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: LAYER_PREFIX }),
  );
}

const sample = useSampleApi({ seed: writeLattice, cleanup: removeLattice });

/** After every refusal: the probe answers and a real question still gets its answer. */
async function expectStillServing(server: TestApi = sample.api): Promise<void> {
  expect(await server.healthy()).toBe(true);
  const res = await server.gql(`{ stats { people } }`);
  expect(res.status).toBe(200);
  expect(res.body.data?.stats.people).toBeGreaterThan(0);
}

describe('depth limit', () => {
  it('refuses an operation nested deeper than the limit, before running it', async () => {
    const deep = `{ people(first: 1) { edges { node { positions(first: 1) { edges { node { holders(first: 1) { edges { node {
      positions(first: 1) { edges { node { holders(first: 1) { edges { node { name } } } } } } } } } } } } } } } }`;
    const res = await sample.api.gql(deep);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      maxDepth: 12,
    });
    expect(res.body.errors?.[0]?.message).toMatch(/nested \d+ levels deep; the limit is 12. Split it/);
    expect(res.body.extensions?.usage?.cypherQueries ?? 0).toBe(0);
    await expectStillServing();
  });

  it('counts fragments, so a deep query cannot hide in them', async () => {
    const res = await sample.api.gql(`
      query { people(first: 1) { edges { node { ...P } } } }
      fragment P on Person { positions(first: 1) { edges { node { holders(first: 1) { edges { node { ...Q } } } } } } }
      fragment Q on Person { positions(first: 1) { edges { node { holders(first: 1) { edges { node { name } } } } } } }`);
    expect(res.body.errors?.[0]?.extensions?.maxDepth).toBe(12);
    await expectStillServing();
  });
});

describe('cost limit', () => {
  it('refuses nested pages whose sizes multiply past the limit, saying the cost', async () => {
    const res = await sample.api.gql(
      `{ people(first: 100) { edges { node { positions(first: 100) { edges { node { holders(first: 100) { totalCount edges { node { name } } } } } } } } } }`,
    );
    expect(res.status).toBe(400);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.extensions?.cost).toBeGreaterThan(30_000);
    expect(error?.message).toMatch(/would cost \d+ .* the limit is 30000/);
    await expectStillServing();
  });

  it('reports the cost of an accepted operation', async () => {
    const res = await sample.api.gql(`{ people(first: 5) { edges { node { name } } } }`);
    expect(res.body.extensions?.usage?.cost).toBe(1 + 5 * 3);
    // Apollo's cache-control plugin is off (decision 0045); answers still say they are not to be stored.
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('prices one operation text again for other variables (prices are kept per document and variables)', async () => {
    const q = `query($n: Int) { people(first: $n) { edges { node { name } } } }`;
    const costs: unknown[] = [];
    for (const n of [5, 5, 100, 5, 80]) {
      const res = await sample.api.gql(q, { n });
      costs.push(res.body.extensions?.usage?.cost);
    }
    expect(costs).toEqual([16, 16, 301, 16, 241]);
    // A kept price still refuses: the same too-costly operation twice, refused twice.
    const costly = `query($n: Int) { people(first: $n) { edges { node { positions(first: 100) { edges { node { holders(first: 100) { edges { node { name } } } } } } } } } }`;
    for (let i = 0; i < 2; i++)
      expect((await sample.api.gql(costly, { n: 100 })).body.errors?.[0]?.extensions?.code).toBe(
        'QUERY_TOO_COSTLY',
      );
  });
});

describe('maximum page size', () => {
  it('refuses first over 100 with the allowed range', async () => {
    const res = await sample.api.gql(`{ people(first: 1000) { totalCount } }`);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    expect(res.body.errors?.[0]?.message).toMatch(/first: 1000 is out of range; ask for 0 to 100 items/);
    await expectStillServing();
  });

  it('refuses a cursor it did not give', async () => {
    const res = await sample.api.gql(`{ people(first: 5, after: "not-a-cursor!") { totalCount } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/after: "not-a-cursor!" is not a cursor this API gave/);
    await expectStillServing();
  });
});

describe('Neo4j transaction timeout per request', () => {
  it('stops a query that runs past the budget inside Neo4j and says so; the server keeps serving', async () => {
    const impatient = await startTestApi(sample.graph, { queryTimeoutMs: 1, warmUp: false });
    try {
      const q = `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxHops: 6, first: 20) { length } }`;
      const vars = {
        a: Buffer.from(`Person:${LAYER_PREFIX}src`).toString('base64url'),
        b: Buffer.from(`Person:${LAYER_PREFIX}dst`).toString('base64url'),
      };
      // With a budget the size of the work, the same question is answered: the lattice is real.
      const patient = await sample.api.gql(q, vars);
      expect(patient.body.errors).toBeUndefined();
      expect(patient.body.data?.connection.length).toBeGreaterThan(0);

      const started = Date.now();
      const res = await impatient.gql(q, vars);
      expect(res.status).toBe(503);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(res.body.errors?.[0]?.message).toMatch(/did not answer within 1 ms/);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await impatient.healthy()).toBe(true);
      await expectStillServing();
      // Neo4j rolled the transaction back: nothing of it is left running (termination is asynchronous).
      const stillRunning = () =>
        sample.graph.read(async (tx) => {
          const r = await tx.run(
            `SHOW TRANSACTIONS YIELD currentQuery, metaData
             WHERE metaData.app = 'kg-api' AND currentQuery CONTAINS 'allShortestPaths' RETURN count(*) AS n`,
          );
          return Number(r.records[0]?.get('n'));
        });
      let running = await stillRunning();
      for (let i = 0; i < 20 && running > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        running = await stillRunning();
      }
      expect(running).toBe(0);
    } finally {
      await impatient.close();
    }
  });
});

describe('request body size limit', () => {
  it('refuses a body over the limit with 413 and a JSON error', async () => {
    const small = await startTestApi(sample.graph, {
      limits: { bodyLimit: '10kb', rateLimit: false },
      warmUp: false,
    });
    try {
      const res = await small.post({
        query: `{ stats { people } }`,
        variables: { padding: 'x'.repeat(20_000) },
      });
      expect(res.status).toBe(413);
      expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
      expect(res.body.errors?.[0]?.message).toMatch(/larger than 10kb/);
      await expectStillServing(small);
    } finally {
      await small.close();
    }
  });

  it('refuses a body that is not JSON, saying what to send', async () => {
    const res = await sample.api.post('{"query": "{ stats { people } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/not valid JSON/);
    await expectStillServing();
  });
});

describe('input validation with clear messages', () => {
  it('refuses a date that is not a calendar date, as a literal or as a variable', async () => {
    const literal = await sample.api.gql(`{ events(from: "2021-13-45") { totalCount } }`);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.errors?.[0]?.message).toMatch(
      /Date: "2021-13-45" is not a calendar date; write it as YYYY-MM-DD/,
    );
    const variable = await sample.api.gql(`query($d: Date) { events(from: $d) { totalCount } }`, {
      d: '2021-02-30',
    });
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.body.errors?.[0]?.message).toMatch(/"2021-02-30" is not a calendar date/);
    await expectStillServing();
  });

  it.each([
    [`{ person(id: "garbage") { name } }`, /id: "garbage" is not an id this API issued/],
    [`{ search(query: "  ,;  ") { score } }`, /query: .* has no letters or digits/],
    [`{ search(query: "${'a'.repeat(300)}") { score } }`, /300 characters is too long/],
    [`{ document(code: "05-CT/TW", id: "x") { code } }`, /give exactly one of `code`/],
    [`{ people(name: "   ") { totalCount } }`, /name: .* has no letters to match/],
    [
      `{ search(query: "x", first: 500) { score } }`,
      /first: 500 is out of range; search returns 1 to 50 hits/,
    ],
  ])('%s', async (query, message) => {
    const res = await sample.api.gql(query);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(message);
    await expectStillServing();
  });

  it('refuses the id of one kind where another is needed, naming both', async () => {
    const org = (await sample.api.data(`{ organizations(first: 1) { edges { node { id } } } }`)).organizations
      .edges[0].node.id;
    const res = await sample.api.gql(`query($id: ID!) { person(id: $id) { name } }`, { id: org });
    expect(res.body.errors?.[0]?.message).toMatch(
      /is the id of a Organization, but a Person id is needed here/,
    );
  });
});

describe('errors masked in production', () => {
  it('hides the driver message, Cypher and stack behind a reference; shows them in development', async () => {
    // A real fault: the graph names a database that does not exist on this server.
    const broken = { driver: sample.graph.driver, database: 'nosuchdatabase' };
    const prod = await startTestApi(sample.graph, { production: true, warmUp: false });
    const prodBroken = new (await import('./api-harness.ts')).TestApi(
      await (
        await import('../../src/api/server.ts')
      ).startApiServer({
        graph: broken,
        port: 0,
        production: true,
        warmUp: false,
        limits: { rateLimit: false },
      }),
    );
    const devBroken = new (await import('./api-harness.ts')).TestApi(
      await (
        await import('../../src/api/server.ts')
      ).startApiServer({
        graph: broken,
        port: 0,
        production: false,
        warmUp: false,
        limits: { rateLimit: false },
      }),
    );
    try {
      const masked = await prodBroken.gql(`{ people(first: 1) { totalCount } }`);
      const error = masked.body.errors?.[0];
      expect(error?.message).toMatch(/^Internal server error \(reference err-[a-z0-9-]+\)\.$/);
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String) });
      const text = JSON.stringify(masked.body);
      expect(text).not.toMatch(/nosuchdatabase|MATCH|Neo4j|neo4j|stacktrace|at .*\.ts/);

      const shown = await devBroken.gql(`{ people(first: 1) { totalCount } }`);
      expect(JSON.stringify(shown.body)).toMatch(/nosuchdatabase/);

      // Errors written for clients keep their message in production, without a stack trace.
      const bad = await prod.gql(`{ people(first: 1000) { totalCount } }`);
      expect(bad.body.errors?.[0]?.message).toMatch(/first: 1000 is out of range/);
      expect(bad.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
      await expectStillServing(prod);
      expect(await prodBroken.healthy()).toBe(true);
    } finally {
      await Promise.all([prod.close(), prodBroken.close(), devBroken.close()]);
    }
  });
});

describe('persisted queries', () => {
  const catalogue = loadOperationCatalogue();

  it('runs a published operation sent by its hash alone, from the first request', async () => {
    const op = catalogue.find((o) => o.name === 'stats')!;
    const res = await sample.api.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: op.sha256 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.data?.stats.articles).toBeGreaterThan(0);
  });

  it('Apollo APQ: unknown hash asks for the text, then the hash alone works', async () => {
    const query = `{ stats { documents } }`;
    const hash = sha256(query);
    const miss = await sample.api.post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await sample.api.post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(register.body.data?.stats.documents).toBeGreaterThan(0);
    const hit = await sample.api.post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(hit.body.data?.stats.documents).toBe(register.body.data?.stats.documents);
    await expectStillServing();
  });

  it('in safelist mode runs only the published operations', async () => {
    const strict = await startTestApi(sample.graph, { safelistOnly: true, warmUp: false });
    try {
      const refused = await strict.gql(`{ stats { people } }`);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
      const op = catalogue.find((o) => o.name === 'stats')!;
      const byHash = await strict.post({
        extensions: { persistedQuery: { version: 1, sha256Hash: op.sha256 } },
      });
      expect(byHash.body.data?.stats.people).toBeGreaterThan(0);
      const byText = await strict.post({ query: op.text });
      expect(byText.body.data?.stats.people).toBeGreaterThan(0);
      const list = await (await fetch(`${strict.origin}/graphql/operations`)).json();
      expect(list.map((o: { name: string }) => o.name)).toContain('stats');
      expect(await strict.healthy()).toBe(true);
    } finally {
      await strict.close();
    }
  });
});

describe('per-client rate limiting', () => {
  it('answers 429 past the limit with when to retry; probes are not limited', async () => {
    const limited = await startTestApi(sample.graph, {
      limits: { rateLimit: { windowMs: 60_000, limit: 3 } },
      warmUp: false,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.gql(`{ stats { people } }`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await limited.gql(`{ stats { people } }`);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(res.body.errors?.[0]?.message).toMatch(/limit is 3 per 60 s/);
      expect(res.headers.get('ratelimit')).toMatch(/t=\d+/);
      expect(await limited.healthy()).toBe(true);
      expect((await fetch(`${limited.origin}/readyz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('serving', () => {
  it('healthz always, readyz only when Neo4j answers', async () => {
    expect((await fetch(`${sample.api.origin}/readyz`)).status).toBe(200);
    const nowhere = neo4j.driver('bolt://127.0.0.1:1', undefined, {
      connectionTimeout: 500,
      maxConnectionPoolSize: 1,
    });
    const orphan = new (await import('./api-harness.ts')).TestApi(
      await (
        await import('../../src/api/server.ts')
      ).startApiServer({
        graph: { driver: nowhere, database: 'neo4j' },
        port: 0,
        warmUp: false,
        queryTimeoutMs: 1000,
      }),
    );
    try {
      expect(await orphan.healthy()).toBe(true);
      const ready = await fetch(`${orphan.origin}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).status).toBe('unavailable');
      const started = Date.now();
      const res = await orphan.gql(`{ stats { people } }`);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await orphan.close();
      await nowhere.close();
    }
  });

  it('serves GraphiQL at /graphiql from its own assets, with no third-party URL', async () => {
    const page = await fetch(`${sample.api.origin}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('graphiql/assets/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    for (const asset of [
      'graphiql.min.js',
      'graphiql.min.css',
      'react.production.min.js',
      'react-dom.production.min.js',
    ]) {
      const res = await fetch(`${sample.api.origin}/graphiql/assets/${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    const start = await (await fetch(`${sample.api.origin}/graphiql/start.js`)).text();
    expect(start).toContain('GraphiQL.createFetcher');
    // The operations of queries/graphql/ are its ready tabs.
    expect(start).toContain('defaultTabs');
    expect(start).toContain('query DirectiveImplementers');
  });

  it('CORS: allows the configured origins only', async () => {
    const withCors = await startTestApi(sample.graph, {
      corsOrigins: ['https://dash.example'],
      warmUp: false,
    });
    try {
      const preflight = (origin: string) =>
        fetch(withCors.url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      expect((await preflight('https://dash.example')).headers.get('access-control-allow-origin')).toBe(
        'https://dash.example',
      );
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await withCors.close();
    }
  });

  it('graceful shutdown: a request in flight is answered, new ones are refused', async () => {
    const closing = await startTestApi(sample.graph, { warmUp: false, queryTimeoutMs: 60_000 });
    const q = `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxHops: 6, first: 20) { length } }`;
    const vars = {
      a: Buffer.from(`Person:${LAYER_PREFIX}src`).toString('base64url'),
      b: Buffer.from(`Person:${LAYER_PREFIX}dst`).toString('base64url'),
    };
    const inFlight = closing.gql(q, vars);
    await new Promise((r) => setTimeout(r, 50));
    const stopped = closing.close();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.body.data?.connection.length).toBeGreaterThan(0);
    await stopped;
    await expect(fetch(`${closing.origin}/healthz`)).rejects.toThrow();
  });
});
