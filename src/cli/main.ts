// `kg` — the command line of the knowledge graph. Subcommands are loaded on demand.
import type { Command } from './command.ts';
import { UserError } from './command.ts';
import { ConfigError } from '../config.ts';
import { isConnectionError } from '../db/connection-error.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  up: {
    summary: 'start Neo4j (local unless NEO4J_URI), migrate, ingest the samples, serve the API',
    load: () => import('./commands/up.ts'),
  },
  extract: {
    summary: 'read JSON Lines articles on stdin, print extracted entities and relations (no database)',
    load: () => import('./commands/extract.ts'),
  },
  ingest: {
    summary: 'extract articles from files, folders or stdin and write them to Neo4j',
    load: () => import('./commands/ingest.ts'),
  },
  serve: { summary: 'serve the GraphQL API', load: () => import('./commands/serve.ts') },
  db: {
    summary: 'manage the database: start | stop | status | reset --yes | migrate',
    load: () => import('./commands/db.ts'),
  },
  merge: {
    summary: 'curation: merge two entities (reversible, audited)',
    load: () => import('./commands/merge.ts'),
  },
  split: {
    summary: 'curation: undo a merge or keep two entities apart',
    load: () => import('./commands/split.ts'),
  },
  distinct: {
    summary: 'curation: judge two entities different, for good (reversible, audited)',
    load: () => import('./commands/distinct.ts'),
  },
  unsure: {
    summary: 'curation: record a pair as judged unsure (reversible, audited)',
    load: () => import('./commands/unsure.ts'),
  },
  review: {
    summary: 'curation: the review queue (possible duplicates, unresolved bodies)',
    load: () => import('./commands/review.ts'),
  },
  sources: {
    summary: 'add, list or remove the news feeds and sitemaps kg fetch reads',
    load: () => import('./commands/sources.ts'),
  },
  fetch: {
    summary: 'read every feed and sitemap once (--once) and ingest new and changed articles',
    load: () => import('./commands/fetch.ts'),
  },
  watch: {
    summary: 'kg fetch every interval (--every 30m) until stopped',
    load: () => import('./commands/watch.ts'),
  },
  check: {
    summary: 'count and list suspect nodes by integrity invariant (--strict: exit 1 if any)',
    load: () => import('./commands/check.ts'),
  },
  export: {
    summary: 'write the graph as FollowTheMoney, GraphML, CSV (neo4j-admin) or the jsonl snapshot',
    load: () => import('./commands/export.ts'),
  },
  import: {
    summary: 'load a jsonl graph snapshot (kg export --format jsonl) into an empty graph',
    load: () => import('./commands/import.ts'),
  },
  analyse: {
    summary: 'communities (Louvain), PageRank and betweenness of who meets whom, stored on the nodes',
    load: () => import('./commands/analyse.ts'),
  },
};

const HELP = `kg — knowledge graph of Vietnam's officials, party committees, state bodies and directives

Usage: kg <command> [options]        (from the project root: npm run --silent kg -- <command>)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run 'kg <command> --help' for a command's options.
Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (use an external Neo4j), PORT, KG_API_TOKEN,
KG_LOG_LEVEL; see README.md for the full list.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`kg: unknown command '${name}'. Run 'kg --help' for the list.\n`);
    return 2;
  }
  const command = (await entry.load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return 0;
  }
  return command.run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UserError || err instanceof ConfigError) {
    process.stderr.write(`kg: ${err.message}\n`);
    process.exitCode = err instanceof UserError ? err.exitCode : 2;
  } else if (isConnectionError(err)) {
    // The server went away mid-command (killed, restarted, network): no stack trace, but what to do.
    // Writes are idempotent batches, so what was committed stays and a rerun completes the rest.
    const reason = (err as Error).message.split('\n')[0];
    process.stderr.write(
      `kg: lost the connection to Neo4j (${reason}). Nothing committed is lost; start Neo4j again ('kg db start', or check NEO4J_URI) and run the command again.\n`,
    );
    process.exitCode = 1;
  } else {
    process.stderr.write(
      `kg: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  }
}
