// Decision 0084: the integrity dashboard answers from the server's last whole-graph check, and the
// warm-up leaves it out. The check's queries are faked here (counted, held, answered on demand).
import { describe, expect, it } from 'vitest';
import { IntegrityCache, IntegrityCheckRunning } from '../../src/api/integrity-cache.ts';
import { loadOperationCatalogue } from '../../src/api/guards/persisted-queries.ts';
import { warmsUp } from '../../src/api/warm-up.ts';
import { INTEGRITY_INVARIANTS, MAX_EXAMPLES } from '../../src/check/integrity.ts';

/** A fake graph: every invariant has `found` findings; each check waits for `release()` when held. */
function fakeGraph(found: number) {
  const state = {
    found,
    checks: 0,
    limits: [] as number[],
    held: null as Promise<void> | null,
  };
  let release = () => {};
  const run = async (query: string, params: Record<string, unknown>) => {
    if (query === INTEGRITY_INVARIANTS[0]!.query) {
      state.checks++;
      state.limits.push(Number(params.limit));
    }
    await state.held;
    const limit = Number(params.limit);
    const examples = Array.from({ length: Math.min(limit, state.found) }, (_, i) => ({
      ids: [`${query}:${i}`],
      names: [],
      articleIds: [],
      note: '',
    }));
    return [{ count: state.found, examples }];
  };
  return {
    state,
    run,
    hold() {
      state.held = new Promise<void>((resolve) => (release = resolve));
    },
    release() {
      state.held = null;
      release();
    },
  };
}

const countOf = (report: { invariants: { count: number }[] }) => report.invariants[0]!.count;

