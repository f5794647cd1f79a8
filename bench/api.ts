/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// API speed: a fixed mix of the questions, sent with autocannon to the GraphQL API serving
// the bundled sample graph, and — in the same run, with the same concurrency and duration — the
// same Cypher the resolvers run for those questions, straight through the driver (level by level,
// the queries of one level in parallel, as the DataLoaders issue them). Prints requests/s and
// p50/p99 latency for both and their ratio (aim: API p99 within 1.5× of raw Cypher p99).
// Prints figures; asserts nothing.
//
//   npm run bench:api [-- --duration 10 --connections 8]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.ts';
import { migrate, openGraph } from '../src/db/index.ts';
import { runIngest } from '../ingest/run.ts';
import { startApiServer } from '../src/api/server.ts';
import { cypher, type NamedCypher } from '../src/api/cypher.ts';
import { shortestPathsQuery } from '../src/api/paths.ts';
import { toGlobalId } from '../src/api/global-id.ts';
import { luceneQuery } from '../src/api/search-query.ts';
import { parseDocumentCode } from '../src/api/document-code.ts';
import { SEARCH_INDEXES } from '../src/api/resolvers/query.ts';
import { benchQuestions } from './questions.ts';
import { analyseNetwork } from '../src/analytics/network-analysis.ts';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
if (!(duration > 0) || !(connections >= 1)) {
  process.stderr.write('bench:api: --duration (seconds) and --connections must be positive numbers\n');
  process.exit(2);
}

const SAMPLES_DIR = path.join(projectRoot, 'samples', 'articles');
const PERSON = 'person:le-quoc-phong';
const CHAIR = 'person:pham-minh-chinh';
const BODY = 'org:tinh-uy-dong-thap';
const POST = 'position:bi-thu@tinh-uy-dong-thap';

const graph = await openGraph(loadConfig());
await migrate(graph);
await runIngest(graph, [SAMPLES_DIR]);
const server = await startApiServer({ graph, port: 0, production: true, limits: { rateLimit: false } });

// --- the mix, as GraphQL (shared with bench:scale) ----------------------------------------------
const QUESTIONS = benchQuestions({
  search: 'pham ngoc thuong',
  person: PERSON,
  chair: CHAIR,
  body: BODY,
  directive: '05 ct/tw',
  from: '2019-01-01',
  to: '2025-12-31',
});
// Issue 14's career questions, asked of the sample graph (bench:scale's generated graphs state no
// appointments yet).
QUESTIONS.push(
  {
    name: 'person career',
    query: `query($id: ID!) { person(id: $id) { name career { totalCount edges { node { position { name } start startBound end endBound ended events { kind date } } } } } }`,
    variables: { id: toGlobalId('Person', PERSON) },
  },
  {
    name: 'post succession',
    query: `query($id: ID!) { position(id: $id) { name holderOn(date: "2022-01-01") { person { name } } succession { totalCount edges { node { person { name } start startBound end endBound } } } } }`,
    variables: { id: toGlobalId('Position', POST) },
  },
);

// Issue 14's network questions (decision 0022), on the sample graph analysed as `kg up` does.
const ANALYSIS = await analyseNetwork(graph);
process.stderr.write(`bench:api: kg analyse on the samples took ${ANALYSIS.seconds} s\n`);
QUESTIONS.push(
  {
    name: 'directive diffusion',
    query: `query($c: String!) { document(code: $c) { diffusion { issuedOn bodyCount bodies { edges { node { organization { name } level province firstEvidence lagDays } } } byLevel { level bodies medianLagDays } byProvince { province bodies lagDays } monthly { month bodies cumulative } } } }`,
    variables: { c: '05 ct/tw' },
  },
  {
    name: 'co-participants',
    query: `query($id: ID!) { person(id: $id) { name coParticipants { totalCount edges { node { name } sharedEvents latestDate } } } }`,
    variables: { id: toGlobalId('Person', CHAIR) },
  },
  {
    name: 'body network',
    query: `query($id: ID!) { organization(id: $id) { name network { totalCount edges { node { name } sharedPeople sharedEvents people { name } } } } }`,
    variables: { id: toGlobalId('Organization', BODY) },
  },
  {
    name: 'communities',
    query: `{ communities(first: 10) { totalCount edges { node { rank size people(first: 5) { name centrality { pagerank betweenness } } } } } }`,
    variables: {},
  },
);

// --- the same mix, as the Cypher the resolvers run --------------------------------------------
const Q = (name: string) => cypher(name);
// As the API sends them: totals counted where the question asks totalCount (the two that do
// set it below), at most 100 evidence items folded per edge.
const page = { offset: neo4j.int(0), limit: neo4j.int(20), withTotal: false, evidenceLimit: neo4j.int(100) };
async function run(query: NamedCypher, params: Record<string, unknown>): Promise<Record<string, any>[]> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) =>
      (await tx.run(query.text, params)).records.map((r) => r.toObject()),
    );
  } finally {
    await session.close();
  }
}
const articleIdsOf = (rows: Record<string, any>[]) => [
  ...new Set(
    rows.flatMap((r) =>
      (r.edges ?? []).flatMap((e: any) => (e.evidence ?? []).slice(0, 5).map((x: any) => x.articleId)),
    ),
  ),
];
const articles = (ids: string[]) => run(Q('nodes-by-id'), { label: 'Article', ids });

