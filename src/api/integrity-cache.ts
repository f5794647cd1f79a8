// The integrity dashboard's figure (decision 0084). `kg check`'s invariants are whole-graph passes
// (linear in the graph since decision 0089, yet 4.6 M db hits and 3–7 s at 8,000 generated
// articles: no request's budget), so the API does not run them per request: it keeps the last report, checked in the background, and answers from it with the time
// it was checked. A request that finds it older than `maxAgeMs` starts one new check (never two at
// once) and is answered with the figure it has; only the very first request waits for a check,
// within its own budget. A check that took long is not repeated sooner than ten times its length:
// a dashboard polled all day keeps Neo4j busy with checks a tenth of the time at most. The report is computed with the most examples a client may ask
// (MAX_EXAMPLES) and sliced per request: every invariant lists its examples in a fixed order (by
// ids), so the first `limit` of them are what a check with that limit gives.
// A write through this server (a mutation: an ingest, a merge, a split, a judgement, an undo) marks
// the figure stale (decision 0089): the next request starts a new check without waiting for the
// figure's age, still one at a time and still no sooner than ten times the last check's length, and
// every answer says whether its figure predates the last write (`stale`, `writtenAt`). Writes made
// elsewhere (`kg ingest`, another server) are not seen: the figure catches up within its age.
import {
  checkIntegrity,
  MAX_EXAMPLES,
  type IntegrityReport,
  type RunNamedQuery,
} from '../check/integrity.ts';
import { childLog } from '../log.ts';

const log = childLog('api');

/** How old the figure may be before a request starts a new check (default). */
export const INTEGRITY_MAX_AGE_MS = 60_000;

/** A new check waits at least this many times the last check's length (the background's share). */
export const CHECK_SPACING = 10;

export interface CheckedIntegrity {
  report: IntegrityReport;
  /** When the check that gave `report` started. */
  checkedAt: Date;
  /** When the last write through this server ended (null: none since it started). */
  writtenAt: Date | null;
  /** True when that write ended after the check started: the figure may not show it. */
  stale: boolean;
}

/** A check as kept: its report with every example (MAX_EXAMPLES) and when it started. */
interface KeptCheck {
  report: IntegrityReport;
  checkedAt: Date;
}

export class IntegrityCheckRunning extends Error {
  constructor(readonly startedAt: Date) {
    super('the integrity check is still running');
  }
}

export class IntegrityCache {
  private last: KeptCheck | null = null;
  private running: { startedAt: Date; done: Promise<KeptCheck> } | null = null;
  private stopped = false;
  /** Rejects when the server closes: the check running then ends at once, its query abandoned. */
  private readonly stopping: Promise<never>;
  private stopNow: (reason: Error) => void = () => {};
  /** How long the last check that ended took (ms). */
  private lastMs = 0;
  /** When the last write through this server ended (ms), or null. */
  private writtenAt: number | null = null;

  /**
   * `run` runs a named query with a budget of its own (a whole-graph check, not a request's: the
   * server gives it kg check's 10 minutes); `now` is the clock (tests).
   */
  constructor(
    private readonly run: RunNamedQuery,
    private readonly maxAgeMs = INTEGRITY_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.stopping = new Promise<never>((_, reject) => {
      this.stopNow = reject;
    });
    this.stopping.catch(() => {});
  }

  /** Starts a check unless one is running; resolves to its figure (rejects if it failed). */
  refresh(): Promise<CheckedIntegrity> {
    return this.startCheck().then((kept) => this.answer(kept, MAX_EXAMPLES));
  }

  /** Starts a check unless one is running; resolves to it as kept. */
  private startCheck(): Promise<KeptCheck> {
    if (this.running) return this.running.done;
    const startedAt = new Date(this.now());
    // Each query of the check gives way to the server's close: a whole-graph query may run for
    // minutes, and the graph closes right after the server (a check left waiting on a closed
    // driver kept `kg up` alive after it had stopped Neo4j).
    const run: RunNamedQuery = (name, params) =>
      this.stopped ? this.stopping : Promise.race([this.run(name, params), this.stopping]);
    const done = checkIntegrity(run, MAX_EXAMPLES).then(
      (report) => {
        this.last = { report, checkedAt: startedAt };
        this.running = null;
        this.lastMs = this.now() - startedAt.getTime();
        log.info({ ms: this.lastMs }, 'integrity checked');
        return this.last;
      },
      (err: unknown) => {
        this.running = null;
        if (!this.stopped) log.warn({ err }, 'integrity check failed; the last figure stays');
        throw err;
      },
    );
    this.running = { startedAt, done };
    // A background refresh's failure is logged above; a caller that waits sees it too.
    done.catch(() => {});
    return done;
  }

  /**
   * A write through this server has ended (a mutation, whether or not it wrote all it was asked):
   * the figure of any check started before now is stale, and the next request starts a new check
   * as soon as the spacing allows. Marked after the write, so a check that starts later sees it.
   */
  markWritten(): void {
    this.writtenAt = this.now();
  }

  /**
   * The last figure with at most `limit` examples per invariant. Older than maxAgeMs, or older than
   * the last write, and older than ten times the last check's length: a new check starts in the
   * background and this one is answered. None yet: waits for the running (or a new) check up to
   * `waitMs`, then throws IntegrityCheckRunning.
   */
  async get(limit: number, waitMs: number): Promise<CheckedIntegrity> {
    const last = this.last;
    if (last) {
      const checkedAt = last.checkedAt.getTime();
      const age = this.now() - checkedAt;
      if (age >= Math.max(this.writtenSince(checkedAt) ? 0 : this.maxAgeMs, CHECK_SPACING * this.lastMs))
        void this.startCheck().catch(() => {});
      return this.answer(last, limit);
    }
    const check = this.startCheck();
    const startedAt = this.running?.startedAt ?? new Date(this.now());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new IntegrityCheckRunning(startedAt)), waitMs);
    });
    try {
      return this.answer(await Promise.race([check, timeout]), limit);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Starts the first check unless one has ended or is running (the server, after its warm-up).
   * Resolves when there is a figure or the check failed (logged by startCheck); never rejects.
   */
  async prime(): Promise<void> {
    if (!this.last) await this.startCheck().catch(() => {});
  }

  /** The server is closing: a check still running ends now, without a warning; none starts again. */
  stop(): void {
    this.stopped = true;
    this.stopNow(new Error('the server is closing'));
  }

  /** Whether a write through this server ended after a check that started at `checkedAtMs` began. */
  private writtenSince(checkedAtMs: number): boolean {
    return this.writtenAt !== null && this.writtenAt >= checkedAtMs;
  }

  /** The figure with at most `limit` examples per invariant, and whether the last write came after its check began. */
  private answer(checked: KeptCheck, limit: number): CheckedIntegrity {
    const writtenAt = this.writtenAt;
    return {
      checkedAt: checked.checkedAt,
      writtenAt: writtenAt === null ? null : new Date(writtenAt),
      stale: this.writtenSince(checked.checkedAt.getTime()),
      report: sliced(checked.report, limit),
    };
  }
}

function sliced(report: IntegrityReport, limit: number): IntegrityReport {
  return {
    invariants: report.invariants.map((i) => ({ ...i, examples: i.examples.slice(0, limit) })),
  };
}
