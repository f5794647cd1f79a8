// `kg up`: the main job on a fresh clone. Neo4j (the local one unless NEO4J_URI is set) → schema
// migrations → the bundled sample articles → the GraphQL API and the explorer (built when missing), until Ctrl-C or SIGTERM, which stop the
// API first and then the local Neo4j if this command started it (one started by `kg db start` stays).
import path from 'node:path';
import type { Command } from '../command.ts';
import { parseCommandArgs, portFrom } from '../command.ts';
import { loadConfig, projectRoot } from '../../config.ts';
import { watchStopRequests } from '../stop-request.ts';
import { childLog } from '../../log.ts';

const log = childLog('up');

export const SAMPLES_DIR = path.join(projectRoot, 'samples', 'articles');

const USAGE = `kg up — start Neo4j, apply the schema, ingest the sample articles, serve the GraphQL API

Usage: kg up [--port <n>] [--host <address>] [--no-samples] [--input <path>]...

  --port <n>         API port (default: PORT or 4000; 0 picks a free one)
  --host <address>   interface the API listens on (default 127.0.0.1; 0.0.0.0 in a container)
  --no-samples       do not ingest samples/articles/
  --input <path>     ingest this file or folder too (repeatable)

Without NEO4J_URI the local Neo4j is started on 127.0.0.1:$KG_NEO4J_PORT (default 7687), or reused
if 'kg db start' left one running. Ctrl-C stops the API, then the local Neo4j if 'kg up' started it.
The API reads the variables 'kg serve --help' lists (KG_API_TOKENS, KG_INTEGRITY_MAX_AGE_S …).
`;

const command: Command = {
  name: 'up',
  summary: 'start Neo4j (local unless NEO4J_URI), migrate, ingest the samples, serve the API',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        options: {
          port: { type: 'string' },
          host: { type: 'string' },
          'no-samples': { type: 'boolean', default: false },
          input: { type: 'string', multiple: true, default: [] },
        },
        strict: true,
        allowPositionals: false,
      },
      USAGE,
    );
    const config = loadConfig();
    const port = portFrom(values.port, config.apiPort);
    const inputs = [...(values['no-samples'] ? [] : [SAMPLES_DIR]), ...(values.input ?? [])];

    // A signal during start-up lets the current step finish, then shuts down in order; a second one
    // (not the echo of the first that npm forwards) exits at once.
    const stop = watchStopRequests({
      onImpatient: (signal) => {
        process.stderr.write(
          `kg: ${signal} again: exiting now (a local Neo4j keeps running; 'kg db stop' stops it)\n`,
        );
        process.exit(130);
      },
    });

    // Say what is happening at each step: a first start takes over a minute (Maven, Neo4j, ingest).
    const step = (what: string) => process.stdout.write(`kg up: ${what}\n`);
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

    const { explorerUpToDate, buildExplorer } = await import('../../api/explorer.ts');
    const explorerBuild = explorerUpToDate() ? null : buildExplorerInBackground(step, buildExplorer);

    const { openGraph, migrate, graphCounts, formatGraphCounts } = await import('../../db/index.ts');
    step(
      config.neo4jUri
        ? `connecting to Neo4j at ${config.neo4jUri}`
        : 'starting the local Neo4j (the first start resolves it with Maven, about 130 MB)',
    );
    const graph = await openGraph(config);
    try {
      step(`Neo4j ready at ${graph.uri} (${elapsed()}); applying schema migrations`);
      const report = await migrate(graph);
      log.info({ applied: report.applied, alreadyApplied: report.alreadyApplied.length }, 'schema ready');
      if (stop.reason) return 0;

      if (inputs.length > 0) {
        const { runIngest } = await import('../../../ingest/run.ts');
        step(`ingesting ${inputs.map((i) => path.relative(projectRoot, i) || i).join(', ')}`);
        let lastReport = 0;
        const summary = await runIngest(graph, inputs, {
          onProgress: (p) => {
            if (Date.now() - lastReport < 2000) return;
            lastReport = Date.now();
            step(`  ${p.read} records read, ${p.written} written, ${p.unchanged} unchanged (${elapsed()})`);
          },
        });
        process.stdout.write(
          `ingested ${inputs.map((i) => path.relative(projectRoot, i) || i).join(', ')}: ${summary.read} records read, ` +
            `${summary.written} written, ${summary.unchanged} unchanged, ${summary.skipped.length} skipped (${summary.seconds.toFixed(1)} s)\n`,
        );
        for (const skipped of summary.skipped) {
          process.stderr.write(
            `kg: skipped ${skipped.origin ?? skipped.id ?? 'a record'}: ${skipped.reason}\n`,
          );
        }
        if (stop.reason) return 0;
        // Communities and centrality are answered from stored results (decision 0022): computed
        // once here so a fresh server answers them; `kg analyse` refreshes them later.
        step('analysing who meets whom (communities, centrality)');
        const { analyseNetwork } = await import('../../analytics/network-analysis.ts');
        await analyseNetwork(graph, { onProgress: (message) => step(`  ${message}`) });
        if (stop.reason) return 0;
      }
      process.stdout.write(`graph at ${graph.uri}: ${formatGraphCounts(await graphCounts(graph))}\n`);

      step('starting the API');
      const { startApiServer } = await import('../../api/server.ts');
      const server = await startApiServer({ graph, port, ...(values.host ? { host: values.host } : {}) });
      try {
        // It listens from here (/healthz answers); /readyz says "warming" until the plans are made.
        step(`API listening at ${server.url} (${elapsed()}); warming up the query plans`);
        await Promise.race([server.ready, stop.requested]);
        if (stop.reason) return 0;
        const explorerReady = explorerBuild ? await explorerBuild : true;
        const origin = new URL(server.url).origin;
        process.stdout.write(
          `GraphQL API at ${server.url}, GraphiQL at ${origin}/graphiql (ready in ${elapsed()}); Ctrl-C stops\n`,
        );
        if (explorerReady) process.stdout.write(`Explorer: ${origin}/\n`);
        if (!stop.reason) await stop.requested;
      } finally {
        await server.close();
        log.info('API stopped');
      }
    } finally {
      await graph.close();
      if (graph.local?.startedNow) process.stderr.write('kg: stopped the local Neo4j that kg up started\n');
      stop.dispose();
    }
    return 0;
  },
};
export default command;

/**
 * Builds the explorer while Neo4j starts (they do not compete: Neo4j waits on Java, the build on
 * one CPU). A failed build (no devDependencies, as in the Docker image) leaves the API serving.
 */
function buildExplorerInBackground(
  step: (what: string) => void,
  build: () => Promise<void>,
): Promise<boolean> {
  step('building the explorer (web/ → dist/explorer/): missing or older than web/');
  return build().then(
    () => {
      step('explorer built');
      return true;
    },
    (err: unknown) => {
      process.stderr.write(
        `kg: could not build the explorer (${err instanceof Error ? err.message : String(err)}); the API serves without it. ` +
          `'npm ci' then 'npm run build:explorer' builds it.\n`,
      );
      return false;
    },
  );
}