const RAW: Record<string, () => Promise<unknown>> = {
  search: () =>
    run(Q('search'), {
      indexes: Object.values(SEARCH_INDEXES).map((s) => s.index),
      labels: Object.values(SEARCH_INDEXES).map((s) => s.label),
      query: luceneQuery('pham ngoc thuong'),
      limit: neo4j.int(20),
    }),
  'person positions': async () => {
    await run(Q('nodes-by-id'), { label: 'Person', ids: [PERSON] });
    const rows = await run(Q('person-positions'), { ids: [PERSON], asOf: null, ...page });
    await articles(articleIdsOf(rows));
  },
  'directive implementers': async () => {
    const [doc] = await run(Q('documents-by-code'), { codes: parseDocumentCode('05 ct/tw').codes });
    const ids = [doc!.node.id];
    const [, implementers] = await Promise.all([
      run(Q('document-organizations'), {
        ids,
        relation: 'ISSUED',
        ...page,
        limit: neo4j.int(1),
      }),
      run(Q('document-organizations'), { ids, relation: 'IMPLEMENTS', ...page, withTotal: true }),
    ]);
    await articles(articleIdsOf(implementers));
  },
  'body officials': async () => {
    await run(Q('nodes-by-id'), { label: 'Organization', ids: [BODY] });
    await run(Q('organization-officials'), { ids: [BODY], ...page, withTotal: true });
  },
  'events with participants': async () => {
    const [list] = await run(Q('events-list'), {
      from: '2019-01-01',
      to: '2025-12-31',
      kind: null,
      lowerDate: '2019-01-01',
      afterDate: null,
      afterName: null,
      afterId: null,
      limit: page.limit,
      withTotal: false,
    });
    const ids = (list!.page as any[]).map((e) => e.id);
    await Promise.all([
      run(Q('event-people'), { ids, relation: 'CHAIRED', ...page }),
      run(Q('event-people'), { ids, relation: 'ATTENDED', ...page }),
      run(Q('event-organizers'), { ids, ...page, limit: neo4j.int(1) }),
    ]);
  },
  'person career': async () => {
    await run(Q('nodes-by-id'), { label: 'Person', ids: [PERSON] });
    await run(Q('person-career'), { ids: [PERSON] });
  },
  'post succession': async () => {
    await run(Q('nodes-by-id'), { label: 'Position', ids: [POST] });
    await run(Q('position-succession'), { ids: [POST] });
  },
  connection: async () => {
    const rows = await run(shortestPathsQuery(4), {
      fromLabel: 'Person',
      fromId: CHAIR,
      toLabel: 'Person',
      toId: PERSON,
      first: neo4j.int(10),
    });
    await articles([
      ...new Set(rows.flatMap((r) => r.steps.flatMap((s: any) => s.evidence.map((e: any) => e.articleId)))),
    ]);
  },
};

// Issue 14's network questions as Cypher (decision 0022).
Object.assign(RAW, {
  'directive diffusion': async () => {
    const [doc] = await run(Q('documents-by-code'), { codes: parseDocumentCode('05 ct/tw').codes });
    await run(Q('document-diffusion'), { ids: [doc!.node.id] });
  },
  'co-participants': async () => {
    await run(Q('nodes-by-id'), { label: 'Person', ids: [CHAIR] });
    await run(Q('person-co-participants'), { ids: [CHAIR], from: null, to: null, ...page, withTotal: true });
  },
  'body network': async () => {
    await run(Q('nodes-by-id'), { label: 'Organization', ids: [BODY] });
    await run(Q('organization-network'), { ids: [BODY], ...page, withTotal: true });
  },
  communities: async () => {
    const [list] = await run(Q('communities-list'), {
      afterRank: neo4j.int(0),
      limit: neo4j.int(10),
      withTotal: true,
    });
    const ids = (list!.page as any[]).map((c) => c.id);
    await run(Q('community-members'), { ids, label: 'Person', limit: neo4j.int(5) });
  },
});

// Every question answers, through both paths, before anything is timed.
for (const q of QUESTIONS) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(q),
  });
  const body = await res.json();
  if (body.errors || !body.data)
    throw new Error(`bench:api: "${q.name}" failed through the API: ${JSON.stringify(body.errors)}`);
  await RAW[q.name]!();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function benchCypher(): Promise<{ rps: number; p50: number; p99: number; requests: number }> {
  const latencies: number[] = [];
  const deadline = Date.now() + duration * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const q = QUESTIONS[next++ % QUESTIONS.length]!;
        const t = performance.now();
        await RAW[q.name]!();
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
  };
}

async function benchApi(): Promise<{
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}> {
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    requests: QUESTIONS.map((q) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
    })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

process.stderr.write(
  `bench:api: ${QUESTIONS.length} questions, ${connections} connections, ${duration} s each side\n`,
);
const raw = await benchCypher();
const api = await benchApi();
const f = (n: number) => n.toFixed(1);
process.stdout.write(
  [
    `questions: ${QUESTIONS.map((q) => q.name).join(', ')}`,
    `connections ${connections}, ${duration} s per side, the sample graph (${SAMPLES_DIR}) ingested into the graph of NEO4J_URI or the local one`,
    `raw Cypher: ${f(raw.rps)} req/s, p50 ${f(raw.p50)} ms, p99 ${f(raw.p99)} ms (${raw.requests} requests)`,
    `GraphQL API: ${f(api.rps)} req/s, p50 ${f(api.p50)} ms, p99 ${f(api.p99)} ms (${api.requests} requests, ${api.errors} errors)`,
    `ratio API/Cypher: p50 ${(api.p50 / raw.p50).toFixed(2)}×, p99 ${(api.p99 / raw.p99).toFixed(2)}×, throughput ${(api.rps / raw.rps).toFixed(2)}× (aim: p99 ≤ 1.5×)`,
    '',
  ].join('\n'),
);
await server.close();
await graph.close();
