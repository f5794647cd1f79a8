// GET /export/<format>: the exports of kg export (src/export/), streamed to the client as they are
// read, under the API's limits: read-only, each page of the graph a read with the request timeout,
// its own rate limit (an export reads the whole graph, so far fewer than GraphQL requests), a cap on
// exports running at once, and the read stops when the client goes away.
//
//   /export/ftm | /export/graphml | /export/jsonl     one file
//   /export/csv                                     the list of CSV files and the neo4j-admin command
//   /export/csv/<Label or TYPE>.csv                 one CSV file
//   ?since=YYYY-MM-DD&types=Person,Organization     as kg export --since / --types
import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { childLog } from '../log.ts';
import type { ApiLimits } from './server.ts';
import { cypher } from './cypher.ts';
import { GraphReader } from './graph-reader.ts';
import { neo4jAdminImportArgs, nodeFileName, relationshipFileName } from '../export/csv.ts';
import { isExportFormat, runExport, type ExportFormat } from '../export/export-graph.ts';
import { DEFAULT_PAGE_SIZE, parseLabels, parseSince, type PageReader } from '../export/graph-pages.ts';
import { discardSink, streamSink } from '../export/sink.ts';
import { type GraphHandle } from '../../ingest/base/graph-session.ts';

const log = childLog('api');

/** The server's settings the route takes (a subset of startApiServer's). */
export interface ExportRouteOptions {
  /** Budget of each page read (the API's per-request query timeout). */
  queryTimeoutMs: number;
  /** The API's request rate limit; an export counts as EXPORT_COST requests. */
  limits: Pick<ApiLimits, 'rateLimit'>;
  /** Exports running at once, all clients together. */
  maxConcurrent?: number;
}

const CONTENT_TYPES: Record<Exclude<ExportFormat, 'csv'>, { type: string; extension: string }> = {
  ftm: { type: 'application/x-ndjson; charset=utf-8', extension: 'ftm.json' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
};

/** An export reads the whole graph: one is allowed where the API allows this many requests (600/min → 10/min). */
export const EXPORT_COST = 60;

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function exportRouter(graph: GraphHandle, options: ExportRouteOptions): Router {
  const router = Router();
  const maxConcurrent = options.maxConcurrent ?? 2;
  let running = 0;
  const read: PageReader = (query, params) =>
    new GraphReader(graph, options.queryTimeoutMs).rows(query, params);

  const rateLimited = options.limits.rateLimit;
  if (rateLimited) {
    router.use(
      '/export',
      rateLimit({
        windowMs: rateLimited.windowMs,
        limit: Math.max(1, Math.floor(rateLimited.limit / EXPORT_COST)),
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res, _next, opts) => {
          res
            .status(opts.statusCode)
            .json(
              errorBody(
                `Too many exports from this client: the limit is ${opts.limit} per ${Math.round(opts.windowMs / 1000)} s. Wait for the time in the RateLimit header, then retry.`,
                'RATE_LIMITED',
              ),
            );
        },
      }),
    );
  }

  const selectionOf = (req: Request) => {
    const one = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return {
      since: parseSince(one(req.query.since)),
      labels: parseLabels(one(req.query.types)),
      pageSize: DEFAULT_PAGE_SIZE,
    };
  };

  /** Runs one export into the response, within the concurrency cap; errors before the first byte are JSON. */
  const stream = async (
    req: Request,
    res: Response,
    format: ExportFormat,
    headers: Record<string, string>,
    csvFile?: string,
  ) => {
    let selection;
    try {
      selection = selectionOf(req);
    } catch (err) {
      res.status(400).json(errorBody((err as Error).message.replace(/^--/, ''), 'BAD_USER_INPUT'));
      return;
    }
    if (running >= maxConcurrent) {
      res
        .status(503)
        .set('Retry-After', '30')
        .json(errorBody(`${maxConcurrent} exports are running; retry in a little while.`, 'EXPORT_BUSY'));
      return;
    }
    running++;
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      res.status(200).set(headers);
      const sink = streamSink(res, { signal: abort.signal });
      const output =
        format === 'csv' ? { files: (name: string) => (name === csvFile ? sink : discardSink) } : { sink };
      await runExport({ format, read, selection, output });
    } catch (err) {
      if (abort.signal.aborted) {
        log.info({ format }, 'export stopped: the client went away');
      } else if (!res.headersSent) {
        log.warn({ err, format }, 'export failed before its first byte');
        res
          .status(503)
          .json(errorBody('The export could not be read from the database; retry later.', 'EXPORT_FAILED'));
      } else {
        // The client sees a cut transfer, never a short file that looks complete.
        log.error({ err, format }, 'export failed while streaming; connection closed');
        res.destroy(err as Error);
      }
    } finally {
      running--;
    }
  };

  const csvFiles = async () => {
    const reader = new GraphReader(graph, options.queryTimeoutMs);
    const labels = (await reader.rows(cypher('export-node-columns'), {})).map((r) => String(r.label));
    const types = (await reader.rows(cypher('export-relationship-columns'), {})).map((r) => String(r.type));
    return [...new Set(labels)].map(nodeFileName).concat([...new Set(types)].map(relationshipFileName));
  };

  router.get('/export/csv', async (_req, res) => {
    try {
      const files = await csvFiles();
      res.json({
        files: files.map((name) => ({ name, url: `/export/csv/${name}` })),
        import: `neo4j-admin ${neo4jAdminImportArgs(files).join(' ')}`,
      });
    } catch (err) {
      log.warn({ err }, 'export file list failed');
      res
        .status(503)
        .json(errorBody('The export could not be read from the database; retry later.', 'EXPORT_FAILED'));
    }
  });

  router.get('/export/csv/:file', async (req, res) => {
    const file = req.params.file;
    let known: string[];
    try {
      known = await csvFiles();
    } catch (err) {
      log.warn({ err }, 'export file list failed');
      res
        .status(503)
        .json(errorBody('The export could not be read from the database; retry later.', 'EXPORT_FAILED'));
      return;
    }
    if (!known.includes(file)) {
      res
        .status(404)
        .json(errorBody(`No CSV file ${JSON.stringify(file)}; GET /export/csv lists them.`, 'NOT_FOUND'));
      return;
    }
    // A CSV file starts with its header whether or not any row follows, so the header is written first.
    await stream(
      req,
      res,
      'csv',
      { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"` },
      file,
    );
  });

  router.get('/export/:format', async (req, res) => {
    const format = req.params.format;
    if (!isExportFormat(format) || format === 'csv') {
      res
        .status(404)
        .json(
          errorBody(
            `No export format ${JSON.stringify(format)}: ftm, graphml, jsonl, or csv (GET /export/csv lists its files).`,
            'NOT_FOUND',
          ),
        );
      return;
    }
    const { type, extension } = CONTENT_TYPES[format];
    const day = new Date().toISOString().slice(0, 10);
    await stream(req, res, format, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="vn-officials-kg-${day}.${extension}"`,
    });
  });

  return router;
}
