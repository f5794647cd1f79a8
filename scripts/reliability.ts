// `npm run test:reliability [-- --full]`: runs the reliability suites (quick sizes, or the full ones
// with --full), then writes the figures each suite recorded in this run (test-output/reliability/*.json)
// into docs/reliability.md between its figure markers. Exit code: vitest's. `-- --figures-only`
// writes the figures the last run left (an `npm test` records them too) without running anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';

export const RELIABILITY_SUITES = [
  'test/unit/api-config-reliability.test.ts',
  'test/graph/api-abuse.test.ts',
  'test/graph/api-curators.test.ts',
  'test/graph/api-hardening.test.ts',
  'test/graph/backup.test.ts',
  'test/graph/ingest-chaos.test.ts',
  'test/graph/ingest-crash.test.ts',
  'test/graph/neo4j-kill.test.ts',
  'test/graph/outage-and-signals.test.ts',
  'test/graph/signals.test.ts',
  'test/unit/fuzz-extract.test.ts',
  'test/graph/fuzz-ingest.test.ts',
  'test/unit/not-language.test.ts',
];
const FIGURES_DIR = path.join(projectRoot, 'test-output', 'reliability');
const DOC = path.join(projectRoot, 'docs', 'reliability.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

const full = process.argv.includes('--full');
const figuresOnly = process.argv.includes('--figures-only');
const started = Date.now();
if (!figuresOnly) fs.rmSync(FIGURES_DIR, { recursive: true, force: true });
const vitest = figuresOnly
  ? { status: null }
  : spawnSync('npx', ['vitest', 'run', ...RELIABILITY_SUITES], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, KG_RELIABILITY_SIZE: full ? 'full' : 'quick' },
    });

const entries = fs.existsSync(FIGURES_DIR)
  ? fs
      .readdirSync(FIGURES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(FIGURES_DIR, f), 'utf8')) as Record<string, unknown>)
  : [];
// The outage test asserts that the API recovers by itself (generous bounds); the 5 s target of
// issue 16 is a figure, judged here where it is measured, not a timed assertion in npm test.
const RECOVERY_TARGET_SECONDS = 5;
const outage = entries.find((e) => e.suite === 'outage');
const recovery =
  typeof outage?.recoverySeconds === 'number'
    ? `Outage recovery ${outage.recoverySeconds} s after Bolt answered: the ${RECOVERY_TARGET_SECONDS} s target ` +
      (outage.recoverySeconds <= RECOVERY_TARGET_SECONDS ? 'met.' : 'MISSED.')
    : null;
if (recovery) process.stderr.write(`${recovery}\n`);
const lines = [
  START,
  figuresOnly
    ? 'Figures as the last run of each suite recorded them (written with --figures-only).'
    : `Run of ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC, ${full ? 'full' : 'quick'} size, ` +
      `${((Date.now() - started) / 60_000).toFixed(1)} min, vitest exit code ${vitest.status}.`,
  ...(recovery ? ['', recovery] : []),
  '',
  '| suite | recorded (UTC), size | figures |',
  '| --- | --- | --- |',
  ...entries.map(
    ({ suite, at, size, ...figures }) =>
      `| ${String(suite)} | ${String(at).slice(0, 16).replace('T', ' ')}, ${String(size)} | \`${JSON.stringify(figures)}\` |`,
  ),
  END,
];
const doc = fs.readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < 0) throw new Error(`${DOC} lacks the ${START} … ${END} markers`);
fs.writeFileSync(DOC, doc.slice(0, from) + lines.join('\n') + doc.slice(to + END.length));
process.stderr.write(`figures of ${entries.length} suites written to docs/reliability.md\n`);
process.exit(figuresOnly ? 0 : (vitest.status ?? 1));
