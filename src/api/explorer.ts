// The explorer (web/, built by Vite into dist/explorer/) served by the API's own Express app at /,
// with its deep links (/person/:id …) answered by the same index.html so a link pasted into a new tab
// opens the right page. Built on demand by `kg up` (and the browser tests) when it is missing.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import express, { type Router } from 'express';
import { projectRoot } from '../config.ts';

export const EXPLORER_DIR = path.join(projectRoot, 'dist', 'explorer');
const WEB_DIR = path.join(projectRoot, 'web');
const INDEX = path.join(EXPLORER_DIR, 'index.html');

/** The app's own paths: everything else (/graphql, /graphiql, /healthz …) belongs to the server. */
const APP_ROUTES = [
  '/',
  '/search',
  '/person/:id',
  '/body/:id',
  '/document/:id',
  '/event/:id',
  '/post/:id',
  '/network/:kind/:id',
];

// sigma.js draws with WebGL and runs its layout in a worker made from a blob: URL; no inline
// scripts, nothing from another origin.
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

export function explorerBuilt(): boolean {
  return fs.existsSync(INDEX);
}

/** The newest modification time of the explorer's sources (web/, without what the build writes). */
function newestSourceMs(dir = WEB_DIR): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const ms = entry.isDirectory() ? newestSourceMs(file) : fs.statSync(file).mtimeMs;
    newest = Math.max(newest, ms);
  }
  return newest;
}

/**
 * Built, and from the sources as they are: after a `git pull` that changed web/, `kg up` rebuilds
 * rather than serve yesterday's explorer against today's API. A copy with no web/ (none ships
 * without it) counts as current.
 */
export function explorerUpToDate(): boolean {
  if (!explorerBuilt()) return false;
  if (!fs.existsSync(WEB_DIR)) return true;
  return fs.statSync(INDEX).mtimeMs >= newestSourceMs();
}

/** Builds the explorer with Vite (a devDependency: present wherever `npm ci` ran without --omit=dev). */
export async function buildExplorer(): Promise<void> {
  const { build } = await import('vite');
  // Vite picks packages' production builds (lit's, without its dev-mode checks) only when NODE_ENV
  // says production; under the test runner it says test.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * The JavaScript the first page loads (index.html's module script and what it preloads, not the
 * lazy network chunk), gzipped: the bundle budget is on this figure.
 */
export function firstPageScriptBytes(): { files: number; gzipped: number } {
  const html = fs.readFileSync(INDEX, 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gzipped = scripts.reduce(
    (sum, file) => sum + gzipSync(fs.readFileSync(path.join(EXPLORER_DIR, file))).length,
    0,
  );
  return { files: scripts.length, gzipped };
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto">
<h1>The explorer is not built</h1>
<p>Run <code>npm run build:explorer</code> (or <code>kg up</code>, which builds it when missing), then reload.
The GraphQL API is at <a href="/graphql">/graphql</a> and GraphiQL at <a href="/graphiql">/graphiql</a>.</p>
</body></html>`;

export function explorerRouter(): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(EXPLORER_DIR, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.get('/bench-network.html', (_req, res) => {
    res.set('Content-Security-Policy', CSP).sendFile(path.join(EXPLORER_DIR, 'bench-network.html'));
  });
  router.get(APP_ROUTES, (_req, res) => {
    res.set('Content-Security-Policy', CSP);
    if (!explorerBuilt()) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    // The page names hashed assets; it must be re-read after a rebuild, never cached.
    res.set('Cache-Control', 'no-cache').sendFile(INDEX);
  });
  return router;
}
