// The layer rule (.dependency-cruiser.mjs, run by `npm run check`) on a small tree of its own: every
// crossing it is meant to refuse is refused, by the rule that names it, and the imports the layers
// allow pass. The project's own tree is checked by `npm run check layers`, not here.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

const run = promisify(execFile);

/** path → source; each import is either allowed by the layers or a crossing listed in CROSSINGS. */
const TREE: Record<string, string> = {
  'ingest/base/floor.ts': 'export const floor = 1;\n',
  'ingest/base/reaches-up.ts': "import { load } from '../load/loader.ts';\nexport const up = load;\n",
  'ingest/text/keys.ts': "import { floor } from '../base/floor.ts';\nexport const key = floor;\n",
  'ingest/load/loader.ts':
    "import { floor } from '../base/floor.ts';\nimport { key } from '../text/keys.ts';\nexport const load = floor + key;\n",
  'ingest/load/logs-from-src.ts':
    "import { config } from '../../src/config.ts';\nexport const logged = config;\n",
  'ingest/curate/tested.ts': "import { fixture } from '../../test/fixture.ts';\nexport const t = fixture;\n",
  'ingest/lexicon/shared/table.ts': "import { key } from '../../text/keys.ts';\nexport const table = key;\n",
  'ingest/lexicon/shared/reads-recogniser.ts':
    "import { recognise } from '../../extract/en/recogniser.ts';\nexport const r = recognise;\n",
  'ingest/extract/en/recogniser.ts':
    "import { table } from '../../lexicon/shared/table.ts';\nexport const recognise = table;\n",
  'ingest/resolve/resolver.ts':
    "import { table } from '../lexicon/shared/table.ts';\nimport { load } from '../load/loader.ts';\nexport const resolve = table + load;\n",
  'ingest/resolve/uses-recogniser.ts':
    "import { recognise } from '../extract/en/recogniser.ts';\nexport const u = recognise;\n",
  'src/config.ts': "import { floor } from '../ingest/base/floor.ts';\nexport const config = floor;\n",
  'src/db/graph.ts':
    "import { load } from '../../ingest/load/loader.ts';\nimport { config } from '../config.ts';\nexport const graph = load + config;\n",
  'src/db/uses-command.ts': "import { command } from '../cli/command.ts';\nexport const db = command;\n",
  'src/db/uses-api.ts': "import { api } from '../api/server.ts';\nexport const d = api;\n",
  'src/api/server.ts':
    "import { graph } from '../db/graph.ts';\nexport const api = graph;\nexport interface ApiRow { id: string }\n",
  'src/api/uses-command.ts': "import { command } from '../cli/command.ts';\nexport const a = command;\n",
  'src/check/integrity.ts':
    "import type { ApiRow } from '../api/server.ts';\nimport { graph } from '../db/graph.ts';\nexport const row: ApiRow | number = graph;\n",
  'src/analytics/runs-api.ts': "import { api } from '../api/server.ts';\nexport const b = api;\n",
  'src/cli/command.ts':
    "import { api } from '../api/server.ts';\nimport { graph } from '../db/graph.ts';\nexport const command = api + graph;\n",
  'test/fixture.ts': "import { command } from '../src/cli/command.ts';\nexport const fixture = command;\n",
};

/** from → to, and the rule that must refuse it. Every other import in TREE must pass. */
const CROSSINGS = [
  ['ingest/base/reaches-up.ts', 'ingest/load/loader.ts', 'floor-imports-only-floor'],
  ['ingest/load/logs-from-src.ts', 'src/config.ts', 'ingest-never-imports-src'],
  ['ingest/curate/tested.ts', 'test/fixture.ts', 'code-never-imports-tests-or-tools'],
  ['ingest/resolve/uses-recogniser.ts', 'ingest/extract/en/recogniser.ts', 'resolve-never-imports-extract'],
  ['ingest/lexicon/shared/reads-recogniser.ts', 'ingest/extract/en/recogniser.ts', 'lexicon-below-its-users'],
  ['src/db/uses-command.ts', 'src/cli/command.ts', 'db-below-its-users'],
  ['src/db/uses-command.ts', 'src/cli/command.ts', 'nothing-imports-the-commands'],
  ['src/db/uses-api.ts', 'src/api/server.ts', 'db-below-its-users'],
  ['src/api/uses-command.ts', 'src/cli/command.ts', 'nothing-imports-the-commands'],
  ['src/analytics/runs-api.ts', 'src/api/server.ts', 'checks-and-analytics-below-the-api'],
].map(([from, to, rule]) => `${from} → ${to}: ${rule}`);

describe('the layer rule (.dependency-cruiser.mjs)', () => {
  let dir: string;
  let exitCode = 0;
  let report = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kg-layers-'));
    for (const [file, source] of Object.entries(TREE)) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, file), source);
    }
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', allowImportingTsExtensions: true, noEmit: true },
      }),
    );
    // The very command `npm run check layers` runs, with its default report, read line by line.
    const depcruise = path.join(projectRoot, 'node_modules/.bin/depcruise');
    const config = path.join(projectRoot, '.dependency-cruiser.mjs');
    try {
      report = (await run(depcruise, ['--config', config, 'ingest', 'src'], { cwd: dir })).stdout;
    } catch (err) {
      const e = err as { code?: number; stdout?: string };
      exitCode = e.code ?? -1;
      report = e.stdout ?? '';
    }
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails (non-zero exit) when a layer is crossed, so `npm run check` fails', () => {
    expect(exitCode).not.toBe(0);
  });

  it('refuses exactly the crossings, each by the rule that states it, and lets every other import pass', () => {
    // "  error <rule>: <from> → <to>" per violation, then "… <n> modules, <m> dependencies cruised."
    expect(report).toContain(` ${Object.keys(TREE).length} modules, `);
    const found = [...report.matchAll(/^\s*error ([\w-]+): (\S+) → (\S+)$/gmu)].map(
      ([, rule, from, to]) => `${from} → ${to}: ${rule}`,
    );
    expect(found.sort()).toEqual([...CROSSINGS].sort());
  });
});
