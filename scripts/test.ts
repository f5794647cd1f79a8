// The vitest part of `npm test`: two vitest processes side by side instead of one run of two groups
// one after the other (decision 0063). `graph` (its files one at a time on one shared Neo4j) used to
// wait for `unit`, `faults` and `browser` to finish although the faults group leaves a core idle
// whenever its JVMs start, stop or sit in the driver's retries; run as its own process it overlaps
// them. Each process has its own global setups, so its own servers and stores (named by the vitest
// process's pid, test/setup/neo4j.ts); nothing in one touches the other's.
//
// Output: each line of each part, as it comes, prefixed with the part's name, so that a failing part
// never hides the other; then one summary naming each part's result and wall time. Exit code 1 when
// any part failed (or was killed).
//
//   npm test                     npm run check, then this script: both parts
//   node --import tsx scripts/test.ts -- <vitest args>   one plain `vitest run <args>` (a file, a project)
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../src/config.ts';

interface Part {
  name: string;
  args: string[];
}

const PARTS: Part[] = [
  { name: 'graph', args: ['run', '--project', 'graph'] },
  {
    name: 'unit+faults+browser',
    args: ['run', '--project', 'unit', '--project', 'faults', '--project', 'browser'],
  },
];

interface Outcome {
  name: string;
  /** The exit code, or the signal that ended the process. */
  end: number | NodeJS.Signals;
  seconds: number;
}

const vitest = path.join(projectRoot, 'node_modules', '.bin', 'vitest');
const children = new Set<ReturnType<typeof spawn>>();

function runPart(part: Part, prefixed: boolean): Promise<Outcome> {
  const started = Date.now();
  const child = spawn(vitest, part.args, {
    cwd: projectRoot,
    stdio: ['ignore', prefixed ? 'pipe' : 'inherit', prefixed ? 'pipe' : 'inherit'],
    // Piped output is not a terminal; keep vitest's colours when ours is one.
    env: prefixed && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  children.add(child);
  if (prefixed) {
    const tag = `[${part.name}] `;
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      if (!stream) continue;
      readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        out.write(tag + line + '\n');
      });
    }
  }
  return new Promise((resolve) => {
    child.on('error', (err) => {
      process.stderr.write(`[${part.name}] could not start ${vitest}: ${err.message}\n`);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ name: part.name, end: code ?? signal ?? 1, seconds: (Date.now() - started) / 1000 });
    });
  });
}

// A Ctrl-C reaches the children through the terminal's process group; a SIGTERM sent to this process
// alone (npm's, CI's) is passed on, so that each vitest stops its servers in its teardown.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

const passThrough = process.argv.slice(2).filter((arg) => arg !== '--');
if (passThrough.length > 0) {
  // A subset asked for by name: one vitest run, as `npx vitest run <args>` would do it.
  const outcome = await runPart({ name: 'vitest', args: ['run', ...passThrough] }, false);
  process.exitCode = outcome.end === 0 ? 0 : 1;
} else {
  const outcomes = await Promise.all(PARTS.map((part) => runPart(part, true)));
  const failed = outcomes.filter((o) => o.end !== 0);
  process.stdout.write('\nnpm test, vitest parts (run side by side, decision 0063):\n');
  for (const o of outcomes) {
    const result =
      o.end === 0 ? 'passed' : typeof o.end === 'number' ? `FAILED (exit ${o.end})` : `KILLED (${o.end})`;
    process.stdout.write(`  ${o.name.padEnd(22)} ${result.padEnd(18)} ${o.seconds.toFixed(0)} s\n`);
  }
  process.stdout.write(
    failed.length === 0
      ? 'all parts passed\n'
      : `failed: ${failed.map((o) => o.name).join(', ')} (its lines above carry its name in brackets)\n`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}
