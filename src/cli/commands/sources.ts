// `kg sources add|list|remove`: the feeds and sitemaps `kg fetch` reads, kept in the graph.
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import {
  addSource,
  listSources,
  MAX_SOURCES,
  removeSource,
  sourceUrl,
} from '../../../ingest/fetch/source-store.ts';
import { openCommandGraph } from './command-graph.ts';

const USAGE = `kg sources — the news feeds and sitemaps kg fetch reads

Usage: kg sources add <url>...      add RSS 2.0 / Atom feeds, XML sitemaps, sitemap indexes or
                                    news sitemaps (the kind is found at the first fetch)
       kg sources list [--json] [--limit <n>]
                                    each source with its state: kind, last fetch, outcome,
                                    errors; sitemaps an index lists are shown under it
       kg sources remove <url>...   remove sources (and the sitemaps their index listed); the
                                    articles already read stay in the graph

Options:
  --json         list: one JSON object per line on stdout
  --limit <n>    list: at most n sources (default ${MAX_SOURCES})
  -h, --help     this help

Addresses are stored without #fragments and tracking parameters (utm_*, fbclid…).
Database: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

const command: Command = {
  name: 'sources',
  summary: 'add, list or remove the news feeds and sitemaps kg fetch reads',
  usage: USAGE,
  async run(argv) {
    const parsed = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } },
      },
      USAGE,
    );
    const [action, ...urls] = parsed.positionals;
    if (action !== 'add' && action !== 'list' && action !== 'remove') {
      throw new UserError(
        `${action ? `unknown action '${action}'` : 'no action given'}: expected add, list or remove\n\n${USAGE}`,
        2,
      );
    }
    if (action !== 'list' && urls.length === 0)
      throw new UserError(`kg sources ${action}: name at least one feed or sitemap address`, 2);
    if (action === 'list' && urls.length > 0)
      throw new UserError(`kg sources list takes no address (got ${urls[0]})`, 2);
    const normalised = urls.map((raw) => {
      const url = sourceUrl(raw);
      if (!url)
        throw new UserError(
          `${JSON.stringify(raw)} is not an http(s) address; give the feed's or sitemap's full URL`,
          2,
        );
      return url;
    });
    let limit = MAX_SOURCES;
    if (parsed.values.limit !== undefined) {
      limit = Number(parsed.values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SOURCES)
        throw new UserError(`--limit ${parsed.values.limit} is not valid: expected 1 to ${MAX_SOURCES}`, 2);
    }
    const graph = await openCommandGraph();
    try {
      if (action === 'add') {
        for (const url of normalised) {
          const { created } = await addSource(graph, url);
          process.stdout.write(`${created ? 'added' : 'already a source'}: ${url}\n`);
        }
        return 0;
      }
      if (action === 'remove') {
        let missing = 0;
        for (const url of normalised) {
          const removed = await removeSource(graph, url);
          if (removed === 0) missing++;
          process.stdout.write(
            removed === 0
              ? `not a source: ${url}\n`
              : `removed: ${url}${removed > 1 ? ` (and ${removed - 1} listed sitemaps)` : ''}\n`,
          );
        }
        return missing === 0 ? 0 : 1;
      }
      const sources = await listSources(graph, limit);
      if (parsed.values.json) {
        for (const s of sources) process.stdout.write(JSON.stringify(s) + '\n');
        return 0;
      }
      if (sources.length === 0) process.stderr.write('no sources yet: add one with kg sources add <url>\n');
      for (const s of sources) {
        const state = s.lastFetchedAt
          ? `${s.lastStatus} at ${s.lastFetchedAt}${s.lastError ? `: ${s.lastError}` : ''}${s.errorCount ? ` (${s.errorCount} errors, ${s.consecutiveErrors ?? 0} in a row)` : ''}`
          : 'never fetched';
        process.stdout.write(
          `${s.parentUrl ? '    ' : ''}${s.url}  [${s.kind ?? 'kind unknown'}] ${state}\n`,
        );
      }
      return 0;
    } finally {
      await graph.close();
    }
  },
};
export default command;
