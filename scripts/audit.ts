// `npm run audit`: npm audit of the production dependencies (what `npm ci --omit=dev` installs, and
// the Docker image runs), saying plainly when the registry's advisory endpoint does not answer —
// that is "not checked", never "no vulnerabilities".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report: {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } };
};
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report.message ?? (run.error ? run.error.message : (run.stderr.trim().split('\n').at(-1) ?? 'no answer'));
  process.stderr.write(
    `npm run audit: NOT CHECKED — the registry's advisory endpoint did not answer (${why}).\n` +
      'Nothing is known about advisories for these dependencies; run it again where registry.npmjs.org answers audits.\n',
  );
  process.exit(2);
}
const found = Object.entries(counts).filter(([level, n]) => level !== 'total' && n > 0);
process.stdout.write(
  found.length === 0
    ? `npm run audit: no known vulnerabilities in the ${report.metadata?.dependencies?.prod ?? '?'} production dependencies\n`
    : `npm run audit: ${found.map(([level, n]) => `${n} ${level}`).join(', ')} — 'npm audit --omit=dev' lists them\n`,
);
process.exit(found.some(([level]) => level === 'high' || level === 'critical') ? 1 : 0);
