/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// API speed: a fixed mix of the questions, sent with autocannon to the GraphQL API serving
// the bundled sample graph, and — in the same run, with the same concurrency and duration — the
// same Cypher the resolvers run for those questions, straight through the driver (level by level,
// the queries of one level in parallel, as the DataLoaders issue them). Prints requests/s and
// p50/p99 latency for both and their ratio (aim: API p99 within 1.5× of raw Cypher p99).
// Then every question, the dashboards' included, alone on one connection for --question-duration
// seconds: p50/p99/req/s each (aim: p99 ≤ 100 ms). With --size N it grows the graph to N times the
// sample's articles with bench:scale's generator and asks every question again: the ratio of each
// p99 to the sample graph's (aim: ≤ 2×). Prints figures; asserts nothing.
//
//   npm run bench:api [-- --duration 10 --connections 8 --question-duration 3 --size 10]
//
// With --size above 1 the graph is the benchmarks' own (bench/bench-graph.ts: a local Neo4j of its
// own, wiped first, or an empty NEO4J_URI), so generated articles never land in a working graph.
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.ts';
import { migrate, openGraph } from '../src/db/index.ts';
import { ingestRecords, runIngest } from '../ingest/run.ts';
import { startApiServer } from '../src/api/server.ts';
import { cypher, type NamedCypher } from '../src/api/cypher.ts';
import { shortestPathsQuery } from '../src/api/paths.ts';
import { toGlobalId } from '../src/api/global-id.ts';
import { luceneQuery } from '../src/api/search-query.ts';
import { parseDocumentCode } from '../src/api/document-code.ts';
import { eventsListParams, SEARCH_INDEXES } from '../src/api/resolvers/query.ts';
import { openBenchGraph } from './bench-graph.ts';
import {
  benchQuestions,
  leadersOnQuestion,
  networkQuestions,
  dashboardQuestions,
  type BenchQuestion,
  type DashboardSubjects,
} from './questions.ts';
import { scaleCorpus } from './scale-corpus.ts';
import { analyseNetwork } from '../src/analytics/network-analysis.ts';
import { parseBenchArgs } from './bench-args.ts';

const USAGE =
  'usage: npm run bench:api -- [--duration 10] [--connections 8] [--question-duration 3] [--size N (≥ 1, times the sample graph)]';
const { values: options } = parseBenchArgs('bench:api', USAGE, {
  duration: { type: 'string', default: '10' },
  connections: { type: 'string', default: '8' },
  'question-duration': { type: 'string', default: '3' },
  size: { type: 'string', default: '1' },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const questionDuration = Number(options['question-duration']);
const sizeFactor = Number(options.size);
if (!(duration > 0) || !(connections >= 1) || !(questionDuration > 0)) {
  process.stderr.write(
    `bench:api: --duration, --question-duration (seconds) and --connections must be positive numbers\n${USAGE}\n`,
  );
  process.exit(2);
}
if (!Number.isInteger(sizeFactor) || sizeFactor < 1) {
  process.stderr.write(`bench:api: --size ${options.size}: expected a whole number ≥ 1\n${USAGE}\n`);
  process.exit(2);
}

const SAMPLES_DIR = path.join(projectRoot, 'samples', 'articles');
const PERSON = 'person:le-quoc-phong';
const CHAIR = 'person:pham-minh-chinh';
const BODY = 'org:tinh-uy-dong-thap';
const POST = 'position:bi-thu@tinh-uy-dong-thap';

const bench = sizeFactor > 1 ? await openBenchGraph() : null;
const graph = bench?.graph ?? (await openGraph(loadConfig()));
await migrate(graph);
// A failure must not leave the benchmark's own Neo4j running.
process.on('uncaughtException', (err) => {
  process.stderr.write(`bench:api: ${err.stack ?? err}\n`);
  void (bench ? bench.stop() : graph.close()).finally(() => process.exit(1));
});
const sampleArticles = (await runIngest(graph, [SAMPLES_DIR])).read;
const server = await startApiServer({ graph, port: 0, production: true, limits: { rateLimit: false } });
await server.ready; // warm and past the first integrity check (decisions 0084, 0083)

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

// Dashboards (decision 0023): subjects found in the sample graph and in the generated one alike.
const DASHBOARD_SUBJECTS: DashboardSubjects = {
  province: 'Đồng Tháp',
  directive: '05-CT/TW',
  role: 'Bí thư',
  from: '2019-01-01',
  to: '2025-12-31',
  year: 2024,
};

// Issue 14's network questions (decision 0022), on the sample graph analysed as `kg up` does.
const ANALYSIS = await analyseNetwork(graph);
process.stderr.write(`bench:api: kg analyse on the samples took ${ANALYSIS.seconds} s\n`);
QUESTIONS.push(...networkQuestions({ directive: '05 ct/tw', person: CHAIR, body: BODY }), {
  name: 'communities',
  query: `{ communities(first: 10) { totalCount edges { node { rank size people(first: 5) { name centrality { pagerank betweenness } } } } } }`,
  variables: {},
});

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
    const [list] = await run(
      Q('events-list'),
      eventsListParams(
        { from: '2019-01-01', to: '2025-12-31', kind: null },
        null,
        page.limit.toNumber(),
        false,
      ),
    );
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
  await askOnce(q);
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
    `connections ${connections}, ${duration} s per side, the sample graph (${SAMPLES_DIR}) ingested into ${bench ? "the benchmarks' own graph (bench-graph.ts)" : 'the graph of NEO4J_URI or the local one'}`,
    `raw Cypher: ${f(raw.rps)} req/s, p50 ${f(raw.p50)} ms, p99 ${f(raw.p99)} ms (${raw.requests} requests)`,
    `GraphQL API: ${f(api.rps)} req/s, p50 ${f(api.p50)} ms, p99 ${f(api.p99)} ms (${api.requests} requests, ${api.errors} errors)`,
    `ratio API/Cypher: p50 ${(api.p50 / raw.p50).toFixed(2)}×, p99 ${(api.p99 / raw.p99).toFixed(2)}×, throughput ${(api.rps / raw.rps).toFixed(2)}× (aim: p99 ≤ 1.5×)`,
    '',
  ].join('\n'),
);

