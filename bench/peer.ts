/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON, checked for errors and emptiness only */
// The race (issue 15): the same generated graph served through @neo4j/graphql's generated API
// (type definitions for our labels and relationships: bench/peer/type-defs.graphql) and through
// ours, the same questions with the same page sizes, A/B alternating round by round (which server
// goes first alternates too), on one connection and on eight, our rate limit off. Prints req/s and
// p99 of each and the ratio ours / theirs, and, per question, what @neo4j/graphql cannot express.
// Also, per question and side, the CPU time of this process per request (both servers and the
// client share it; measured on --cpu-samples requests sent one after another, A/B alternating, so
// it holds on a loaded machine where req/s and p99 wait for a core), the Neo4j server's CPU per
// request of each side over the same requests (JMX ProcessCpuTime; decision 0068) and the answer's size.
// Where bench:api's question asks ours for more than the peer's form can return (five evidence
// items per edge with their articles), the shared row asks ours the peer's fields and bench:api's
// question is raced by ours alone in a row of its own (decision 0054), so each row compares answers
// that carry the same data.
// Prints figures; asserts nothing. With --json the last line of stdout is one JSON object
// { articles, nodeFlags, loadAverage, failed, questions: { name: { ours, peer | null, gc, cannot, ourCypherQueries,
// cpuMsPerRequest, neo4jCpuMsPerRequest, answerBytes } } }.
//
//   npm run bench:peer -- [--size 10000] [--duration 5] [--rounds 3] [--cpu-samples 200] [--questions a,b] [--json]
//
// --questions races only the rows named (comma-separated, as printed: "events with participants"),
// so a change to one question is measured before and after without the others' minutes.
//
// The graph: its own local Neo4j (port KG_BENCH_PEER_NEO4J_PORT, default 7699; .kg/neo4j-bench-peer,
// wiped first) with --size generated articles ingested (bench/scale-corpus.ts, as bench:scale), or
// NEO4J_URI: ingested into when empty, raced on as it is when it already holds the generated corpus
// (a store bench:scale left, started with `KG_NEO4J_DATA_DIR=.kg/neo4j-bench kg db start`).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { migrate, openGraph, type Graph } from '../src/db/index.ts';
import { startApiServer, type RunningApiServer } from '../src/api/server.ts';
import { ingestRecords, DEFAULT_BATCH_SIZE } from '../ingest/run.ts';
import { openBenchGraph } from './bench-graph.ts';
import { parseBenchArgs } from './bench-args.ts';
import { benchQuestions, type BenchQuestion } from './questions.ts';
import { scaleCorpus, scaleSubjects } from './scale-corpus.ts';
import { loadFigures, sendLoad, type LoadFigures, type LoadRun } from './load.ts';

const USAGE = `usage: npm run bench:peer -- [--size 10000] [--duration 5] [--rounds 3] [--cpu-samples 200] [--questions "events with participants,…"] [--json] [--batch-size ${DEFAULT_BATCH_SIZE}]`;

const { values: args, fail } = parseBenchArgs('bench:peer', USAGE, {
  size: { type: 'string', default: '10000' },
  duration: { type: 'string', default: '5' },
  rounds: { type: 'string', default: '3' },
  'cpu-samples': { type: 'string', default: '200' },
  questions: { type: 'string' },
  json: { type: 'boolean', default: false },
  'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
});
const wholeNumber = (flag: string, text: string): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1) fail(`--${flag} ${text}: expected a whole number ≥ 1`);
  return n;
};
const SIZE = wholeNumber('size', args.size);
const ROUNDS = wholeNumber('rounds', args.rounds);
const BATCH = wholeNumber('batch-size', args['batch-size']);
const CPU_SAMPLES = wholeNumber('cpu-samples', args['cpu-samples']);
const DURATION = Number(args.duration);
if (!(DURATION > 0)) fail(`--duration ${args.duration}: expected seconds, more than 0`);

