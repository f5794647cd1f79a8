// `kg serve`: the GraphQL API on the configured graph, until SIGINT or SIGTERM.
import type { Command } from '../command.ts';
import { parseCommandArgs, portFrom } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { watchStopRequests } from '../stop-request.ts';

const USAGE = `kg serve — serve the GraphQL API (GraphiQL at /, probes at /healthz and /readyz)

Usage: kg serve [--port <n>] [--host <address>] [--safelist-only]

  --port <n>         port to listen on (default: PORT or 4000; 0 picks a free one)
  --host <address>   interface to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --safelist-only    run only the operations published in queries/graphql/

Environment: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (else the local Neo4j is started),
KG_API_TOKENS (curators' tokens, name:token,… each >= 32 characters) or KG_API_TOKEN (one
unnamed token); without either writes are off. KG_RATE_LIMIT / KG_WRITE_RATE_LIMIT (requests
and mutations per minute; 0 = off), KG_TRUST_PROXY (proxies whose X-Forwarded-For is believed),
KG_CORS_ORIGINS (comma-separated origins, * for any), KG_QUERY_TIMEOUT_MS (per-request database
budget), KG_INTEGRITY_MAX_AGE_S (how old the integrity dashboard's kept check may be, default 60),
NODE_ENV=production (masks internal errors), KG_DEBUG=1 (stack traces in answers).
`;

const command: Command = {
  name: 'serve',
  summary: 'serve the GraphQL API',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        options: {
          port: { type: 'string' },
          host: { type: 'string' },
          'safelist-only': { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
      },
      USAGE,
    );
    const config = loadConfig();
    const port = portFrom(values.port, config.apiPort);
    const { openGraph, migrate } = await import('../../db/index.ts');
    const { startApiServer } = await import('../../api/server.ts');
    // Installed before Neo4j starts: a signal during start-up still stops what was started.
    const stop = watchStopRequests({ onImpatient: () => process.exit(130) });
    const graph = await openGraph(config).catch((err: unknown) => {
      stop.dispose();
      throw err;
    });
    try {
      await migrate(graph);
      const server = await startApiServer({
        graph,
        port,
        ...(values.host ? { host: values.host } : {}),
        safelistOnly: values['safelist-only'] ?? false,
      });
      process.stderr.write(
        `kg: GraphQL API at ${server.url} (GraphiQL at ${server.url.replace(/graphql$/, '')}); Ctrl-C stops it\n` +
          `kg: warming up the query plans (served meanwhile; /readyz says ready when done)\n`,
      );
      await Promise.race([server.ready.then(() => process.stderr.write('kg: ready\n')), stop.requested]);
      if (!stop.reason) await stop.requested;
      process.stderr.write('kg: finishing running requests, then stopping\n');
      await server.close();
    } finally {
      await graph.close();
      stop.dispose();
    }
    return 0;
  },
};
export default command;
