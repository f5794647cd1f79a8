// GraphiQL from the project's own node_modules (graphiql's UMD build with React 18), so it works
// with no internet. The start-up script is a file too, so the page can forbid
// inline and third-party scripts with its Content-Security-Policy.
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import type { CatalogueOperation } from './guards/persisted-queries.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, string> = {
  'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>vn-officials-kg · GraphiQL</title>
  <link rel="icon" href="data:," />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="graphiql/assets/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="graphiql/assets/react.production.min.js"></script>
  <script src="graphiql/assets/react-dom.production.min.js"></script>
  <script src="graphiql/assets/graphiql.min.js"></script>
  <script src="graphiql/start.js"></script>
</body>
</html>
`;

/** The start-up script: every operation of queries/graphql/ is a ready tab (the search first). */
function startScript(operations: readonly CatalogueOperation[]): string {
  const ordered = [...operations].sort((a, b) => Number(b.name === 'search') - Number(a.name === 'search'));
  const tabs = ordered.map((op) => ({ query: op.text }));
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('graphql', document.baseURI).toString() });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: ${JSON.stringify(tabs)},
    defaultEditorToolsVisibility: true,
  }));
})();
`;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

/** GET /graphiql shows GraphiQL with the operations of queries/graphql/ as tabs (the explorer has /). */
export function graphiqlRouter(operations: readonly CatalogueOperation[]): Router {
  const START_SCRIPT = startScript(operations);
  const router = express.Router();
  const page = (_req: express.Request, res: express.Response) => {
    res.set('Content-Security-Policy', CSP).type('html').send(PAGE);
  };
  router.get('/graphiql', page);
  router.get('/graphiql/start.js', (_req, res) => {
    res.type('application/javascript').send(START_SCRIPT);
  });
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) {
      res.status(404).type('text').send(`No such GraphiQL asset: ${req.params.file}`);
      return;
    }
    res.sendFile(file, { maxAge: '1d', immutable: true });
  });
  return router;
}
