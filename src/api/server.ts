// The HTTP face of the graph: Apollo Server 5 on Express 5, with the guards that make it safe to
// expose (body size, rate, depth, cost, page size, per-request database timeout, masked errors,
// persisted queries), health and readiness probes, the explorer at / and GraphiQL at /graphiql, and a
// graceful stop.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import {
  checkApiTokens,
  type ApiExecutor,
  loadConfig,
  projectRoot,
  UNNAMED_TOKEN_NAME,
  type NamedToken,
  type TrustProxy,
} from '../config.ts';
import { childLog } from '../log.ts';
import { compiledExecutionGateway } from './compiled-execution.ts';
import { createContext, type ApiContext } from './context.ts';
import { cypher } from './cypher.ts';
import { DatabaseHealth, type DatabaseHealthOptions } from './database-health.ts';
import { maskInternalErrors } from './errors.ts';
import { GraphReader } from './graph-reader.ts';
import { explorerRouter } from './explorer.ts';
import { graphiqlRouter } from './graphiql.ts';
import { exportRouter } from './export-route.ts';
import { depthLimitRule } from './guards/depth-limit.ts';
import { PersistedQueryStore, loadOperationCatalogue, safelistPlugin } from './guards/persisted-queries.ts';
import { outagePlugin } from './guards/outage.ts';
import { queryCostPlugin } from './guards/query-cost.ts';
import { TallyCensusCache, censusOf } from './guards/tally-census.ts';
import { writeRateLimiter } from './guards/write-rate.ts';
import { resolvers } from './resolvers/index.ts';
import { usageReportPlugin } from './usage-report.ts';
import { IntegrityCache } from './integrity-cache.ts';
import { WHOLE_CHECK_BUDGET_MS } from '../check/integrity.ts';
import { warmsUp, warmUp, warmUpOperations, WarmUpProgress } from './warm-up.ts';
import { type GraphHandle } from '../../ingest/base/graph-session.ts';

const log = childLog('api');

export const SCHEMA_FILE = path.join(projectRoot, 'schema', 'schema.graphql');

export interface ApiLimits {
  /** Deepest nesting of fields an operation may have. */
  maxDepth: number;
  /** Highest cost (fields × page sizes) an operation may have. */
  maxCost: number;
  /** Largest request body, in a form `express.json` accepts ("100kb"). */
  bodyLimit: string;
  /** Requests per window per client (IP address); false switches limiting off. */
  rateLimit: { windowMs: number; limit: number } | false;
  /** Mutations per window per curator token (per client without one); false switches it off. */
  writeRateLimit: { windowMs: number; limit: number } | false;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 12,
  maxCost: 30_000,
  bodyLimit: '1mb',
  rateLimit: { windowMs: 60_000, limit: 600 },
  writeRateLimit: { windowMs: 60_000, limit: 60 },
};

export interface ApiServerOptions {
  graph: GraphHandle;
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; 127.0.0.1 unless told otherwise. */
  host?: string;
  queryTimeoutMs?: number;
  /** Curators' tokens (default: KG_API_TOKENS and KG_API_TOKEN); none switches writes off. */
  apiTokens?: NamedToken[];
  /** One unnamed token (recorded as "api"), as KG_API_TOKEN gives; null switches writes off. */
  apiToken?: string | null;
  corsOrigins?: string[];
  /** Masks internal errors. */
  production?: boolean;
  /** Stack traces in error answers (KG_DEBUG=1). */
  debug?: boolean;
  /** Which proxies' X-Forwarded-For names the client (KG_TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** Probe pace of the outage detector (tests make it quicker). */
  health?: DatabaseHealthOptions;
  /** Run only the operations of queries/graphql/. */
  safelistOnly?: boolean;
  limits?: Partial<ApiLimits>;
  /**
   * Plan every named query and the catalogue's operations once listening (default true), /readyz
   * answering 503 "warming" until done; see warm-up.ts and RunningApiServer.ready.
   */
  warmUp?: boolean;
  /** At most this long (ms) for running the catalogue's operations at start (default 20 s). */
  warmUpBudgetMs?: number;
  /** How old the integrity dashboard's last check may be before a request starts another (default KG_INTEGRITY_MAX_AGE_S, else 60 s); see integrity-cache.ts. */
  integrityMaxAgeMs?: number;
  /** Which engine runs operations (default KG_API_EXECUTOR, else compiled); see compiled-execution.ts. */
  executor?: ApiExecutor;
}

