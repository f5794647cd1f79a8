// Whether Neo4j can be reached, known before a request waits on it. While the database is unreachable the
// driver retries a read for up to 30 s and the request's budget would end it as QUERY_TIMEOUT ("ask
// for less"), a wrong diagnosis. So the server keeps one probe going: every second while Neo4j
// answers, every quarter second while it does not. A request arriving during an outage is refused
// at once with SERVICE_UNAVAILABLE (503, Retry-After); reads already waiting are released with the
// same answer as soon as the probe fails; and the first probe that succeeds ends the outage, so the
// server recovers by itself within a quarter second of Bolt answering again.
import { EventEmitter } from 'node:events';
import { childLog } from '../log.ts';
import { type GraphHandle, openSession } from '../../ingest/base/graph-session.ts';
import { isConnectionError } from '../db/connection-error.ts';

const log = childLog('api');

export interface DatabaseHealthOptions {
  /** Between probes while the database answers. */
  upIntervalMs?: number;
  /** Between probes during an outage: bounds how long recovery takes to notice. */
  downIntervalMs?: number;
  /** A probe not answered in this time is abandoned (and the next one sent). */
  probeTimeoutMs?: number;
  /** Called (not awaited) when an outage ends: a restarted server has no query plans yet. */
  onRecovered?: () => Promise<void>;
}

// Shared with the command line (src/cli/main.ts), so both agree on what an outage is.
export { isConnectionError };

export class DatabaseHealth {
  private up = true;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private probing = false;
  private readonly events = new EventEmitter();
  private readonly upIntervalMs: number;
  private readonly downIntervalMs: number;
  private readonly probeTimeoutMs: number;
  /** When the current outage began (ms since epoch), or null. */
  downSince: number | null = null;

  constructor(
    private readonly graph: GraphHandle,
    private readonly options: DatabaseHealthOptions = {},
  ) {
    this.upIntervalMs = options.upIntervalMs ?? 1000;
    this.downIntervalMs = options.downIntervalMs ?? 250;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2000;
    this.events.setMaxListeners(0);
  }

  get available(): boolean {
    return this.up;
  }

  start(): void {
    this.stopped = false;
    this.schedule(this.upIntervalMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** A read failed with a connection error: the outage starts now, without waiting for the probe. */
  reportConnectionError(err: unknown): void {
    if (isConnectionError(err)) this.markDown();
  }

  /** Resolves when an outage begins (at once if one is going on): lets waiting reads give up. */
  whenDown(): { promise: Promise<void>; cancel: () => void } {
    if (!this.up) return { promise: Promise.resolve(), cancel: () => {} };
    let listener: () => void = () => {};
    const promise = new Promise<void>((resolve) => {
      listener = resolve;
      this.events.once('down', listener);
    });
    return { promise, cancel: () => this.events.off('down', listener) };
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.probe(), ms);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    this.probing = true;
    const answer = await this.ping().finally(() => (this.probing = false));
    if (this.stopped) return;
    if (answer === 'answered') this.markUp();
    else if (answer === 'unreachable') this.markDown();
    this.schedule(this.up ? this.upIntervalMs : this.downIntervalMs);
  }

  /**
   * One auto-commit `RETURN 1` (no driver retries). A connection error means unreachable; no answer
   * within probeTimeoutMs says nothing either way (a busy server is slow, not down: its requests end
   * as QUERY_TIMEOUT, which is then the right diagnosis), so the state stays as it is.
   */
  private async ping(): Promise<'answered' | 'unreachable' | 'slow'> {
    const session = openSession(this.graph, 'READ');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), this.probeTimeoutMs);
    });
    const run = session
      .run(
        'RETURN 1 AS ok',
        {},
        { timeout: this.probeTimeoutMs, metadata: { app: 'kg-api', query: 'health' } },
      )
      .then(
        () => 'answered' as const,
        (err: unknown) => {
          log.debug({ err }, 'health probe failed');
          return isConnectionError(err) ? ('unreachable' as const) : ('answered' as const);
        },
      );
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  private markDown(): void {
    if (!this.up) return;
    this.up = false;
    this.downSince = Date.now();
    log.warn('Neo4j does not answer: refusing requests with SERVICE_UNAVAILABLE until it does');
    this.events.emit('down');
    // Probe at the outage pace from now on, not at the end of a one-second wait.
    if (this.timer && !this.stopped && !this.probing) {
      clearTimeout(this.timer);
      this.schedule(this.downIntervalMs);
    }
  }

  private markUp(): void {
    if (this.up) return;
    const seconds = this.downSince ? (Date.now() - this.downSince) / 1000 : 0;
    this.up = true;
    this.downSince = null;
    log.warn({ outageSeconds: Math.round(seconds * 10) / 10 }, 'Neo4j answers again: serving');
    this.options
      .onRecovered?.()
      .catch((err: unknown) => log.warn({ err }, 'warm-up after the outage failed'));
  }
}
