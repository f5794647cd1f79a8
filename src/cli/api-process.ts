// The V8 settings of the process that serves the API (`kg serve`, `kg up`; decision 0083).
//
// V8 collects its young generation (the semi-spaces) whenever they fill: at V8's default 16 MB a
// scavenge came every 13-22 requests of the race's questions, and a request it fell into waited
// for it — bench:peer's one-connection p99 was such a request. A larger semi-space makes scavenges
// fewer (each copies what is live at that moment, about as much as before), so fewer requests wait.
// V8 sizes its heap when the process starts, so the flag must be on node's command line: a command
// started without it runs itself again in a child node that has it, and waits for that child.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** V8's own spelling; it also accepts underscores. */
export const SEMI_SPACE_FLAG = '--max-semi-space-size';
const SEMI_SPACE = /^--max[-_]semi[-_]space[-_]size(=|$)/;
const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The flags node must be started with to serve the API: the semi-space size in MB, unless it is 0
 * (V8's default) or node already runs with a semi-space size of the user's (on its command line or
 * in NODE_OPTIONS), which is kept.
 */
export function apiV8Flags(semiSpaceMb: number, execArgv: readonly string[], nodeOptions = ''): string[] {
  if (semiSpaceMb === 0) return [];
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((flag) => SEMI_SPACE.test(flag));
  return given ? [] : [`${SEMI_SPACE_FLAG}=${semiSpaceMb}`];
}

/**
 * Runs this process's command again in a child node started with `flags` before its own, with the
 * same arguments, environment and terminal; SIGINT, SIGTERM and SIGHUP are passed on (the child's
 * stop handling takes a second copy of one signal as the same request). Resolves with the child's
 * exit code (128 + the signal's number when a signal ended it).
 */
export function runAgainWith(flags: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
      stdio: 'inherit',
    });
    const pass = (signal: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, pass);
    const done = () => {
      for (const signal of FORWARDED) process.off(signal, pass);
    };
    child.once('error', (err) => {
      done();
      reject(err);
    });
    child.once('exit', (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}

/**
 * For `kg serve` and `kg up`: null when this process already runs with the API's V8 flags (or
 * KG_API_SEMI_SPACE_MB=0 asks for none); else the exit code of the same command run again with them.
 */
export function serveWithApiFlags(semiSpaceMb: number): Promise<number> | null {
  const flags = apiV8Flags(semiSpaceMb, process.execArgv, process.env.NODE_OPTIONS);
  return flags.length === 0 ? null : runAgainWith(flags);
}
