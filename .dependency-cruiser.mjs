// The layers of the project, checked by `npm run check` (dependency-cruiser; decision 0026).
// A layer may import its own and lower ones, never higher ones:
//
//   ingest/base, ingest/text   the floor: logging, errors, graph sessions, .cypher files, text keys
//   ingest/lexicon             the tables the recognisers and the resolver share (provinces, body kinds, …)
//   ingest/*                   text → rows, and the writes (read, clean, extract, resolve, load, curate, fetch);
//                              resolve/ reads what extract/ produced and never imports it
//   src/db                     the driver, the local Neo4j, migrations, backups
//   src/check, src/analytics, src/export, src/api
//   src/cli                    the `kg` commands: the top; nothing imports it
//
// test/, bench/, scripts/ and web/ sit above everything and may import any layer; nothing in ingest/
// or src/ may import them. ARCHITECTURE.md draws the same picture. (An import that names no file is
// tsc's to report, not this check's.)
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'floor-imports-only-floor',
      comment:
        'ingest/base and ingest/text are imported by every layer, so they import none of the project above them.',
      severity: 'error',
      from: { path: '^ingest/(base|text)/' },
      to: { path: '^(ingest/(?!base/|text/)|src/)' },
    },
    {
      name: 'ingest-never-imports-src',
      comment:
        'ingest/ is below src/: what both need lives in ingest/base (log, errors, sessions, cypher files).',
      severity: 'error',
      from: { path: '^ingest/' },
      to: { path: '^src/' },
    },
    {
      name: 'resolve-never-imports-extract',
      comment:
        'Entity resolution reads what any recogniser extracted; a table both need (provinces, body kinds, the bilingual names) lives in ingest/lexicon/shared.',
      severity: 'error',
      from: { path: '^ingest/resolve/' },
      to: { path: '^ingest/extract/' },
    },
    {
      name: 'lexicon-below-its-users',
      comment:
        'ingest/lexicon holds the tables the recognisers and the resolver share, so it imports neither of them.',
      severity: 'error',
      from: { path: '^ingest/lexicon/' },
      to: { path: '^ingest/(extract|resolve)/' },
    },
    {
      name: 'db-below-its-users',
      comment:
        'src/db is the graph access the API, the checks, the exports and the commands build on; it imports none of them.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(cli|api|check|export|analytics)/' },
    },
    {
      name: 'nothing-imports-the-commands',
      comment:
        'src/cli is the top layer: a helper a command and another module share belongs in a lower one.',
      severity: 'error',
      from: { path: '^(ingest|src)/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'checks-and-analytics-below-the-api',
      comment:
        "src/check and src/analytics serve both the API and the commands, so they import neither's code (the API's row types they may).",
      severity: 'error',
      from: { path: '^src/(check|analytics)/' },
      to: { path: '^src/(api|cli)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'code-never-imports-tests-or-tools',
      comment: 'test/, bench/, scripts/ and web/ build on the code, never the other way round.',
      severity: 'error',
      from: { path: '^(ingest|src)/' },
      to: { path: '^(test|bench|scripts|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