// Both servers and the client share this process: its young-generation size (V8's
// --max-semi-space-size, given on node's command line or in NODE_OPTIONS) applies to both sides and
// is printed with the figures. Decision 0083 raced 64 MB against V8's default; its amendment kept
// the default (the quiet race's p99 nearly doubled on both sides at 64 MB).
const SEMI_SPACE = /^--max[-_]semi[-_]space[-_]size\b/;
const V8_FLAGS = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].filter((flag) =>
  SEMI_SPACE.test(flag),
);

const log = (line: string) => process.stderr.write(`bench:peer: ${line}\n`);

/** Every garbage collection of this process (start and duration, ms of performance.now()): decision 0083. */
const gcPauses: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
/** Collections and their pauses during the load runs of one side and connection count, per request answered. */
interface GcFigures {
  perThousand: number;
  msPerRequest: number;
}
function gcFigures(windows: { from: number; to: number; requests: number }[]): GcFigures {
  const inside = gcPauses.filter((g) => windows.some((w) => g.start >= w.from && g.start <= w.to));
  const requests = windows.reduce((sum, w) => sum + w.requests, 0);
  const ms = inside.reduce((sum, g) => sum + g.ms, 0);
  return {
    perThousand: requests ? (inside.length / requests) * 1000 : NaN,
    msPerRequest: requests ? ms / requests : NaN,
  };
}
/** A figure as printed: NaN is a run in which no request finished (a --duration shorter than one answer). */
const f = (n: number) => (Number.isNaN(n) ? 'n/a' : Number.isInteger(n) ? String(n) : n.toFixed(1));
/** A CPU figure in ms as printed; n/a where it could not be measured (the database's, off a managed service). */
const ms = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));

// --- the questions, as each API asks them ----------------------------------------------------------

interface PeerForm {
  /** The same question in @neo4j/graphql's generated API, or null where it cannot be asked. */
  peer: { query: string; variables: Record<string, unknown> } | null;
  /**
   * Ours asking for the fields the peer's form returns, where bench:api's question asks ours for
   * more than the peer can express (evidence with its articles' titles): the shared row races this
   * form, and bench:api's question runs beside it as a row of ours alone (decision 0054).
   */
  ours?: { query: string; variables: Record<string, unknown> };
  /** What our answer has that theirs cannot express (printed beside the figures). */
  cannot: string;
}

/**
 * The claim fields the peer's forms read (articleId sentence start end asOf), asked of ours: one
 * evidence item per edge, the article by its graph id.
 */
const OUR_CLAIM = 'evidence(first: 1) { sentence span { start end } asOf article { graphId } }';
/** The row of bench:api's own question when the shared row asks ours the peer's fields. */
const FULL_FORM = ", bench:api's form";
const FULL_FORM_CANNOT =
  'five evidence items per edge with their articles (title, url, date), folded per (node, relation): @neo4j/graphql lists bare claims (no article title without custom Cypher), so it is not asked';

const CLAIM = 'properties { articleId sentence start end asOf }';
const FOLDING =
  'folded evidence: it lists one edge per claim (per article), so no evidenceCount / firstSeen / lastSeen, and the evidence has no article title without custom Cypher';

