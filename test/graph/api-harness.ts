/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// What the API tests share: the real Neo4j of the test run (test/setup/neo4j.ts), the bundled
// sample corpus ingested through the real pipeline, and a real HTTP server on a free port.
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import type { Graph } from '../../src/db/index.ts';
import { clearGraph, openTestGraph as openRunGraph } from '../support/graph.ts';
import { runIngest } from '../../ingest/run.ts';
import { startApiServer, type ApiServerOptions, type RunningApiServer } from '../../src/api/server.ts';
import { decodeGlobalId, toGlobalId } from '../../src/api/global-id.ts';
import type { NodeTypeName } from '../../src/api/model.ts';

export const SAMPLES_DIR = path.join(projectRoot, 'samples', 'articles');

/** The test run's graph, emptied: what an API test file sees is only what it writes. */
export async function openTestGraph(): Promise<Graph> {
  const graph = await openRunGraph();
  await clearGraph(graph);
  return graph;
}

/** Ingests the bundled samples through the real pipeline. */
export async function ingestSamples(graph: Graph): Promise<void> {
  const summary = await runIngest(graph, [SAMPLES_DIR]);
  if (summary.skipped.length > 0) throw new Error(`sample ingest skipped ${JSON.stringify(summary.skipped)}`);
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[];
    extensions?: Record<string, any>;
  };
}

export class TestApi {
  constructor(readonly server: RunningApiServer) {}

  get url(): string {
    return this.server.url;
  }

  get origin(): string {
    return new URL(this.server.url).origin;
  }

  async post<T = Record<string, any>>(
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      // A connection per request: a kept-alive socket idle about as long as the server's 5 s
      // keep-alive timeout can be closed by the server just as fetch reuses it ("fetch failed",
      // ECONNRESET; seen once in a clean-clone run at load 13, after a 6.7 s test left it idle).
      headers: { 'content-type': 'application/json', connection: 'close', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: GraphQLResponse<T>['body'];
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`non-JSON answer ${res.status}: ${text.slice(0, 300)}`);
    }
    return { status: res.status, headers: res.headers, body: parsed };
  }

  gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    return this.post<T>({ query, variables }, headers);
  }

  /** Data of an operation that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.body.errors?.length || !res.body.data) {
      throw new Error(`GraphQL errors (${res.status}): ${JSON.stringify(res.body.errors)}`);
    }
    return res.body.data;
  }

  async healthy(): Promise<boolean> {
    const res = await fetch(`${this.origin}/healthz`, { headers: { connection: 'close' } });
    return res.status === 200 && (await res.json()).status === 'ok';
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/**
 * A real API server on a free port: no rate limit and a 60 s query budget unless `options` says
 * otherwise (answers, not speed; the servers a file starts beside useSampleApi's plan their first
 * queries themselves since that one no longer warms up, decision 0074). A server that warms up
 * plans the named queries only: running the catalogue's operations at start (decision 0079) is
 * api-warm-up.test.ts's to test, and would add seconds to every file that warms up.
 */
export async function startTestApi(graph: Graph, options: Partial<ApiServerOptions> = {}): Promise<TestApi> {
  const server = await startApiServer({
    graph,
    port: 0,
    limits: { rateLimit: false },
    queryTimeoutMs: 60_000,
    warmUpBudgetMs: 0,
    ...options,
  });
  // The server listens before its warm-up ends (decision 0084); a test server is handed over warm.
  await server.ready;
  return new TestApi(server);
}

export const gid = (type: NodeTypeName, graphId: string) => toGlobalId(type, graphId);

/** What useSampleApi gives a test file: both are there from its beforeAll on. */
export interface SampleApi {
  readonly graph: Graph;
  readonly api: TestApi;
}

/** What an API test file may ask of useSampleApi besides the server's own options. */
export interface SampleApiOptions extends Partial<ApiServerOptions> {
  /** Ingest the bundled samples into the emptied graph (the default); false leaves it empty. */
  samples?: boolean;
  /** Writes the file's own data, after the samples and before the server starts. */
  seed?: (graph: Graph) => Promise<void>;
  /** Removes what the file wrote, after the server stopped and before the graph is closed. */
  cleanup?: (graph: Graph) => Promise<void>;
}

