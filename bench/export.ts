// Export benchmark: every format of kg export on a generated graph ten times the dev corpus's (the
// dev corpus replicated with its own people, dates and urls: generated-corpus.ts). Prints, for each
// format, nodes read per second, records written per second ("entities": FtM entities, GraphML nodes
// and edges, CSV rows, snapshot lines) and the peak RSS of the process that exported, each format in
// a fresh process so one's heap does not count against another's.
//
//   npm run bench:export [-- --copies 10 --page-size 500]
//
// Without NEO4J_URI a local Neo4j is started on its own port and data folder (KG_BENCH_NEO4J_PORT,
// default 7698; .kg/neo4j-bench-export, wiped first); with NEO4J_URI the graph must be empty.
import { execFile } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, projectRoot } from '../src/config.ts';
import { graphCounts, migrate, openGraph } from '../src/db/index.ts';
import { GraphReader } from '../src/api/graph-reader.ts';
import { EXPORT_FORMATS, isExportFormat, runExport } from '../src/export/export-graph.ts';
import { directorySinks, streamSink } from '../src/export/sink.ts';
import { ingestRecords } from '../ingest/run.ts';
import { corpus, replicate } from './generated-corpus.ts';
import { openBenchGraph } from './bench-graph.ts';
import { parseBenchArgs } from './bench-args.ts';

const USAGE = 'usage: npm run bench:export -- [--copies 10] [--page-size 500]';

const { values: args } = parseBenchArgs('bench:export', USAGE, {
  copies: { type: 'string', default: '10' },
  'page-size': { type: 'string', default: '500' },
  child: { type: 'string' },
  out: { type: 'string' },
});
const PAGE_SIZE = Number(args['page-size']);
const BENCH_PORT = process.env.KG_BENCH_NEO4J_PORT || '7698';
const BENCH_DIR = '.kg/neo4j-bench-export';

interface ChildResult {
  format: string;
  nodes: number;
  relationships: number;
  records: number;
  ms: number;
  maxRssMb: number;
}

/** One format, in this process: what the parent spawns. */
async function exportOne(format: string, out: string): Promise<void> {
  if (!isExportFormat(format)) throw new Error(`unknown format ${format}`);
  const graph = await openGraph(
    loadConfig({ ...process.env, KG_NEO4J_PORT: BENCH_PORT, KG_NEO4J_DATA_DIR: BENCH_DIR }),
  );
  try {
    const started = performance.now();
    const result = await runExport({
      format,
      read: (query, params) => new GraphReader(graph, 300_000).rows(query, params),
      selection: { since: null, labels: null, pageSize: PAGE_SIZE },
      output:
        format === 'csv' ? { files: directorySinks(out) } : { sink: streamSink(createWriteStream(out)) },
    });
    const child: ChildResult = {
      format,
      nodes: result.nodes,
      relationships: result.relationships,
      records: result.records,
      ms: performance.now() - started,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(child) + '\n');
  } finally {
    await graph.close();
  }
}

function sizeOf(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, f) => sum + statSync(path.join(target, f)).size, 0);
}

async function main(): Promise<void> {
  const articles = corpus().length * Number(args.copies);
  const { graph, stop } = await openBenchGraph({ port: BENCH_PORT, dataDir: BENCH_DIR });
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-export-'));
  try {
    await migrate(graph);
    const i0 = performance.now();
    const summary = await ingestRecords(graph, replicate(articles));
    process.stderr.write(
      `bench:export: ${summary.written} generated articles ingested in ${((performance.now() - i0) / 1000).toFixed(1)} s (not counted)\n`,
    );
    const counts = await graphCounts(graph);
    const run = promisify(execFile);
    const lines: string[] = [];
    // One unmeasured export first: Neo4j plans the page queries and fills its page cache once, so the
    // first format measured does not pay for every format.
    for (const format of ['warm-up', ...EXPORT_FORMATS] as const) {
      const out = path.join(work, format === 'csv' ? 'csv' : `graph.${format}`);
      if (format === 'csv') mkdirSync(out);
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/export.ts',
          '--child',
          format,
          '--out',
          out,
          '--page-size',
          String(PAGE_SIZE),
        ],
        { cwd: projectRoot, env: { ...process.env, KG_LOG_LEVEL: 'warn' }, maxBuffer: 16 * 1024 * 1024 },
      );
      const r = JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
      if (format === 'warm-up') continue;
      const seconds = r.ms / 1000;
      const bytes = sizeOf(out);
      lines.push(
        `${format.padEnd(8)} ${r.nodes} nodes, ${r.relationships} relationships read; ${r.records} records (entities) in ${seconds.toFixed(1)} s = ` +
          `${(r.records / seconds).toFixed(0)} entities/s, ${(r.nodes / seconds).toFixed(0)} nodes/s; ` +
          `${(bytes / 1024 / 1024).toFixed(1)} MB written; peak RSS ${r.maxRssMb.toFixed(0)} MB`,
      );
    }
    process.stdout.write(
      [
        `graph (${args.copies}× the dev corpus, ${articles} articles): ${Object.entries(counts.nodes)
          .filter(([k]) => k !== 'SchemaMigration')
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; ${Object.values(counts.relationships).reduce((a, b) => a + b, 0)} relationships`,
        `page size ${PAGE_SIZE}`,
        ...lines,
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    await stop();
  }
}

if (args.child) await exportOne(args.child, args.out!);
else await main();