describe('the integrity figure kept by the server', () => {
  it('ends a running check when the server closes, and starts none after', async () => {
    const graph = fakeGraph(2);
    graph.hold(); // a whole-graph query that does not answer before the server closes
    const cache = new IntegrityCache(graph.run, 60_000);
    const check = cache.refresh();
    cache.stop();
    // Settles without the query's answer: a check left waiting kept `kg up` alive after it stopped.
    await expect(check).rejects.toThrow(/closing/);
    graph.release();
    await expect(cache.refresh()).rejects.toThrow(/closing/);
    expect(graph.state.checks).toBe(1);
  });

  it('resolves prime() only when the first check has ended, so what waits for it shares no Neo4j with the check', async () => {
    const graph = fakeGraph(4);
    graph.hold();
    const cache = new IntegrityCache(graph.run, 60_000);
    let primed = false;
    const priming = cache.prime().then(() => (primed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The check is held: prime() has not resolved, and a request that will not wait finds no figure.
    expect(primed).toBe(false);
    await expect(cache.get(1, 0)).rejects.toBeInstanceOf(IntegrityCheckRunning);
    graph.release();
    await priming;
    expect((await cache.get(1, 0)).report.invariants[0]!.count).toBe(4);
    expect(graph.state.checks).toBe(1);
  });

  it('resolves prime() though the first check failed (the start of a server never rejects)', async () => {
    const cache = new IntegrityCache(() => Promise.reject(new Error('Neo4j is down')), 60_000);
    await expect(cache.prime()).resolves.toBeUndefined();
  });

  it('checks once with the most examples and slices them per request', async () => {
    const graph = fakeGraph(7);
    const cache = new IntegrityCache(graph.run, 60_000);
    const three = await cache.get(3, 10_000);
    const five = await cache.get(5, 10_000);
    expect(graph.state.checks).toBe(1);
    expect(graph.state.limits).toEqual([MAX_EXAMPLES]);
    expect(three.report.invariants[0]!.examples.map((e) => e.ids[0])).toEqual([
      `${INTEGRITY_INVARIANTS[0]!.query}:0`,
      `${INTEGRITY_INVARIANTS[0]!.query}:1`,
      `${INTEGRITY_INVARIANTS[0]!.query}:2`,
    ]);
    expect(five.report.invariants.every((i) => i.count === 7 && i.examples.length === 5)).toBe(true);
    expect(five.checkedAt).toEqual(three.checkedAt);
    // The server primes the cache after its warm-up: not again when a request already checked.
    await cache.prime();
    expect(graph.state.checks).toBe(1);
  });

  it('answers the figure it has while younger than its age, then starts one check and answers the old one', async () => {
    let now = 1_000_000;
    const graph = fakeGraph(2);
    const cache = new IntegrityCache(graph.run, 60_000, () => now);
    const first = await cache.get(10, 10_000);
    graph.state.found = 0;
    now += 59_000;
    expect(countOf((await cache.get(10, 10_000)).report)).toBe(2);
    expect(graph.state.checks).toBe(1);
    now += 2_000;
    graph.hold();
    // Older than a minute: this request is answered at once with the old figure; one check starts.
    const stale = await cache.get(10, 10_000);
    expect(countOf(stale.report)).toBe(2);
    expect(stale.checkedAt).toEqual(first.checkedAt);
    await cache.get(10, 10_000);
    expect(graph.state.checks).toBe(2);
    graph.release();
    await cache.refresh();
    const fresh = await cache.get(10, 10_000);
    expect(countOf(fresh.report)).toBe(0);
    expect(fresh.checkedAt.getTime()).toBe(now);
  });

  it('does not start a check sooner than ten times the last one took', async () => {
    let now = 1_000_000;
    const graph = fakeGraph(1);
    const slow = async (query: string, params: Record<string, unknown>) => {
      if (query === INTEGRITY_INVARIANTS[0]!.query) now += 20_000; // a check of 20 s
      return graph.run(query, params);
    };
    const cache = new IntegrityCache(slow, 60_000, () => now);
    await cache.get(10, 10_000);
    now += 179_000; // 199 s after the check started: not yet
    await cache.get(10, 10_000);
    expect(graph.state.checks).toBe(1);
    now += 1_000;
    await cache.get(10, 10_000);
    expect(graph.state.checks).toBe(2);
  });

  it('starts a check at the first request after a write, not waiting for the age, and says the figure predates it (decision 0089)', async () => {
    let now = 1_000_000;
    const graph = fakeGraph(2);
    const cache = new IntegrityCache(graph.run, 60_000, () => now);
    const first = await cache.get(10, 10_000);
    expect(first.stale).toBe(false);
    expect(first.writtenAt).toBeNull();
    now += 5_000;
    // A curator merges: a second later the figure, five seconds old, says so and a check starts.
    graph.state.found = 1;
    cache.markWritten();
    now += 1_000;
    graph.hold();
    const after = await cache.get(10, 10_000);
    expect(after.stale).toBe(true);
    expect(after.writtenAt?.getTime()).toBe(1_005_000);
    expect(after.checkedAt).toEqual(first.checkedAt);
    expect(countOf(after.report)).toBe(2);
    expect(graph.state.checks).toBe(2);
    // Still one check at a time: the next request, stale too, starts none.
    expect((await cache.get(10, 10_000)).stale).toBe(true);
    expect(graph.state.checks).toBe(2);
    graph.release();
    await cache.refresh();
    const fresh = await cache.get(10, 10_000);
    expect(fresh.stale).toBe(false);
    expect(fresh.writtenAt?.getTime()).toBe(1_005_000);
    expect(countOf(fresh.report)).toBe(1);
    // No write since: a request within the age starts nothing.
    now += 1_000;
    await cache.get(10, 10_000);
    expect(graph.state.checks).toBe(2);
  });

  it('keeps a check that saw no write stale when the write ended while it ran', async () => {
    let now = 1_000_000;
    const graph = fakeGraph(2);
    const cache = new IntegrityCache(graph.run, 60_000, () => now);
    await cache.get(10, 10_000);
    now += 1_000;
    graph.hold();
    const running = cache.refresh();
    now += 1_000;
    cache.markWritten(); // ends after that check started: it may have read before the write
    graph.release();
    await running; // it took 1 s: the next may start 10 s after it started
    now += 9_000;
    const answer = await cache.get(10, 10_000);
    expect(answer.stale).toBe(true);
    expect(graph.state.checks).toBe(3);
  });

  it('after a write still waits ten times the last check before starting another', async () => {
    let now = 1_000_000;
    const graph = fakeGraph(1);
    const slow = async (query: string, params: Record<string, unknown>) => {
      if (query === INTEGRITY_INVARIANTS[0]!.query) now += 20_000; // a check of 20 s
      return graph.run(query, params);
    };
    const cache = new IntegrityCache(slow, 60_000, () => now);
    await cache.get(10, 10_000);
    cache.markWritten();
    now += 150_000; // 170 s after the check started: stale, but sooner than 200 s
    expect((await cache.get(10, 10_000)).stale).toBe(true);
    expect(graph.state.checks).toBe(1);
    now += 30_000;
    await cache.get(10, 10_000);
    expect(graph.state.checks).toBe(2);
  });

  it('makes the first request wait for the check within its budget, then says the check is running', async () => {
    const graph = fakeGraph(1);
    graph.hold();
    const cache = new IntegrityCache(graph.run, 60_000);
    await expect(cache.get(10, 20)).rejects.toBeInstanceOf(IntegrityCheckRunning);
    const waiting = cache.get(10, 10_000);
    graph.release();
    expect(countOf((await waiting).report)).toBe(1);
    expect(graph.state.checks).toBe(1);
  });
});

describe("the warm-up's list", () => {
  it('runs every operation of the catalogue but the integrity dashboard', () => {
    const skipped = loadOperationCatalogue()
      .filter((operation) => !warmsUp(operation))
      .map((operation) => operation.name);
    expect(skipped).toEqual(['integrity']);
    expect(
      warmsUp({ name: 'x', text: '# a comment that says warm-up: skip later\nquery X { stats { people } }' }),
    ).toBe(true);
  });
});