// --- Dashboards and every question alone, on one connection; then on a graph --size times larger ---
// Analytics fields asked only alone (decision 0033: every issue-14 field has a p99 here), not in the mix.
const ALONE_ONLY: BenchQuestion[] = [
  leadersOnQuestion(BODY, '2022-01-01'),
  {
    name: 'person centrality',
    query: `query($id: ID!) { person(id: $id) { name centrality { pagerank betweenness degree community { rank size } } } }`,
    variables: { id: toGlobalId('Person', CHAIR) },
  },
];
const EVERY_QUESTION = [...QUESTIONS, ...ALONE_ONLY, ...dashboardQuestions(DASHBOARD_SUBJECTS)];

interface QuestionFigures {
  p50: number;
  p99: number;
  rps: number;
}

async function askAlone(q: BenchQuestion): Promise<QuestionFigures> {
  for (let i = 0; i < 5; i++) await askOnce(q);
  const result = await autocannon({
    url: server.url,
    connections: 1,
    duration: questionDuration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  if (result.errors + result.non2xx > 0)
    throw new Error(`bench:api: "${q.name}": ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

async function askOnce(q: BenchQuestion, attempts = 3): Promise<void> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[]; data?: unknown };
  if (body.errors || !body.data) {
    // A first execution plans the query, seconds on a busy machine: untimed, so it may ask again.
    if (attempts > 1 && body.errors?.some((e) => e.extensions?.code === 'QUERY_TIMEOUT'))
      return askOnce(q, attempts - 1);
    throw new Error(`bench:api: "${q.name}" failed through the API: ${JSON.stringify(body.errors)}`);
  }
}

async function everyQuestionAlone(label: string): Promise<Map<string, QuestionFigures>> {
  const figures = new Map<string, QuestionFigures>();
  for (const q of EVERY_QUESTION) {
    const measured = await askAlone(q);
    figures.set(q.name, measured);
    process.stderr.write(`bench:api: ${label}, ${q.name}: p99 ${measured.p99} ms\n`);
  }
  return figures;
}

const articleCount = async () =>
  graph.read(async (tx) =>
    Number((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n')),
  );
const sampleFigures = await everyQuestionAlone('sample graph');
const sampleSize = await articleCount();
let largerFigures: Map<string, QuestionFigures> | null = null;
let largerSize = sampleSize;
if (sizeFactor > 1) {
  const generated = (sizeFactor - 1) * sampleArticles;
  process.stderr.write(`bench:api: adding ${generated} generated articles (bench/scale-corpus.ts)\n`);
  const summary = await ingestRecords(graph, scaleCorpus(0, generated));
  if (summary.written !== generated)
    throw new Error(`bench:api: ingest wrote ${summary.written} of ${generated} generated articles`);
  largerSize = await articleCount();
  // Communities and centrality of the larger graph, as `kg ingest --analyse` would leave them.
  const larger = await analyseNetwork(graph);
  process.stderr.write(`bench:api: kg analyse on the ${sizeFactor}× graph took ${larger.seconds} s\n`);
  largerFigures = await everyQuestionAlone(`${sizeFactor}× graph`);
}

const verdict = (p99: number) => (p99 <= 100 ? 'ok' : 'over 100 ms');
const rows = EVERY_QUESTION.map((q) => {
  const small = sampleFigures.get(q.name)!;
  const cells = [q.name, f(small.p50), f(small.p99), f(small.rps), verdict(small.p99)];
  if (largerFigures) {
    const large = largerFigures.get(q.name)!;
    const ratio = large.p99 / small.p99;
    cells.push(
      f(large.p50),
      f(large.p99),
      f(large.rps),
      `${ratio.toFixed(2)}× ${ratio <= 2 ? 'ok' : 'over 2×'}`,
    );
  }
  return cells.join(' | ');
});
process.stdout.write(
  [
    '',
    `every question alone, one connection, ${questionDuration} s each: sample graph (${sampleSize} articles)` +
      (largerFigures
        ? ` and ${sizeFactor}× (${largerSize} articles: the sample + bench:scale's generator)`
        : ''),
    'question | p50 ms | p99 ms | req/s | p99 ≤ 100 ms' +
      (largerFigures ? ` | ${sizeFactor}× p50 ms | p99 ms | req/s | p99 ratio (aim ≤ 2×)` : ''),
    ...rows,
    '',
  ].join('\n'),
);

await server.close();
if (bench) await bench.stop();
else await graph.close();
