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
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config.ts';
import { openBenchGraph } from './bench-graph.ts';
import { emptyGraph, graphCounts, migrate, type Graph } from '../src/db/index.ts';
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
import { foldDiacritics, nameKey } from '../ingest/text/normalise.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '4000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    naive: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3000' },
    trace: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(args.articles);
const BATCH = Number(args['batch-size']);
const NAIVE = Number(args.naive);
const WARMUP = Number(args.warmup);

const CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpus', 'dev');
// Given-name syllables for the variants: in each copy of the corpus every person gets the last two
// syllables of their name from here and a surname from SURNAMES, a name distinct for every (copy,
// person) up to 10 × 40 × 40 names, so that later tenths of the run meet as many new people as the
// first and the tenths compare the same work on a growing graph.
// prettier-ignore
const SYLLABLES = [
  'An', 'Bảo', 'Bình', 'Chiến', 'Công', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Định',
  'Giang', 'Hà', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khang', 'Khánh', 'Khoa',
  'Lâm', 'Linh', 'Long', 'Lực', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Nhân', 'Phong',
  'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Vinh',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];

function variantName(name: string, index: number, english: boolean): string {
  const n = SYLLABLES.length;
  const pick = (i: number): string => (english ? foldDiacritics(SYLLABLES[i]!) : SYLLABLES[i]!);
  const surname = SURNAMES[Math.floor(index / (n * n)) % SURNAMES.length]!;
  const middle = name.split(' ').slice(1, -2);
  return [
    english ? foldDiacritics(surname) : surname,
    ...middle,
    pick(Math.floor(index / n) % n),
    pick(index % n),
  ].join(' ');
}

function corpus(): { record: ArticleRecord; persons: string[] }[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const record = JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8')) as ArticleRecord;
      const gold = JSON.parse(
        readFileSync(path.join(CORPUS, f.replace(/\.json$/, '.gold.json')), 'utf8'),
      ) as { persons?: { name: string }[] };
      return {
        record,
        persons: (gold.persons ?? []).map((p) => p.name).filter((n) => n.split(' ').length >= 2),
      };
    });
}

function replicate(n: number): ArticleRecord[] {
  const base = corpus();
  // One number per real person of the corpus (Vietnamese and English spellings share it), so that
  // within a copy a person seen in several articles keeps one variant name, as in real news.
  const people = [...new Set(base.flatMap((b) => b.persons.map(nameKey)))].sort();
  const personNumber = new Map(people.map((key, i) => [key, i]));
  return Array.from({ length: n }, (_, i) => {
    const { record, persons } = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    let text = record.text;
    // Longest first, so that "Nguyễn Văn Thể" is renamed before a shorter name inside it.
    for (const name of [...persons].sort((a, b) => b.length - a.length)) {
      const index = copy * people.length + personNumber.get(nameKey(name))!;
      text = text.split(name).join(variantName(name, index, record.language === 'en'));
    }
    const date = new Date(Date.UTC(2015, 0, 1) + ((i * 37) % 3650) * 86_400_000).toISOString().slice(0, 10);
    return { ...record, id: `bench-${i}`, url: `https://bench.kg.invalid/${i}`, publishedAt: date, text };
  });
}

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
