// `kg import <snapshot.jsonl>`: loads a graph snapshot (kg export --format jsonl) into an empty graph.
import fs from 'node:fs';
import type { Command } from '../command.ts';
import { integerOption, parseCommandArgs, UserError } from '../command.ts';
import { graphNodeCount, importSnapshot, SnapshotError } from '../../../ingest/load/snapshot.ts';
import { openCommandGraph } from './command-graph.ts';

const USAGE = `kg import — load a graph snapshot into an empty graph

Usage:
  kg import <snapshot.jsonl> [--batch-size N]

Loads what 'kg export --format jsonl' wrote — every node, claim with its evidence, mention and
curation, property types included — so the graph is the one exported. The graph must be empty (it
refuses otherwise: 'kg db reset --yes' empties the local one, or point NEO4J_URI at an empty
database). The file is read twice (nodes, then relationships), so it must be a file, not stdin.
Progress on stderr, the counts on stdout. Exit 2 on a usage error.`;

const command: Command = {
  name: 'import',
  summary: 'load a jsonl graph snapshot (kg export --format jsonl) into an empty graph',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      { args: argv, allowPositionals: true, options: { 'batch-size': { type: 'string' } } },
      USAGE,
    );
    if (positionals.length !== 1) throw new UserError(`give one snapshot file\n\n${USAGE}`, 2);
    const file = positionals[0]!;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UserError(`${file}: no such file`, 2);
    const batchSize = integerOption('batch-size', values['batch-size'], 1, 100_000) ?? 2000;
    const graph = await openCommandGraph();
    try {
      const existing = await graphNodeCount(graph);
      if (existing > 0) {
        throw new UserError(
          `the graph at ${graph.uri} already holds ${existing} nodes; kg import loads into an empty graph only ` +
            `(nothing was written). Empty it first ('kg db reset --yes' for the local one) or point NEO4J_URI at an empty database.`,
        );
      }
      let last = 0;
      const result = await importSnapshot(graph, file, {
        batchSize,
        onProgress: (p) => {
          if (Date.now() - last < 1000) return;
          last = Date.now();
          process.stderr.write(`kg import: ${p.nodes} nodes, ${p.relationships} relationships written\n`);
        },
      });
      process.stdout.write(`nodes: ${result.nodes}\nrelationships: ${result.relationships}\n`);
    } catch (err) {
      if (err instanceof SnapshotError) {
        const loaded = await graphNodeCount(graph);
        throw new UserError(
          loaded === 0
            ? `${err.message}. Nothing was written.`
            : `${err.message}. The graph holds the ${loaded} nodes loaded before the error; 'kg db reset --yes' empties it.`,
        );
      }
      throw err;
    } finally {
      await graph.close();
    }
    return 0;
  },
};
export default command;
