// Decision 0079: at start the server runs the catalogue's operations (queries/graphql/) once each,
// so the folded statements they ask — one text per shape, which Neo4j plans the first time it sees
// it (0.4–1.5 s on bench:peer's graph) — are planned before the first request, not during it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOperationCatalogue, OPERATIONS_DIR } from '../../src/api/guards/persisted-queries.ts';
import { startApiServer, type RunningApiServer } from '../../src/api/server.ts';
import { warmsUp, warmUpQueries } from '../../src/api/warm-up.ts';
import { startTestApi, TestApi, useSampleApi } from './api-harness.ts';

// Every statement the driver runs, while `capturing`: the API's reads are auto-commit queries of a
// session (decision 0088), the warm-up's named queries run in transactions.
const driverCore = createRequire(import.meta.url);
type Runs = { prototype: { run: (...args: unknown[]) => unknown } };
const Transaction = driverCore('neo4j-driver-core/lib/transaction.js').default as Runs;
const Session = driverCore('neo4j-driver-core/lib/session.js').default as Runs;
const originalRun = Transaction.prototype.run;
const originalSessionRun = Session.prototype.run;
let captured: string[] | null = null;
// While set, every statement waits for it before it reaches Neo4j: a warm-up held mid-way.
let held: Promise<void> | null = null;

const sample = useSampleApi({ warmUp: false });

const capturing = (run: (...args: unknown[]) => unknown) =>
  function (this: unknown, ...args: unknown[]) {
    const query = args[0];
    captured?.push(typeof query === 'string' ? query : (query as { text: string }).text);
    if (held) return held.then(() => run.apply(this, args));
    return run.apply(this, args);
  };

beforeAll(() => {
  Transaction.prototype.run = capturing(originalRun);
  Session.prototype.run = capturing(originalSessionRun);
});
afterAll(() => {
  Transaction.prototype.run = originalRun;
  Session.prototype.run = originalSessionRun;
});

async function capture<T>(work: () => Promise<T>): Promise<{ result: T; texts: string[] }> {
  captured = [];
  try {
    const result = await work();
    return { result, texts: captured };
  } finally {
    captured = null;
  }
}

/** A folded statement (queries/templates/folded-request.cypher's last line), not a named query. */
const isFolded = (text: string) => text.trimEnd().endsWith('RETURN roots, list, pages, articles');

const operation = (name: string) => readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8');

describe('the warm-up at start', () => {
  it("runs the folded statements of the catalogue's operations before the first request asks them", async () => {
    const start = await capture(() => startTestApi(sample.graph, { warmUp: true, warmUpBudgetMs: 300_000 }));
    try {
      // Each operation's statements were all run at start (the named queries' warm-up runs texts
      // of its own, so without this warm-up no folded statement would be among them)...
      for (const { name } of loadOperationCatalogue()) {
        const asked = await capture(() => start.result.post({ query: operation(name) }));
        expect(asked.result.body.errors, name).toBeUndefined();
        for (const text of asked.texts) expect(start.texts, name).toContain(text);
        // ... folded ones included, where the operation's root folds its pages.
        if (['directive-implementers', 'event-participants', 'document-events-chairs'].includes(name))
          expect(asked.texts.filter((text) => isFolded(text)).length, name).toBeGreaterThan(0);
      }
    } finally {
      await start.result.close();
    }
  }, 600_000);

  it('is bounded: with no time left, the operations are skipped and their folded statements first run when asked', async () => {
    const start = await capture(() => startTestApi(sample.graph, { warmUp: true, warmUpBudgetMs: 0 }));
    try {
      const asked = await capture(() => start.result.post({ query: operation('directive-implementers') }));
      const folded = asked.texts.filter((text) => isFolded(text));
      expect(folded.length).toBeGreaterThan(0);
      for (const text of folded) expect(start.texts).not.toContain(text);
    } finally {
      await start.result.close();
    }
  }, 120_000);
});

describe('listening while it warms up (decision 0084)', () => {
  it('answers /healthz at once, /readyz "warming" with its progress and serves requests until the warm-up ends, then ready', async () => {
    let release!: () => void;
    held = new Promise<void>((resolve) => (release = resolve));
    let server: RunningApiServer | undefined;
    try {
      // Every statement of the warm-up waits: the server must listen all the same.
      const starting = startApiServer({
        graph: sample.graph,
        port: 0,
        limits: { rateLimit: false },
        queryTimeoutMs: 60_000,
        warmUpBudgetMs: 300_000,
      });
      server = await Promise.race([
        starting,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the server did not listen while its warm-up was held')), 15_000),
        ),
      ]);
      const api = new TestApi(server);
      expect(await api.healthy()).toBe(true);
      const warming = await fetch(`${api.origin}/readyz`);
      expect(warming.status).toBe(503);
      expect(await warming.json()).toEqual({
        status: 'warming',
        queries: `0 of ${warmUpQueries().length}`,
        operations: `0 of ${loadOperationCatalogue().filter(warmsUp).length}`,
      });
      // A request during the warm-up is served, not refused (it waits its turn at Neo4j here).
      const during = api.gql(`{ stats { people } }`);
      release();
      held = null;
      await server.ready;
      const ready = await fetch(`${api.origin}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
      const answered = await during;
      expect(answered.status).toBe(200);
      expect(answered.body.errors).toBeUndefined();
      expect(answered.body.data?.stats.people).toBeGreaterThan(0);
    } finally {
      release();
      held = null;
      await server?.close();
    }
  }, 600_000);
});
