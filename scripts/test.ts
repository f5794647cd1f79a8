// The vitest part of `npm test`: two vitest processes side by side instead of one run of two groups
// one after the other (decision 0063). `graph` (its files one at a time on one shared Neo4j) used to
// wait for `unit`, `faults` and `browser` to finish although the faults group leaves a core idle
// whenever its JVMs start, stop or sit in the driver's retries; run as its own process it overlaps
// them. Each process has its own global setups, so its own servers and stores (named by the vitest
// process's pid, test/setup/neo4j.ts); nothing in one touches the other's.
//
//   npm test                          npm run check, then both parts; exit 1 if either failed
//   npm test -- <vitest arguments>    one plain `vitest run <arguments>` (files, --project …)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import { runSideBySide } from './side-by-side.ts';

const vitest = path.join(projectRoot, 'node_modules', '.bin', 'vitest');

const passThrough = process.argv.slice(2).filter((arg) => arg !== '--');
if (passThrough.length > 0) {
  // A subset asked for by name: one vitest run, as `npx vitest run <arguments>` would do it.
  const run = spawnSync(vitest, ['run', ...passThrough], { cwd: projectRoot, stdio: 'inherit' });
  process.exitCode = run.status === 0 ? 0 : 1;
} else {
  process.exitCode = await runSideBySide(
    [
      { name: 'graph', command: vitest, args: ['run', '--project', 'graph'] },
      {
        name: 'unit+faults+browser',
        command: vitest,
        args: ['run', '--project', 'unit', '--project', 'faults', '--project', 'browser'],
      },
    ],
    {
      cwd: projectRoot,
      // Piped output is not a terminal; keep vitest's colours when ours is one.
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
      title: 'npm test, vitest parts (side by side, decision 0063)',
    },
  );
}
