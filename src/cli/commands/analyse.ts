// `kg analyse`: communities (Louvain), PageRank and betweenness of the co-attendance and post graph,
// computed in Node (src/analytics/network-analysis.ts) and stored on the nodes with the run's
// version, for `Person.centrality`, `Organization.centrality` and `communities` (decision 0022).
import type { Command } from '../command.ts';
import { integerOption, parseCommandArgs } from '../command.ts';
import { analyseNetwork, type AnalysisRun } from '../../analytics/network-analysis.ts';
import { openCommandGraph } from './command-graph.ts';

const USAGE = `kg analyse — communities and centrality of the co-attendance and post graph

Usage:
  kg analyse [--json] [--page-size N] [--batch-size N] [--no-betweenness]

Reads every person with the people they met at events (a link weighted by the number of events
both chaired or attended) and the bodies whose posts they held, finds communities (Louvain) and
computes PageRank and betweenness, and stores them on the people and bodies with the run's
version (the API's Person.centrality, Organization.centrality, communities, networkAnalysis).
Ingest does not update them: run it again after ingesting, or ingest with 'kg ingest --analyse'
(docs/decisions/0022-network-analytics.md).
  --json            print the run's record as one JSON document
  --page-size N     people read per query (default 2000)
  --batch-size N    nodes written per transaction (default 1000)
  --no-betweenness  skip betweenness (the slowest measure on a large graph; stored as 0)
Results on stdout, progress on stderr. Exit 2 on a usage error.`;

export function formatRun(run: AnalysisRun): string {
  return (
    [
      `analysis ${run.version} at ${run.computedAt} (${run.seconds} s)`,
      `  people         ${run.people}`,
      `  bodies         ${run.organizations}`,
      `  links          ${run.links}`,
      `  communities    ${run.communities}`,
      `  modularity     ${run.modularity.toFixed(3)}`,
    ].join('\n') + '\n'
  );
}

const command: Command = {
  name: 'analyse',
  summary: 'communities (Louvain), PageRank and betweenness of who meets whom, stored on the nodes',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: false,
        options: {
          json: { type: 'boolean', default: false },
          'page-size': { type: 'string' },
          'batch-size': { type: 'string' },
          'no-betweenness': { type: 'boolean', default: false },
        },
      },
      USAGE,
    );
    const pageSize = integerOption('page-size', values['page-size'], 1, 100_000) ?? 2_000;
    const batchSize = integerOption('batch-size', values['batch-size'], 1, 100_000) ?? 1_000;
    const graph = await openCommandGraph();
    let run: AnalysisRun;
    try {
      process.stderr.write(`kg analyse: reading the co-attendance and post graph from ${graph.uri}\n`);
      run = await analyseNetwork(graph, {
        pageSize,
        batchSize,
        betweenness: !values['no-betweenness'],
        onProgress: (message) => process.stderr.write(`kg analyse: ${message}\n`),
      });
    } finally {
      await graph.close();
    }
    process.stdout.write(values.json ? JSON.stringify(run) + '\n' : formatRun(run));
    return 0;
  },
};
export default command;
