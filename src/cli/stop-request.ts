// How long-running commands (kg up, kg serve) learn that they should stop: SIGINT, SIGTERM or SIGHUP
// to this process, or the parent that started it going away.
//
// `npm run kg -- up` runs node under npm (the script execs node, so there is no shell between them
// to swallow a signal); npm forwards SIGINT and SIGTERM to it. Ctrl-C in a terminal reaches npm and
// node both, and npm forwards its copy: node sees two SIGINTs a few milliseconds apart. So a repeat
// within REPEAT_WINDOW_MS is the same request; a later one means "stop now" and exits at once. And
// if npm is killed outright (SIGKILL, or a supervisor that signals only the process it started and
// then gives up), node is orphaned: the parent watch notices and stops in order as for SIGTERM.

const REPEAT_WINDOW_MS = 2000;
const PARENT_CHECK_MS = 1000;

export interface StopRequest {
  /** Resolves with the reason ("SIGTERM", "parent exited") once a stop is asked for. */
  readonly requested: Promise<string>;
  /** The reason, once asked; null before. */
  readonly reason: string | null;
  /** Removes the handlers (at the end of the command). */
  dispose(): void;
}

export function watchStopRequests(options: { onImpatient: (signal: NodeJS.Signals) => void }): StopRequest {
  let reason: string | null = null;
  let firstAt = 0;
  let wake: (reason: string) => void = () => {};
  const requested = new Promise<string>((resolve) => (wake = resolve));
  const request = (why: string) => {
    if (reason) return;
    reason = why;
    firstAt = Date.now();
    process.stderr.write(`kg: ${why}: stopping\n`);
    wake(why);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (reason && Date.now() - firstAt > REPEAT_WINDOW_MS) options.onImpatient(signal);
    else request(signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);

  const parent = process.ppid;
  const parentWatch = setInterval(() => {
    if (process.ppid !== parent) request('parent process exited');
  }, PARENT_CHECK_MS);
  parentWatch.unref();

  return {
    requested,
    get reason() {
      return reason;
    },
    dispose() {
      for (const signal of signals) process.off(signal, onSignal);
      clearInterval(parentWatch);
    },
  };
}
