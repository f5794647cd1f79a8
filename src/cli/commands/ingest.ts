// `kg ingest <files|folders|->`: extract, resolve and write articles to Neo4j, batch by batch.
import cliProgress from 'cli-progress';
import type { Command } from '../command.ts';
import { integerOption, parseCommandArgs, UserError } from '../command.ts';
import {
  DEFAULT_BATCH_SIZE,
  runIngest,
  type IngestProgress,
  type IngestSummary,
} from '../../../ingest/run.ts';
import { formatCensus, graphCensus } from '../../../ingest/load/graph-census.ts';
import { openCommandGraph } from './command-graph.ts';
import { boundHeapGrowth, INGEST_HEAP_GROWING_PERCENT } from '../heap-growth.ts';

const USAGE = `kg ingest — extract articles and write them to Neo4j (idempotent: safe to rerun)

Usage: kg ingest [options] <file|folder|->...

Inputs: JSON Lines (.jsonl), JSON (.json, one record or an array), .txt and .html files; folders
are read recursively; '-' reads JSON Lines from standard input.

Options:
  --batch-size <n>   articles per write transaction (default ${DEFAULT_BATCH_SIZE})
  --json             print the summary as JSON on stdout
  --analyse          then recompute communities and centrality (kg analyse; decision 0022)
  -h, --help         this help

An article already in the graph with the same content and extraction is left alone; a changed
one (same url, new text) has its claims replaced. Progress goes to stderr; the summary to stdout.
Exit status: 0 when at least one article was written or found unchanged, 1 when nothing could be.
Memory: the heap may grow ${INGEST_HEAP_GROWING_PERCENT} % past its live set between full collections
(docs/ingest.md); NODE_OPTIONS=--max-old-space-size=<MB> sets a cap of your own instead.
Database: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

function progressReporter(): { update(p: IngestProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    // The number of records is unknown while a stream is read, so the bar grows with what was read.
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format:
          'ingest [{bar}] {value} read · {written} written · {unchanged} unchanged · {skipped} skipped · batch {batches}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1, 0, { written: 0, unchanged: 0, skipped: 0, batches: 0 });
    let stopped = false;
    return {
      update: (p) => {
        bar.setTotal(Math.max(p.read, 1));
        bar.update(p.read, {
          written: p.written,
          unchanged: p.unchanged,
          skipped: p.skipped,
          batches: p.batches,
        });
      },
      stop: () => {
        if (stopped) return;
        stopped = true;
        bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (p.batches === last) return;
      last = p.batches;
      process.stderr.write(
        `ingest: batch ${p.batches}: ${p.read} read, ${p.written} written, ${p.unchanged} unchanged, ${p.skipped} skipped\n`,
      );
    },
    stop: () => {},
  };
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `articles read: ${s.read}`,
    `  written: ${s.written} (${s.created} new, ${s.replaced} changed and replaced)`,
    `  unchanged: ${s.unchanged}`,
    `  skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `    - ${k.reason}`),
    `nodes created: ${s.nodesCreated}, deleted: ${s.nodesDeleted}`,
    `relationships created: ${s.relationshipsCreated}, deleted: ${s.relationshipsDeleted}`,
    `claims written: ${s.claims}${s.droppedRelations ? ` (${s.droppedRelations} extracted relations had no endpoint to attach to)` : ''}`,
    `batches: ${s.batches} in ${s.seconds.toFixed(1)} s`,
  ];
  return lines.join('\n');
}

const command: Command = {
  name: 'ingest',
  summary: 'extract articles from files, folders or stdin and write them to Neo4j',
  usage: USAGE,
  async run(argv) {
    const parsed = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          'batch-size': { type: 'string' },
          json: { type: 'boolean', default: false },
          analyse: { type: 'boolean', default: false },
        },
      },
      USAGE,
    );
    const inputs = parsed.positionals;
    if (inputs.length === 0)
      throw new UserError("no input given: name files, folders or '-' for stdin (kg ingest --help)", 2);
    const batchSize =
      integerOption('batch-size', parsed.values['batch-size'], 1, 10_000) ?? DEFAULT_BATCH_SIZE;
    // Garbage between full collections is most of the peak RSS of a long run (decision 0055).
    boundHeapGrowth(INGEST_HEAP_GROWING_PERCENT);
    const graph = await openCommandGraph();
    const progress = progressReporter();
    try {
      const summary = await runIngest(graph, inputs, { batchSize, onProgress: (p) => progress.update(p) });
      progress.stop();
      const census = await graphCensus(graph);
      if (parsed.values.json) process.stdout.write(JSON.stringify({ ...summary, graph: census }) + '\n');
      else process.stdout.write(`${formatSummary(summary)}\ngraph now holds\n${formatCensus(census)}\n`);
      if (parsed.values.analyse && summary.written > 0) {
        const { analyseNetwork } = await import('../../analytics/network-analysis.ts');
        const run = await analyseNetwork(graph, {
          onProgress: (message) => process.stderr.write(`kg ingest: analyse: ${message}\n`),
        });
        process.stderr.write(
          `kg ingest: analysis ${run.version}: ${run.communities} communities over ${run.people} people and ${run.organizations} bodies\n`,
        );
      }
      if (summary.read === 0) {
        process.stderr.write(
          'kg ingest: the inputs held no records; check the paths and file types (kg ingest --help)\n',
        );
        return 1;
      }
      return summary.written + summary.unchanged > 0 ? 0 : 1;
    } finally {
      progress.stop();
      await graph.close();
    }
  },
};
export default command;