/** @neo4j/graphql's form of each of bench:api's questions, same page sizes as ours (20 edges). */
function peerForms(subjects: Awaited<ReturnType<typeof scaleSubjects>>): Record<string, PeerForm> {
  return {
    search: {
      peer: null,
      cannot:
        'accent-free full-text search across types: its filters are per type and match the stored spelling (`contains` is case- and accent-sensitive)',
    },
    // bench:api's question asks ours for more than this form returns (five evidence
    // items with their articles for every post): raced as it is, where ours is the one asked more.
    'person positions': {
      peer: {
        query: `query($id: ID!) { people(where: { id: { eq: $id } }) { name holdsConnection(first: 20) { edges { ${CLAIM} node { name role organization { name } } } } } }`,
        variables: { id: subjects.person },
      },
      cannot: FOLDING,
    },
    'directive implementers': {
      peer: {
        // The code as stored: it has no notion of "05 ct/tw" and "05-CT/TW" being one code.
        query: `query($c: String!) { documents(where: { code: { eq: $c } }) { code issuers(limit: 1) { name } implementedByConnection(first: 20) { totalCount edges { ${CLAIM} node { name } } } } }`,
        variables: { c: '05-CT/TW' },
      },
      ours: {
        query: `query($c: String!) { document(code: $c) { code issuer { name } implementedBy(first: 20) { totalCount edges { node { name } ${OUR_CLAIM} } } } }`,
        variables: { c: subjects.directive },
      },
      cannot: `${FOLDING}; codes typed loosely ("05 ct/tw")`,
    },
    'body officials': {
      peer: {
        // Officials are two hops away (person HOLDS post OF body): it pages holders post by post,
        // not the body's (person, post) pairs as one list, so 20 per post.
        query: `query($id: ID!) { organizations(where: { id: { eq: $id } }) { name positions(limit: 20) { name role holdersConnection(first: 20) { totalCount edges { ${CLAIM} node { name } } } } } }`,
        variables: { id: subjects.body },
      },
      cannot: `${FOLDING}; one list of a body's (person, post) pairs across its posts`,
    },
    'events with participants': {
      peer: {
        query: `query($from: String!, $to: String!) { events(where: { date: { gte: $from, lte: $to } }, sort: [{ date: ASC }, { name: ASC }, { id: ASC }], limit: 20) { name date chairs(limit: 20) { name } attendees(limit: 20) { name } organizers(limit: 1) { name } } }`,
        variables: { from: subjects.from, to: subjects.to },
      },
      cannot: `${FOLDING} (a person who chaired in three articles is listed three times)`,
    },
    connection: {
      peer: null,
      cannot: 'paths: it has no path or shortest-path query in its generated API',
    },
  };
}

/**
 * What is raced: each of bench:api's questions with its peer form. Where the peer's form returns
 * fewer fields than bench:api asks of ours, the shared row asks ours the peer's fields (same data,
 * a fair race) and bench:api's question follows as a row of ours alone.
 */
function raceQuestions(
  questions: BenchQuestion[],
  forms: Record<string, PeerForm>,
): { question: BenchQuestion; form: PeerForm }[] {
  return questions.flatMap((q) => {
    const form = forms[q.name];
    if (!form) throw new Error(`bench:peer has no @neo4j/graphql form of "${q.name}": add one to peerForms`);
    if (!form.ours) return [{ question: q, form }];
    return [
      {
        question: { name: q.name, ...form.ours },
        form: {
          ...form,
          cannot: `${form.cannot}. Ours is asked the fields its form returns (one claim per edge, the article by id), not bench:api's question: that is the row "${q.name}${FULL_FORM}"`,
        },
      },
      { question: { ...q, name: `${q.name}${FULL_FORM}` }, form: { peer: null, cannot: FULL_FORM_CANNOT } },
    ];
  });
}

/**
 * The rows --questions names, or null for all of them. Checked before any graph is opened: a name
 * no row has ends the run with the names there are (they do not depend on the graph's subjects).
 */
function chosenNames(): Set<string> | null {
  if (args.questions === undefined) return null;
  const names = args.questions
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const placeholder = { search: '', person: '', chair: '', body: '', directive: '', from: '', to: '' };
  const rows = raceQuestions(benchQuestions(placeholder), peerForms(placeholder)).map((q) => q.question.name);
  const unknown = names.filter((n) => !rows.includes(n));
  if (names.length === 0 || unknown.length > 0)
    fail(
      `--questions ${args.questions}: ${unknown.length ? `no row named ${unknown.map((n) => `"${n}"`).join(', ')}` : 'no name given'}; the rows are ${rows.map((n) => `"${n}"`).join(', ')}`,
    );
  return new Set(names);
}

// --- the two servers -------------------------------------------------------------------------------

