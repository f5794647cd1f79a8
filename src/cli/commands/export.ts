// `kg export`: the graph in FollowTheMoney, GraphML, CSV (neo4j-admin import) or the jsonl snapshot,
// streamed page by page (src/export/), progress on stderr.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.ts';
import { integerOption, parseCommandArgs, UserError } from '../command.ts';
import { GraphReader } from '../../api/graph-reader.ts';
import { neo4jAdminImportArgs } from '../../export/csv.ts';
import { EXPORT_FORMATS, isExportFormat, runExport, type ExportProgress } from '../../export/export-graph.ts';
import { DEFAULT_PAGE_SIZE, EXPORT_LABELS, parseLabels, parseSince } from '../../export/graph-pages.ts';
import { directorySinks, streamSink, type TextSink } from '../../export/sink.ts';
import { openCommandGraph } from './command-graph.ts';

const USAGE = `kg export — the graph in another format, for other tools

Usage:
  kg export --format ftm|graphml|csv|jsonl [--out PATH] [--since DATE] [--types LIST] [--page-size N]

Formats (docs/exports.md):
  ftm      FollowTheMoney entities as JSON lines, for Aleph / OpenAleph (ids stable across exports)
  graphml  GraphML for Gephi and networkx: node and edge types as attributes, evidence counts as
           edge weights, first and last seen as edge dates
  csv      one file per node label and relationship type, with the headers
           'neo4j-admin database import full' reads (the command is printed at the end)
  jsonl    the lossless snapshot: every node, claim with its evidence, mention and curation, and
           (without --since and --types) kg fetch's feeds and kg analyse's results;
           'kg import' loads it into an empty graph

Options:
  --out PATH      a file (ftm, graphml, jsonl; default: stdout) or a new or empty folder (csv, required).
                  A file is written as PATH.partial and renamed when complete.
  --since DATE    YYYY-MM-DD: only articles published and claims dated on or after DATE, the entities
                  they mention or link, and the links between those (undated ones are left out)
  --types LIST    comma-separated node labels to keep (${EXPORT_LABELS.join(', ')});
                  relationships are kept when both ends are
  --page-size N   nodes per read (default ${DEFAULT_PAGE_SIZE}), each with all its relationships
Read-only. Progress on stderr. Exit 2 on a usage error.`;

/** A whole-graph page may take a while on a large graph; a request's 5 s budget is the server's. */
const PAGE_BUDGET_MS = 5 * 60_000;

function pageSize(raw: string | undefined): number {
  return integerOption('page-size', raw, 1, 100_000) ?? DEFAULT_PAGE_SIZE;
}

function progressLine(format: string): (p: ExportProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    process.stderr.write(`kg export ${format}: ${p.nodes} nodes, ${p.relationships} relationships read\n`);
  };
}

function usageError(err: unknown): never {
  if (err instanceof RangeError) throw new UserError(err.message, 2);
  throw err;
}

function prepareFolder(dir: string): void {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory())
      throw new UserError(`--out ${dir} is a file; the CSV export needs a folder`, 2);
    if (fs.readdirSync(dir).length > 0) {
      throw new UserError(
        `--out ${dir} is not empty; give the CSV export a new or empty folder (nothing is overwritten)`,
        2,
      );
    }
  } else {
    fs.mkdirSync(dir, { recursive: true });
  }
}

const command: Command = {
  name: 'export',
  summary: 'write the graph as FollowTheMoney, GraphML, CSV (neo4j-admin) or the jsonl snapshot',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: false,
        options: {
          format: { type: 'string' },
          out: { type: 'string' },
          since: { type: 'string' },
          types: { type: 'string' },
          'page-size': { type: 'string' },
        },
      },
      USAGE,
    );
    const format = values.format;
    if (!format || !isExportFormat(format)) {
      throw new UserError(
        `${format ? `--format ${JSON.stringify(format)} is not known` : '--format is required'}: expected one of ${EXPORT_FORMATS.join(', ')}\n\n${USAGE}`,
        2,
      );
    }
    let selection;
    try {
      selection = {
        since: parseSince(values.since),
        labels: parseLabels(values.types),
        pageSize: pageSize(values['page-size']),
      };
    } catch (err) {
      usageError(err);
    }
    if (format === 'csv' && !values.out)
      throw new UserError('--out FOLDER is required for csv (a file per label and type)', 2);

    const out = values.out ? path.resolve(values.out) : null;
    let partial: string | null = null;
    let output: Parameters<typeof runExport>[0]['output'];
    if (format === 'csv') {
      prepareFolder(out!);
      output = { files: directorySinks(out!) };
    } else if (out) {
      partial = `${out}.partial`;
      output = { sink: streamSink(fs.createWriteStream(partial)) };
    } else {
      output = { sink: streamSink(process.stdout, { close: false }) as TextSink };
    }

    const graph = await openCommandGraph();
    const started = Date.now();
    try {
      process.stderr.write(`kg export ${format}: reading ${graph.uri}\n`);
      const result = await runExport({
        format,
        selection: selection!,
        read: (query, params) => new GraphReader(graph, PAGE_BUDGET_MS).rows(query, params),
        output,
        onProgress: progressLine(format),
      });
      if (partial && out) fs.renameSync(partial, out);
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(
        `kg export ${format}: ${result.nodes} nodes, ${result.relationships} relationships read; ` +
          `${result.records} records written${out ? ` to ${out}` : ''} in ${seconds.toFixed(1)} s\n`,
      );
      if (format === 'csv') {
        const args = neo4jAdminImportArgs(result.files.map((f) => path.join(out!, f)));
        process.stderr.write(`load it into an empty Neo4j with:\n  neo4j-admin ${args.join(' ')}\n`);
      }
    } catch (err) {
      if (partial) fs.rmSync(partial, { force: true });
      throw err;
    } finally {
      await graph.close();
    }
    return 0;
  },
};
export default command;