export interface RunningApiServer {
  url: string;
  /**
   * Resolves when the start's work has ended: the warm-up, then the integrity dashboard's first
   * check (at once without a warm-up, which also skips that check). /readyz says ready from the
   * warm-up's end, while the check may still run; `ready` waits for both, so a bench that measures
   * after it does not share Neo4j with a whole-graph check (decision 0083's flaw). The server
   * listens and answers before it; never rejects (the warm-up counts its failures, a failed check
   * is logged).
   */
  ready: Promise<void>;
  /** Stops taking requests, lets running ones finish, then closes the listener. Leaves the graph open. */
  close(): Promise<void>;
}

const PING = cypher('ping');
const TALLY_CENSUS = cypher('tally-census');
const READINESS_TIMEOUT_MS = 2000;

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const config = loadConfig();
  const perMinute = (limit: number): ApiLimits['rateLimit'] =>
    limit > 0 ? { windowMs: 60_000, limit } : false;
  const limits: ApiLimits = {
    ...DEFAULT_LIMITS,
    rateLimit: perMinute(config.rateLimit),
    writeRateLimit: perMinute(config.writeRateLimit),
    ...options.limits,
  };
  const settings = {
    queryTimeoutMs: options.queryTimeoutMs ?? config.queryTimeoutMs,
    apiTokens: checkApiTokens(
      options.apiTokens ??
        (options.apiToken === undefined
          ? config.apiTokens
          : options.apiToken === null
            ? []
            : [{ name: UNNAMED_TOKEN_NAME, token: options.apiToken }]),
    ),
    corsOrigins: options.corsOrigins ?? config.corsOrigins,
    production: options.production ?? config.production,
    debug: options.debug ?? config.debug,
    trustProxy: options.trustProxy ?? config.trustProxy,
    safelistOnly: options.safelistOnly ?? false,
    executor: options.executor ?? config.apiExecutor,
    limits,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy);
  const httpServer = http.createServer(app);
  // Set once Apollo has started (below): the catalogue's operations are run through it.
  let warmOperations: () => Promise<unknown> = async () => {};
  // What /readyz reports while a warm-up runs (decision 0084: the server listens meanwhile).
  const progress = new WarmUpProgress();
  if (options.warmUp === false) progress.skipStart();
  const warmAll = async (operationsToo: boolean) => {
    progress.begin(operationsToo ? warmed.length : 0);
    try {
      await warmUp(options.graph, 2, progress);
      if (operationsToo && !progress.stopped) await warmOperations();
    } finally {
      progress.end();
    }
  };
  // After an outage the server may have restarted with an empty plan cache: plan every named query
  // and the catalogue's operations again in the background, as at start, so the first requests do
  // not spend their budget planning; /readyz stays ready meanwhile and says how far the re-plan is.
  const health = new DatabaseHealth(options.graph, {
    onRecovered: () => warmAll(options.warmUp !== false),
    ...options.health,
  });
  health.start();
  // The integrity dashboard answers from the last whole-graph check, run in the background (0084).
  const integrity = new IntegrityCache(
    (name, params) =>
      new GraphReader(options.graph, WHOLE_CHECK_BUDGET_MS, health).rows(cypher(name), params),
    options.integrityMaxAgeMs ?? config.integrityMaxAgeMs,
  );
  const writeLimiter = settings.limits.writeRateLimit
    ? writeRateLimiter<ApiContext>(settings.limits.writeRateLimit)
    : null;

  const operations = loadOperationCatalogue();
  // What the warm-up runs of them: all but those marked `# warm-up: skip` (decision 0084).
  const warmed = operations.filter(warmsUp);
  // The schema Apollo would build from these type definitions and resolvers; compiled execution
  // hands it to Apollo through a gateway whose executor runs each operation's compiled plan.
  const schema = makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_FILE, 'utf8'), resolvers });
  const apollo = new ApolloServer<ApiContext>({
    ...(settings.executor === 'compiled' ? { gateway: compiledExecutionGateway(schema) } : { schema }),
    introspection: true,
    // The commands own the signals (kg up stops the API, then the local Neo4j it started); Apollo's
    // own handler would stop the server and re-raise the signal, killing the process half-way.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: settings.debug,
    formatError: maskInternalErrors(settings.production, settings.debug),
    validationRules: [depthLimitRule(settings.limits.maxDepth)],
    persistedQueries: { cache: new PersistedQueryStore(operations) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin hooks every field's resolution to compute a cache policy from
      // @cacheControl hints; the schema has none, so every answer was `no-store`. It says so once
      // per answer instead (decision 0045: the hook was a tenth of the API's CPU on evidence pages).
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      ...(settings.safelistOnly ? [safelistPlugin<ApiContext>(operations)] : []),
      outagePlugin<ApiContext>(health),
      ...(writeLimiter ? [writeLimiter.plugin] : []),
      queryCostPlugin<ApiContext>(
        settings.limits.maxCost,
        // The counts are priced by the tallies they read (decision 0038), counted every 30 s at most.
        new TallyCensusCache(async () => {
          const [row] = await new GraphReader(options.graph, READINESS_TIMEOUT_MS).rows(TALLY_CENSUS, {});
          return censusOf(row);
        }),
      ),
      usageReportPlugin(),
    ],
  });
  await apollo.start();

  // The folded statements of the catalogue's operations, planned before the first request asks
  // them (decision 0079): each operation runs once through Apollo with its default variables, as a
  // client without a token would ask it.
  warmOperations = () =>
    warmUpOperations(
      warmed,
      async (operation, budgetMs) => {
        const response = await apollo.executeOperation(
          { query: operation.text },
          {
            contextValue: createContext(
              {
                graph: options.graph,
                queryTimeoutMs: Math.min(settings.queryTimeoutMs, budgetMs),
                apiTokens: [],
                health,
                integrity,
              },
              undefined,
              'warm-up',
            ),
          },
        );
        const body = response.body;
        return body.kind === 'single' ? (body.singleResult.errors ?? []).map((e) => e.message) : [];
      },
      options.warmUpBudgetMs,
      progress,
    );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (!health.available) {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer (outage under way)' });
      return;
    }
    // Served, but the first requests of a question may still pay its planning: not ready yet.
    if (progress.holdsReadiness) {
      res.status(503).json(progress.report());
      return;
    }
    try {
      await new GraphReader(options.graph, READINESS_TIMEOUT_MS).rows(PING, {});
      // After an outage the plans are made again behind a ready server: said, not held against it.
      res.json(progress.warming ? { status: 'ready', replanning: progress.counts() } : { status: 'ready' });
    } catch (err) {
      log.warn({ err }, 'readiness check failed: Neo4j did not answer');
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j did not answer a read' });
    }
  });

  const corsMiddleware = cors({
    origin: settings.corsOrigins.includes('*')
      ? true
      : settings.corsOrigins.length > 0
        ? settings.corsOrigins
        : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'],
    maxAge: 600,
  });

  app.get('/graphql/operations', corsMiddleware, (_req, res) => {
    res.json(operations.map(({ name, sha256, text }) => ({ name, sha256, text })));
  });

  const limiter = settings.limits.rateLimit
    ? rateLimit({
        windowMs: settings.limits.rateLimit.windowMs,
        limit: settings.limits.rateLimit.limit,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        // KG_TRUST_PROXY=false is the operator's choice: a client's X-Forwarded-For is then ignored on purpose.
        ...(settings.trustProxy === false ? { validate: { xForwardedForHeader: false } } : {}),
        handler: (_req, res, _next, opts) => {
          res.status(opts.statusCode).json({
            errors: [
              {
                message: `Too many requests from this client: the limit is ${opts.limit} per ${Math.round(opts.windowMs / 1000)} s. Wait for the time in the RateLimit header, then retry.`,
                extensions: { code: 'RATE_LIMITED' },
              },
            ],
          });
        },
      })
    : null;

  app.use(
    '/graphql',
    corsMiddleware,
    ...(limiter ? [limiter] : []),
    express.json({ limit: settings.limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          {
            graph: options.graph,
            queryTimeoutMs: settings.queryTimeoutMs,
            apiTokens: settings.apiTokens,
            health,
            integrity,
          },
          req.headers.authorization,
          ipKeyGenerator(req.ip ?? 'unknown'),
        ),
    }),
  );

  // The pages after the API: none of them answers /graphql, and a GraphQL request no longer walks
  // their routes before reaching Apollo (decision 0054).
  app.use(graphiqlRouter(operations));
  // Before the explorer, whose deep links would otherwise answer /export/… with the app's page.
  app.use(exportRouter(options.graph, settings));
  app.use(explorerRouter());

  app.use(httpErrorHandler(settings.limits.bodyLimit));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/graphql`;
  log.info(
    {
      url,
      production: settings.production,
      safelistOnly: settings.safelistOnly,
      executor: settings.executor,
      curators: settings.apiTokens.map((t) => t.name),
      readRateLimit: settings.limits.rateLimit ? settings.limits.rateLimit.limit : 'off',
      writeRateLimit: settings.limits.writeRateLimit ? settings.limits.writeRateLimit.limit : 'off',
    },
    'GraphQL API listening',
  );

  // The warm-up runs behind the listener (decision 0084): /healthz answers at once, /readyz says
  // "warming" with its progress, and requests are served meanwhile (their first plans may be slower).
  const ready =
    options.warmUp === false
      ? Promise.resolve()
      : warmAll(true).then(
          // Then the integrity dashboard's first check, so its first request finds a figure.
          () => (progress.stopped ? undefined : integrity.prime()),
          (err: unknown) => log.error({ err }, 'warm-up failed; queries plan on first use'),
        );
  let closing: Promise<void> | null = null;
  return {
    url,
    ready,
    close: () => {
      // A warm-up still running stops at its next query; the graph may close right after.
      progress.stopped = true;
      integrity.stop();
      closing ??= Promise.all([apollo.stop(), ready])
        .then(() => {})
        .finally(() => {
          health.stop();
          writeLimiter?.shutdown();
        });
      return closing;
    },
  };
}

/** Every GraphQL answer is `Cache-Control: no-store`, as Apollo's cache-control plugin said of a schema without cache hints. */
function noStorePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** Errors raised before GraphQL runs (body too large, malformed JSON) as GraphQL-shaped JSON. */
function httpErrorHandler(bodyLimit: string): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' ? err.status : 500;
    const type = err?.type as string | undefined;
    let message = 'The request could not be handled.';
    let code = 'BAD_REQUEST';
    if (type === 'entity.too.large') {
      message = `The request body is larger than ${bodyLimit}; send less (fewer articles per ingestArticles call, a shorter query).`;
      code = 'PAYLOAD_TOO_LARGE';
    } else if (type === 'entity.parse.failed') {
      message =
        'The request body is not valid JSON; send {"query": "...", "variables": {...}} with Content-Type: application/json.';
    } else if (status >= 500) {
      log.error({ err }, 'HTTP error outside GraphQL');
      message = 'Internal server error.';
      code = 'INTERNAL_SERVER_ERROR';
    }
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