async function startPeerServer(graph: Graph): Promise<{ url: string; close: () => Promise<void> }> {
  const typeDefs = readFileSync(path.join(import.meta.dirname, 'peer', 'type-defs.graphql'), 'utf8');
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver: graph.driver,
    // The events question compares ISO dates, stored as strings; string ranges are opt-in.
    features: { filters: { String: { GTE: true, LTE: true } } },
  });
  const apollo = new ApolloServer({ schema: await neoSchema.getSchema() });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database: graph.database } }),
    }),
  );
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** Asks once and returns the answer (data, extensions); throws on errors or on an answer with nothing in it. */
async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  label: string,
): Promise<any> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await res.json()) as any;
    if (!answer.errors && answer.data) {
      const empty = Object.values(answer.data).every(
        (v) => v === null || (Array.isArray(v) && v.length === 0),
      );
      if (empty)
        throw new Error(`${label}: the answer is empty (${JSON.stringify(answer.data).slice(0, 200)})`);
      return answer;
    }
    // A first execution plans the query (seconds on a busy server): warm-up asks again on a timeout.
    const timedOut = answer.errors?.some((e: any) => e.extensions?.code === 'QUERY_TIMEOUT');
    if (!timedOut || attempt === 3) throw new Error(`${label} failed: ${JSON.stringify(answer.errors)}`);
  }
}

/**
 * The Neo4j server's own CPU time so far (ns, all its threads: JMX `ProcessCpuTime`), or null where
 * the server does not offer it (`dbms.queryJmx` refused, e.g. a managed service). Both servers
 * share the one Neo4j, so its CPU per request of each side is the database's half of the cost —
 * which this process's CPU does not hold (decision 0068: the events page cost the database about
 * 1.5× the peer's while the two processes' CPU was level).
 */
async function neo4jCpuNs(graph: Graph): Promise<number | null> {
  try {
    return await graph.read(async (tx) => {
      const row = (
        await tx.run(
          "CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes RETURN attributes.ProcessCpuTime.value AS ns",
        )
      ).records[0];
      const ns = Number(String(row?.get('ns')));
      return Number.isFinite(ns) ? ns : null;
    });
  } catch {
    return null;
  }
}

/**
 * CPU time per request and the answer's bytes, each side `samples` requests one after another, in
 * blocks of 20 alternating between the sides (A/B), after the warm-up: of this process (both
 * servers and the client) and of the Neo4j server (null where it cannot be read; each block's
 * figure holds one JMX read, the same for both sides).
 */
async function cpuPerRequest(
  graph: Graph,
  sides: { name: 'ours' | 'peer'; url: string; body: string }[],
  samples: number,
): Promise<Record<string, { cpuMs: number; neo4jCpuMs: number | null; bytes: number }>> {
  const spent = Object.fromEntries(
    sides.map((s) => [s.name, { micros: 0, neo4jNs: 0 as number | null, sent: 0, bytes: 0 }]),
  );
  const post = (side: (typeof sides)[number]) =>
    fetch(side.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: side.body,
    }).then((res) => res.text());
  for (let done = 0; done < samples; done += 20) {
    const block = Math.min(20, samples - done);
    for (const side of (done / 20) % 2 === 0 ? sides : [...sides].reverse()) {
      const neo4jBefore = await neo4jCpuNs(graph);
      const before = process.cpuUsage();
      for (let i = 0; i < block; i++) spent[side.name]!.bytes = Buffer.byteLength(await post(side));
      const used = process.cpuUsage(before);
      const neo4jAfter = await neo4jCpuNs(graph);
      const s = spent[side.name]!;
      s.micros += used.user + used.system;
      s.neo4jNs =
        s.neo4jNs === null || neo4jBefore === null || neo4jAfter === null
          ? null
          : s.neo4jNs + neo4jAfter - neo4jBefore;
      s.sent += block;
    }
  }
  return Object.fromEntries(
    Object.entries(spent).map(([name, s]) => [
      name,
      {
        cpuMs: s.micros / 1000 / s.sent,
        neo4jCpuMs: s.neo4jNs === null ? null : s.neo4jNs / 1e6 / s.sent,
        bytes: s.bytes,
      },
    ]),
  );
}

