// `kg fetch [--once]`: read every source once and ingest its new and changed articles.
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../command.ts';
import { runFetch } from '../../../ingest/fetch/run-fetch.ts';
import { openCommandGraph } from './command-graph.ts';
import {
  FETCH_OPTIONS,
  FETCH_OPTIONS_HELP,
  fetchOptionsFrom,
  formatFetchSummary,
  stopOnSignals,
} from './fetch-options.ts';

const USAGE = `kg fetch — read every source once (kg sources) and ingest new and changed articles

Usage: kg fetch [--once] [options]

Feeds and sitemaps are asked for conditionally (ETag, Last-Modified: unchanged ones cost a 304);
items read before and unchanged in their feed are not fetched again; each new item's page is read
(article body, canonical address, date, language) and goes through the same ingest as kg ingest.
An edited article is re-ingested as a new version. One source failing never stops the others.
Stopped (Ctrl-C, or killed) at any point, the next run goes on without losing or repeating work.

Options:
  --once                one pass over the sources, then exit (the default; kg watch repeats)
${FETCH_OPTIONS_HELP}
  -h, --help            this help

Progress goes to stderr; the summary (sources, items seen, new, changed, skipped and why) to stdout.
Exit status: 0 when every source was read or unchanged, 1 when some source failed.
Database: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

const command: Command = {
  name: 'fetch',
  summary: 'read every news feed and sitemap once and ingest new and changed articles',
  usage: USAGE,
  async run(argv) {
    const parsed = parseCommandArgs(
      { args: argv, options: { ...FETCH_OPTIONS, once: { type: 'boolean', default: true } } },
      USAGE,
    );
    const options = fetchOptionsFrom(parsed.values);
    const graph = await openCommandGraph();
    const stop = stopOnSignals('fetch');
    try {
      const summary = await runFetch(graph, {
        ...options,
        signal: stop.signal,
        onProgress: (line) => process.stderr.write(`fetch: ${line}\n`),
      });
      if (parsed.values.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else process.stdout.write(formatFetchSummary(summary) + '\n');
      if (summary.sources === 0)
        process.stderr.write('kg fetch: no sources; add one with kg sources add <url>\n');
      return summary.sourcesFailed > 0 ? 1 : 0;
    } finally {
      stop.release();
      await graph.close();
    }
  },
};
export default command;
