// Runs commands side by side, each line of their output prefixed with the command's name as it comes
// (so that one that fails never hides another's output), then writes one summary: each command's
// result and wall time, and which failed. Used by `npm test` (scripts/test.ts) for its two vitest
// parts; kept apart from it so that a unit test can run it on small commands.
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import type { Writable } from 'node:stream';

export interface SideBySidePart {
  name: string;
  command: string;
  args: string[];
}

export interface PartOutcome {
  name: string;
  /** The exit code, or the signal that ended the process. */
  end: number | NodeJS.Signals;
  seconds: number;
}

export interface SideBySideOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdout?: Writable;
  stderr?: Writable;
  /** Heading of the summary. */
  title?: string;
}

/** Runs every part to its end (none is stopped because another failed); resolves with the exit code: 0 when all passed. */
export async function runSideBySide(
  parts: SideBySidePart[],
  options: SideBySideOptions = {},
): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const children = new Set<ChildProcess>();
  // A Ctrl-C reaches the children through the terminal's process group; a SIGTERM sent to this
  // process alone (npm's, CI's) is passed on, so that each child can stop what it started.
  const forward = (signal: NodeJS.Signals) => {
    for (const child of children) child.kill(signal);
  };
  process.on('SIGINT', forward).on('SIGTERM', forward);
  try {
    const outcomes = await Promise.all(parts.map((part) => runPart(part, options, children, stdout, stderr)));
    const failed = outcomes.filter((o) => o.end !== 0);
    const width = Math.max(...outcomes.map((o) => o.name.length)) + 2;
    stdout.write(`\n${options.title ?? 'side by side'}:\n`);
    for (const o of outcomes) {
      const result =
        o.end === 0 ? 'passed' : typeof o.end === 'number' ? `FAILED (exit ${o.end})` : `KILLED (${o.end})`;
      stdout.write(`  ${o.name.padEnd(width)}${result.padEnd(18)}${o.seconds.toFixed(0)} s\n`);
    }
    stdout.write(
      failed.length === 0
        ? 'all passed\n'
        : `failed: ${failed.map((o) => o.name).join(', ')} (see the lines above prefixed with its name)\n`,
    );
    return failed.length === 0 ? 0 : 1;
  } finally {
    process.off('SIGINT', forward).off('SIGTERM', forward);
  }
}

function runPart(
  part: SideBySidePart,
  options: SideBySideOptions,
  children: Set<ChildProcess>,
  stdout: Writable,
  stderr: Writable,
): Promise<PartOutcome> {
  const started = Date.now();
  const tag = `[${part.name}] `;
  return new Promise((resolve) => {
    const child = spawn(part.command, part.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    // Both streams must be read to their end before the outcome counts, or the last lines could
    // follow the summary.
    const drained = [child.stdout, child.stderr].map(
      (stream, i) =>
        new Promise<void>((done) => {
          const out = i === 0 ? stdout : stderr;
          readline
            .createInterface({ input: stream, crlfDelay: Infinity })
            .on('line', (line) => out.write(tag + line + '\n'))
            .on('close', done);
        }),
    );
    let spawnError: Error | undefined;
    child.on('error', (err) => {
      spawnError = err;
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      void Promise.all(drained).then(() => {
        if (spawnError) stderr.write(`${tag}could not run ${part.command}: ${spawnError.message}\n`);
        resolve({ name: part.name, end: code ?? signal ?? 1, seconds: (Date.now() - started) / 1000 });
      });
    });
  });
}
