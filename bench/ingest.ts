// Ingest benchmark: the batched writer (one transaction and one UNWIND statement per kind of row
// per batch) against a naive writer (one auto-commit statement per node and per relationship), on
// an empty database. Prints articles/s and relationships/s of each, their ratio, and the batched
// rate of the first and the last tenth of the run (it should not degrade as the graph grows).
//
//   npm run bench:ingest [-- --articles 4000 --batch-size 100 --naive 30 --warmup 3000 --trace]
//   (--trace prints every batch's milliseconds to stderr)
//
// The corpus: the dev corpus (../shared/corpus/dev, read in place) replicated with varied person
// names, dates and urls, generated in memory. Without NEO4J_URI a local Neo4j is started on its own
// port and data folder (KG_BENCH_NEO4J_PORT, default 7697; .kg/neo4j-bench, wiped first); with
// NEO4J_URI the graph must be empty.
import { emptyGraph, graphCounts, migrate, type Graph } from '../src/db/index.ts';
import { openBenchGraph } from './bench-graph.ts';
import { replicate } from './generated-corpus.ts';
import type { ArticleRecord } from '../ingest/types.ts';
import { extractArticle } from '../ingest/pipeline.ts';
import {
  articleIdOf,
  ingestHashOf,
  personKeysOf,
  resolveArticle,
} from '../ingest/resolve/resolve-article.ts';
import { PersonRegistry } from '../ingest/resolve/person-registry.ts';
import { NO_CURATIONS } from '../ingest/resolve/curation-rules.ts';
import { CLAIM_TYPES } from '../ingest/resolve/resolved-article.ts';
import { mentionRowsOf, writeBatch, type PreparedArticle } from '../ingest/load/write-batch.ts';
import { writeWithRetry } from '../ingest/load/write-with-retry.ts';
import { Q, STRUCTURAL_TYPES } from '../ingest/load/statements.ts';
import { DEFAULT_BATCH_SIZE, EXTRACTOR_VERSION } from '../ingest/run.ts';
import { parseBenchArgs } from './bench-args.ts';

const USAGE = `usage: npm run bench:ingest -- [--articles 4000] [--batch-size ${DEFAULT_BATCH_SIZE}] [--naive 30] [--warmup 3000] [--trace]`;

const { values: args } = parseBenchArgs('bench:ingest', USAGE, {
  articles: { type: 'string', default: '4000' },
  'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
  naive: { type: 'string', default: '30' },
  warmup: { type: 'string', default: '3000' },
  trace: { type: 'boolean', default: false },
});
const ARTICLES = Number(args.articles);
const BATCH = Number(args['batch-size']);
const NAIVE = Number(args.naive);
const WARMUP = Number(args.warmup);

function prepare(records: ArticleRecord[]): PreparedArticle[] {
  return records.map((record) => {
    const { article, extraction } = extractArticle(record);
    const input = { record, article, extraction };
    return {
      input,
      articleId: articleIdOf(record),
      ingestHash: ingestHashOf(input, EXTRACTOR_VERSION),
      personKeys: personKeysOf(extraction),
    };
  });
}

/** One auto-commit statement per node and per relationship: what the batched writer is compared with. */
async function naiveWrite(graph: Graph, articles: PreparedArticle[]): Promise<number> {
  const persons = new PersonRegistry();
  const session = graph.driver.session({ database: graph.database });
  let relationships = 0;
  const one = (q: string, row: unknown) => session.run(q, { rows: [row] });
  try {
    for (const a of articles) {
      const r = resolveArticle(a.input, { persons, curations: NO_CURATIONS, extractor: EXTRACTOR_VERSION });
      await one(Q.mergeArticles, r.article);
      for (const row of r.persons) await one(Q.mergePersons, row);
      for (const row of r.organizations) await one(Q.mergeOrganizations, row);
      for (const row of r.documents) await one(Q.mergeDocuments, row);
      for (const row of r.events) await one(Q.mergeEvents, row);
      for (const row of r.positions) await one(Q.mergePositions, row);
      for (const row of mentionRowsOf(r)) {
        await one(Q.mergeMentions, row);
        relationships++;
      }
      for (const type of CLAIM_TYPES) {
        for (const { key, fromId, toId, ...props } of r.claims[type]) {
          await session.run(Q.naiveClaim[type], { key, fromId, toId, props });
          relationships++;
        }
      }
      for (const type of STRUCTURAL_TYPES) {
        const rows = type === 'OF' ? r.of : type === 'PART_OF' ? r.partOf : r.possiblySame;
        for (const row of rows) {
          await one(Q.mergeStructural[type], row);
          relationships++;
        }
      }
    }
  } finally {
    await session.close();
  }
  return relationships;
}

const rate = (n: number, ms: number): string => (n / (ms / 1000)).toFixed(1);