/**
 * The preamble of an API test file on the sample graph: registers a beforeAll that opens the emptied
 * test graph, ingests the bundled samples and starts the API on a free port, and an afterAll that
 * stops the server and closes the graph. Call it at the top of the file:
 *
 *   const sample = useSampleApi();
 *   it(…, async () => { const data = await sample.api.data(QUERY); … });
 *
 * The query budget is generous (60 s) unless `options` says otherwise: these tests check answers,
 * not speed (the timeout has its own test). For the same reason the server does not warm up unless
 * `warmUp: true` is given: warming plans all 81 named queries again on every file's new data (each
 * file clears the graph and writes its own, so Neo4j's cached plans are stale), 9–52 s at load 15
 * where a file uses a handful; those are planned at their first request, well within 60 s
 * (decision 0074). A file whose budget is tight (api-abuse), or that asks most of the named queries
 * (api-catalogue, api-questions, api-dashboards: planned two at a time they cost less), asks for it. `seed` and
 * `cleanup` run inside these hooks, so a file's own data is there before the server starts and gone
 * before the graph closes.
 */
export function useSampleApi(options: SampleApiOptions = {}): SampleApi {
  const { samples = true, seed, cleanup, ...serverOptions } = options;
  let graph: Graph | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    graph = await openTestGraph();
    if (samples) await ingestSamples(graph);
    await seed?.(graph);
    api = await startTestApi(graph, { warmUp: false, ...serverOptions });
  });
  afterAll(async () => {
    await api?.close();
    try {
      if (graph) await cleanup?.(graph);
    } finally {
      await graph?.close();
    }
  });
  const notYet = (what: string) =>
    new Error(
      `useSampleApi: the ${what} is there once its beforeAll has run; use it in a test or a later hook`,
    );
  return {
    get graph() {
      if (!graph) throw notYet('graph');
      return graph;
    },
    get api() {
      if (!api) throw notYet('API server');
      return api;
    },
  };
}

/** The profiled plan's operators: type, details and rows produced, flattened. */
function planOperators(plan: any): { operator: string; rows: number }[] {
  const here = { operator: `${plan.operatorType} ${plan.arguments?.Details ?? ''}`, rows: Number(plan.rows) };
  return [here, ...(plan.children ?? []).flatMap(planOperators)];
}

/**
 * A profiled read started from `index`: the seek on it produced rows and no scan of a whole label
 * did. Every UNION branch of a dashboard file is planned, so the plan names every index whatever
 * is asked; what shows the start is which operator produced rows.
 */
export function expectStartFromIndex(profile: unknown, index: string): void {
  const plan = planOperators(profile);
  expect(
    plan
      .filter((o) => /IndexSeek|IndexScan/.test(o.operator) && o.operator.includes(index))
      .map((o) => o.rows),
  ).toSatisfy((rows: number[]) => rows.some((n) => n > 0));
  expect(plan.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o.operator) && o.rows > 0)).toEqual([]);
}

/**
 * Walks a body's officials page by page (`first` each, following `endCursor`) to the end, checking
 * `totalCount` on every page; returns the pairs as `personId|postId` graph ids, in the order given.
 */
export async function walkOfficials(
  api: TestApi,
  bodyId: string,
  first: number,
  total: number,
): Promise<string[]> {
  const graphIdOf = (globalId: string) => decodeGlobalId(globalId)?.graphId;
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const data: any = await api.data(
      `query($id: ID!, $after: String) { organization(id: $id) { officials(first: ${first}, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } position { id } } } } }`,
      { id: gid('Organization', bodyId), after },
    );
    const page = data.organization.officials;
    expect(page.totalCount, `first: ${first}, page ${guard + 1}`).toBe(total);
    seen.push(...page.edges.map((e: any) => `${graphIdOf(e.node.id)}|${graphIdOf(e.position.id)}`));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return seen;
}