async function articleCount(graph: Graph): Promise<number> {
  return graph.read(async (tx) =>
    Number((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n')),
  );
}

// --- the race --------------------------------------------------------------------------------------

const CHOSEN = chosenNames();
const external = Boolean(process.env.NEO4J_URI?.trim());
const bench = external
  ? await (async () => {
      const graph = await openGraph();
      return { graph, stop: () => graph.close() };
    })()
  : await openBenchGraph({
      port: process.env.KG_BENCH_PEER_NEO4J_PORT || '7699',
      dataDir: '.kg/neo4j-bench-peer',
    });
const { graph } = bench;
let ours: RunningApiServer | null = null;
let peer: Awaited<ReturnType<typeof startPeerServer>> | null = null;
try {
  await migrate(graph);
  let articles = await articleCount(graph);
  if (articles === 0) {
    log(`ingesting ${SIZE} generated articles`);
    const started = performance.now();
    const summary = await ingestRecords(graph, scaleCorpus(0, SIZE), { batchSize: BATCH });
    log(`ingested ${summary.written} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    articles = await articleCount(graph);
  } else {
    log(`racing on the graph as it is: ${articles} articles (--size ignored)`);
  }

  const subjects = await scaleSubjects(graph);
  const questions = raceQuestions(benchQuestions(subjects), peerForms(subjects)).filter(
    (q) => !CHOSEN || CHOSEN.has(q.question.name),
  );
  // The peer has no per-request time limit; ours keeps its 5 s one unless the machine is so loaded
  // that a first execution (planning) passes it: then the question would go unmeasured.
  ours = await startApiServer({
    graph,
    port: 0,
    production: true,
    queryTimeoutMs: 30_000,
    limits: { rateLimit: false },
  });
  await ours.ready; // raced warm, as before decision 0084
  // The dashboard's first integrity check starts when the warm-up ends, and `ready` does not wait
  // for it: a whole-graph pass sharing Neo4j with the first row raced (decision 0088 found 29 s of
  // it at load 15 inside the implementers row). Its first request waits for that check to end.
  for (let tries = 0; tries < 20; tries++) {
    const answer = await fetch(ours.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ integrity(limit: 1) { checkedAt } }' }),
    }).then((res) => res.json() as Promise<{ data?: { integrity?: unknown } }>);
    if (answer.data?.integrity) break;
  }
  peer = await startPeerServer(graph);
  log(`ours at ${ours.url}, @neo4j/graphql at ${peer.url}`);
  const loadAtStart = loadavg().map((n) => n.toFixed(1));
  log(
    `load average ${loadAtStart.join(' ')} (1, 5, 15 min): above ~2 on this 2-core machine, other work shares the cores`,
  );

  interface Side {
    one: LoadFigures;
    eight: LoadFigures;
    /** This process's garbage collections during the side's load runs (both servers and the client share it). */
    gc: { one: GcFigures; eight: GcFigures };
  }
  // Ours reports how many Cypher queries it ran: one for person / organization / document with
  // their relation pages (decision 0032), one per level below and for lists (batched by
  // DataLoaders); @neo4j/graphql compiles each root field into one statement.
  const results: Record<
    string,
    {
      ours: Side;
      peer: Side | null;
      cannot: string;
      ourQueries: number;
      cpu: Record<string, { cpuMs: number; neo4jCpuMs: number | null; bytes: number }>;
    }
  > = {};
  // A question that fails (a timeout on a loaded machine) is reported, and the race goes on.
  const failed: Record<string, string> = {};
  for (const { question: q, form } of questions) {
    try {
      const contenders: { name: 'ours' | 'peer'; url: string; body: string }[] = [
        { name: 'ours', url: ours.url, body: JSON.stringify({ query: q.query, variables: q.variables }) },
      ];
      let ourQueries = 0;
      for (let i = 0; i < 5; i++)
        ourQueries =
          (await ask(ours.url, q.query, q.variables, `ours, "${q.name}"`)).extensions?.usage?.cypherQueries ??
          NaN;
      if (form.peer) {
        for (let i = 0; i < 5; i++)
          await ask(peer.url, form.peer.query, form.peer.variables, `@neo4j/graphql, "${q.name}"`);
        contenders.push({ name: 'peer', url: peer.url, body: JSON.stringify(form.peer) });
      }
      const cpu = await cpuPerRequest(graph, contenders, CPU_SAMPLES);
      const runs = {
        ours: { one: [] as LoadRun[], eight: [] as LoadRun[] },
        peer: { one: [] as LoadRun[], eight: [] as LoadRun[] },
      };
      type Window = { from: number; to: number; requests: number };
      const windows = {
        ours: { one: [] as Window[], eight: [] as Window[] },
        peer: { one: [] as Window[], eight: [] as Window[] },
      };
      for (const [key, connections] of [
        ['one', 1],
        ['eight', 8],
      ] as const) {
        for (let round = 0; round < ROUNDS; round++) {
          // A/B, then B/A: neither side always runs on the cache the other warmed.
          const order = round % 2 === 0 ? contenders : [...contenders].reverse();
          for (const c of order) {
            const from = performance.now();
            const run = await sendLoad(c.url, c.body, connections, DURATION, `${c.name}, "${q.name}"`);
            runs[c.name][key].push(run);
            windows[c.name][key].push({ from, to: performance.now(), requests: run.latencies.length });
          }
        }
      }
      const side = (name: 'ours' | 'peer'): Side => ({
        one: loadFigures(runs[name].one),
        eight: loadFigures(runs[name].eight),
        gc: { one: gcFigures(windows[name].one), eight: gcFigures(windows[name].eight) },
      });
      results[q.name] = {
        ourQueries,
        cpu,
        ours: side('ours'),
        peer: form.peer ? side('peer') : null,
        cannot: form.cannot,
      };
      const r = results[q.name]!;
      log(
        `${q.name}: ours ${f(r.ours.one.rps)} req/s, p99 ${f(r.ours.one.p99)} ms, ${cpu.ours!.cpuMs.toFixed(2)} ms CPU + ${ms(cpu.ours!.neo4jCpuMs)} ms Neo4j CPU` +
          (r.peer
            ? `; @neo4j/graphql ${f(r.peer.one.rps)} req/s, p99 ${f(r.peer.one.p99)} ms, ${cpu.peer!.cpuMs.toFixed(2)} ms CPU + ${ms(cpu.peer!.neo4jCpuMs)} ms Neo4j CPU`
            : '; @neo4j/graphql cannot ask it'),
      );
    } catch (err) {
      failed[q.name] = (err as Error).message;
      log(`${q.name}: not measured — ${failed[q.name]}`);
    }
  }

  const load = loadavg().map((n) => n.toFixed(1));
  const lines = [
    `graph: ${articles} generated articles; ${ROUNDS} rounds of ${DURATION} s per side, per question and per connection count, A/B alternating; load average at start ${loadAtStart.join(' ')}, at end ${load.join(' ')}`,
    `young generation of the process both servers and the client share: ${V8_FLAGS.join(' ') || "V8's default semi-space"}`,
    'CPU ms/request: this process (both servers and the client); Neo4j CPU ms/request: the database server (JMX ProcessCpuTime), n/a where it cannot be read',
    'question | connections | ours req/s | ours p99 ms | @neo4j/graphql req/s | its p99 ms | req/s ours / theirs | p99 ours / theirs | CPU ms/request ours / theirs | Neo4j CPU ms/request ours / theirs | answer bytes ours / theirs',
  ];
  for (const [name, r] of Object.entries(results)) {
    const cpu = (side: string) => r.cpu[side]?.cpuMs.toFixed(2) ?? '—';
    const db = (side: string) => ms(r.cpu[side]?.neo4jCpuMs ?? null);
    const dbRatio = (o: number | null, p: number | null | undefined) =>
      o === null || !p ? '' : ` (${(o / p).toFixed(2)}×)`;
    for (const key of ['one', 'eight'] as const) {
      const o = r.ours[key];
      const p = r.peer?.[key];
      lines.push(
        `${name} | ${key === 'one' ? 1 : 8} | ${f(o.rps)} | ${f(o.p99)} | ` +
          (p
            ? `${f(p.rps)} | ${f(p.p99)} | ${(o.rps / p.rps).toFixed(2)}× | ${(o.p99 / Math.max(p.p99, 1)).toFixed(2)}× | ` +
              `${cpu('ours')} / ${cpu('peer')} (${(r.cpu.ours!.cpuMs / r.cpu.peer!.cpuMs).toFixed(2)}×) | ` +
              `${db('ours')} / ${db('peer')}${dbRatio(r.cpu.ours!.neo4jCpuMs, r.cpu.peer?.neo4jCpuMs)} | ${r.cpu.ours!.bytes} / ${r.cpu.peer!.bytes}`
            : `— | — | @neo4j/graphql cannot express it | — | ${cpu('ours')} / — | ${db('ours')} / — | ${r.cpu.ours!.bytes} / —`),
      );
    }
  }
  lines.push(
    '',
    `Cypher queries per request, ours: ${Object.entries(results)
      .map(([name, r]) => `${name} ${r.ourQueries}`)
      .join(', ')}; @neo4j/graphql: one statement per root field`,
  );
  // Where a slow request's time goes (decision 0083): a request that falls into a collection waits for it.
  lines.push(
    '',
    'garbage collections of this process during the load runs, per 1,000 requests (ms of pause per request), 1 · 8 connections:',
  );
  const gcText = (g: GcFigures) => `${g.perThousand.toFixed(0)} (${g.msPerRequest.toFixed(2)} ms)`;
  for (const [name, r] of Object.entries(results))
    lines.push(
      `- ${name}: ours ${gcText(r.ours.gc.one)} · ${gcText(r.ours.gc.eight)}` +
        (r.peer ? `; @neo4j/graphql ${gcText(r.peer.gc.one)} · ${gcText(r.peer.gc.eight)}` : ''),
    );
  for (const [name, message] of Object.entries(failed)) lines.push(`${name} | not measured: ${message}`);
  lines.push('', 'what @neo4j/graphql cannot express, per question:');
  for (const [name, r] of Object.entries(results))
    lines.push(
      `- ${name}: ${r.peer ? 'asked in its own form; it cannot express ' : 'not asked (it cannot express it); '}${r.cannot}`,
    );
  process.stdout.write(lines.join('\n') + '\n');
  if (args.json) {
    const round1 = (x: LoadFigures) => ({ p50: x.p50, p99: x.p99, rps: Math.round(x.rps * 10) / 10 });
    const gc1 = (g: GcFigures) => ({
      perThousand: Math.round(g.perThousand * 10) / 10,
      msPerRequest: Math.round(g.msPerRequest * 1000) / 1000,
    });
    const gcOf = (side: Side) => ({ one: gc1(side.gc.one), eight: gc1(side.gc.eight) });
    const json = {
      articles,
      nodeFlags: V8_FLAGS,
      loadAverage: { start: loadAtStart.map(Number), end: load.map(Number) },
      failed,
      questions: Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            ours: { one: round1(r.ours.one), eight: round1(r.ours.eight) },
            peer: r.peer ? { one: round1(r.peer.one), eight: round1(r.peer.eight) } : null,
            gc: { ours: gcOf(r.ours), peer: r.peer ? gcOf(r.peer) : null },
            cannot: r.cannot,
            ourCypherQueries: r.ourQueries,
            cpuMsPerRequest: Object.fromEntries(
              Object.entries(r.cpu).map(([side, c]) => [side, Math.round(c.cpuMs * 100) / 100]),
            ),
            neo4jCpuMsPerRequest: Object.fromEntries(
              Object.entries(r.cpu).map(([side, c]) => [
                side,
                c.neo4jCpuMs === null ? null : Math.round(c.neo4jCpuMs * 100) / 100,
              ]),
            ),
            answerBytes: Object.fromEntries(Object.entries(r.cpu).map(([side, c]) => [side, c.bytes])),
          },
        ]),
      ),
    };
    process.stdout.write(JSON.stringify(json) + '\n');
  }
} finally {
  await peer?.close();
  await ours?.close();
  await bench.stop();
}
