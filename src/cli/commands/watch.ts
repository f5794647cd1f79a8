// `kg watch [--every 30m]`: kg fetch, again and again, until stopped.
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import { parseDuration, watchSources } from '../../../ingest/fetch/watch.ts';
import { openCommandGraph } from './command-graph.ts';
import {
  FETCH_OPTIONS,
  FETCH_OPTIONS_HELP,
  fetchOptionsFrom,
  formatFetchSummary,
  stopOnSignals,
} from './fetch-options.ts';

const USAGE = `kg watch — kg fetch every interval, until stopped (Ctrl-C or SIGTERM)

Usage: kg watch [--every 30m] [options]

Each round reads every source as kg fetch does and prints its summary. All state is in the graph:
a watcher that is restarted, or whose Neo4j restarts, goes on without losing or repeating work; a
round that cannot reach Neo4j is reported on stderr and tried again at the next interval.

Options:
  --every <time>        time from the start of one round to the start of the next (default 30m)
${FETCH_OPTIONS_HELP}
  -h, --help            this help

Database: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

const command: Command = {
  name: 'watch',
  summary: 'kg fetch every interval (--every 30m) until stopped',
  usage: USAGE,
  async run(argv) {
    const parsed = parseCommandArgs(
      { args: argv, options: { ...FETCH_OPTIONS, every: { type: 'string' } } },
      USAGE,
    );
    const everyMs = parseDuration(parsed.values.every ?? '30m');
    if (everyMs === null)
      throw new UserError(
        `--every ${JSON.stringify(parsed.values.every)} is not a duration: expected e.g. 30m, 2h`,
        2,
      );
    const options = fetchOptionsFrom(parsed.values);
    const graph = await openCommandGraph();
    const stop = stopOnSignals('watch');
    try {
      await watchSources(graph, {
        ...options,
        everyMs,
        signal: stop.signal,
        onProgress: (line) => process.stderr.write(`fetch: ${line}\n`),
        onRound: (round, outcome) => {
          const at = new Date().toISOString();
          if ('error' in outcome)
            process.stderr.write(`watch: round ${round} at ${at} failed: ${outcome.error.message}\n`);
          else if (parsed.values.json)
            process.stdout.write(JSON.stringify({ round, at, ...outcome.summary }) + '\n');
          else process.stdout.write(`round ${round} at ${at}\n${formatFetchSummary(outcome.summary)}\n`);
        },
      });
      return 0;
    } finally {
      stop.release();
      await graph.close();
    }
  },
};
export default command;