async function main(): Promise<void> {
  const records = replicate(ARTICLES);
  const t0 = performance.now();
  const prepared = prepare(records);
  const extractMs = performance.now() - t0;
  process.stderr.write(
    `bench:ingest: ${ARTICLES} articles extracted in ${(extractMs / 1000).toFixed(1)} s (not counted below)\n`,
  );

  const { graph, stop } = await openBenchGraph();
  try {
    await migrate(graph);
    // Warm-up (JIT, query plans, the commit path) on copies under other ids, then an empty graph
    // again: the tenths below then measure how the rate changes as the graph grows, not the server
    // warming up.
    const warmup = prepare(
      replicate(WARMUP).map((r) => ({ ...r, id: `warm-${r.id}`, url: `${r.url}/warm` })),
    );
    for (let i = 0; i < warmup.length; i += BATCH) {
      await writeWithRetry(graph, (tx) => writeBatch(tx, warmup.slice(i, i + BATCH), EXTRACTOR_VERSION));
    }
    await emptyGraph(graph);
    // Emptying changed the statistics the cached plans were made with: Neo4j would plan every
    // statement again in the first measured batch (~1.5 s here, then again ~10 s later as the graph
    // grows, which the run keeps). Plan them for the empty graph now, in a transaction rolled back.
    const planSession = graph.driver.session({ database: graph.database });
    try {
      const tx = planSession.beginTransaction();
      await writeBatch(tx, warmup.slice(0, BATCH), EXTRACTOR_VERSION);
      await tx.rollback();
    } finally {
      await planSession.close();
    }

    const tenth = Math.max(1, Math.floor(prepared.length / 10));
    const tenths: { articles: number; ms: number; relationships: number }[] = [];
    let relationships = 0;
    let claims = 0;
    const b0 = performance.now();
    for (let i = 0; i < prepared.length; i += BATCH) {
      const batch = prepared.slice(i, i + BATCH);
      const s = performance.now();
      const outcome = await writeWithRetry(graph, (tx) => writeBatch(tx, batch, EXTRACTOR_VERSION));
      const ms = performance.now() - s;
      if (args.trace) process.stderr.write(`batch ${i / BATCH} ${Math.round(ms)}\n`);
      relationships += outcome.counters.relationshipsCreated;
      claims += outcome.claims;
      // Attribute the batch to the tenth its first article falls in.
      const t = Math.min(9, Math.floor(i / tenth));
      tenths[t] ??= { articles: 0, ms: 0, relationships: 0 };
      tenths[t]!.articles += batch.length;
      tenths[t]!.relationships += outcome.counters.relationshipsCreated;
      tenths[t]!.ms += ms;
    }
    const batchedMs = performance.now() - b0;
    const counts = await graphCounts(graph);

    // The naive writer on a slice of the same corpus under other ids, into the graph just written
    // (its MERGEs find the same indexes the batched writer's did).
    const slice = prepared.slice(0, NAIVE).map((a) => ({
      ...a,
      input: {
        ...a.input,
        record: { ...a.input.record, id: `naive-${a.input.record.id}`, url: `${a.input.record.url}/naive` },
      },
    }));
    const n0 = performance.now();
    const naiveRels = await naiveWrite(graph, slice);
    const naiveMs = performance.now() - n0;

    const batchedRelRate = relationships / (batchedMs / 1000);
    const naiveRelRate = naiveRels / (naiveMs / 1000);
    const first = tenths[0]!;
    const last = tenths[tenths.length - 1]!;
    const firstRate = first.articles / (first.ms / 1000);
    const lastRate = last.articles / (last.ms / 1000);
    const out = [
      `batched writer: ${prepared.length} articles in ${(batchedMs / 1000).toFixed(1)} s (batch ${BATCH}) = ${rate(prepared.length, batchedMs)} articles/s, ${relationships} relationships = ${batchedRelRate.toFixed(0)} relationships/s (${claims} claims)`,
      `naive writer:   ${slice.length} articles in ${(naiveMs / 1000).toFixed(1)} s = ${rate(slice.length, naiveMs)} articles/s, ${naiveRels} relationships = ${naiveRelRate.toFixed(0)} relationships/s`,
      `ratio (relationships/s, batched ÷ naive): ${(batchedRelRate / naiveRelRate).toFixed(1)}×`,
      `first tenth: ${firstRate.toFixed(1)} articles/s; last tenth: ${lastRate.toFixed(1)} articles/s; change ${(((lastRate - firstRate) / firstRate) * 100).toFixed(1)}%`,
      `per tenth (articles/s): ${tenths.map((t) => (t.articles / (t.ms / 1000)).toFixed(1)).join(' ')}`,
      `per tenth (relationships created/s): ${tenths.map((t) => (t.relationships / (t.ms / 1000)).toFixed(0)).join(' ')}`,
      `graph: ${Object.entries(counts.nodes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    ];
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    await stop();
  }
}

await main();
