// Faults of the database and of the process, on a Neo4j of this file's own (test/support/own-neo4j.ts):
// - an outage under load: autocannon (20 connections, loopback) runs while the server is stopped and
//   started again; every answer is 200 with the right data or 503 SERVICE_UNAVAILABLE with
//   Retry-After, never a wrong code or a wrong answer, 503s come at once, and the API serves again
//   by itself once Bolt answers (the seconds it took are printed and recorded; the 5 s target is
//   measured by `npm run test:reliability`, not asserted: a busy machine is not a failure);
// - backups of the local server: kg db backup (neo4j-admin dump) → reset → restore, identical dump;
// The signals to `npm run kg -- up` are test/graph/signals.test.ts, a file of its own so that the
// `faults` project runs it beside this one (decision 0031).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { migrate, openGraph, startLocalNeo4j, stopLocalNeo4j, type Graph } from '../../src/db/index.ts';
import { startApiServer } from '../../src/api/server.ts';
import { runIngest } from '../../ingest/run.ts';
import { SAMPLES_DIR } from './api-harness.ts';
import { externalNeo4j, ownNeo4jForFile, waitFor, withoutExternal } from '../support/own-neo4j.ts';
import { fullSize, recordFigures } from '../support/reliability-figures.ts';

const own = ownNeo4jForFile('faults');

const QUERY = JSON.stringify({ query: '{ stats { people organizations documents } }' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ask(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUERY,
  });
  return { status: res.status, body: await res.text() };
}

describe.skipIf(externalNeo4j)('a Neo4j outage under load', () => {
  let graph: Graph;
  afterAll(async () => {
    await graph?.close();
  });

  it('answers only 200 with the right data or 503 SERVICE_UNAVAILABLE, and recovers by itself', async () => {
    graph = await openGraph(own.config, { keepLocalRunning: true });
    await migrate(graph);
    await runIngest(graph, [SAMPLES_DIR]);
    const api = await startApiServer({ graph, port: 0, warmUp: false, limits: { rateLimit: false } });
    try {
      // The first answer fixes the right data. A JVM just started may answer the first reads after the
      // request budget (503 QUERY_TIMEOUT) on a busy machine: ask until it answers.
      let first = await ask(api.url);
      for (const asked = Date.now(); first.status !== 200 && Date.now() - asked < 60_000; await sleep(250))
        first = await ask(api.url);
      const expected = first.body;
      expect(first.status, expected).toBe(200);
      expect(JSON.parse(expected).data.stats.people).toBeGreaterThan(0);
      const expectedData = JSON.stringify(JSON.parse(expected).data);

      const statuses = new Map<number, number>();
      const codes = new Map<string, number>();
      const wrong: string[] = [];
      let down: { from: number; to: number } = { from: Infinity, to: Infinity };
      const timeline: { at: number; status: number; ms: number }[] = [];
      let finish: (result: autocannon.Result) => void = () => {};
      let fail: (err: unknown) => void = () => {};
      const finished = new Promise<autocannon.Result>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
      const instance = autocannon(
        {
          url: api.url,
          connections: 20,
          // Bounds: stopped by the test once recovered, or at 400 s / 400 000 requests (a restart
          // of its own Neo4j took 100 s at load 26, decision 0031).
          duration: 400,
          // A request unanswered for 60 s is a hang (the server's budget is 5 s). autocannon's 10 s
          // default counted one slow answer as an error at load 26, the API starved of CPU.
          timeout: 60,
          amount: 400_000,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: QUERY,
              onResponse: (status, body, _context, headers) => {
                statuses.set(status, (statuses.get(status) ?? 0) + 1);
                if (wrong.length > 20) return;
                let parsed: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
                try {
                  parsed = JSON.parse(body);
                } catch {
                  wrong.push(`${status}: not JSON: ${body.slice(0, 100)}`);
                  return;
                }
                if (status === 200) {
                  if (JSON.stringify(parsed.data) !== expectedData || parsed.errors)
                    wrong.push(`200: ${body.slice(0, 200)}`);
                } else if (status === 503) {
                  const code = parsed.errors?.[0]?.extensions?.code ?? 'none';
                  codes.set(code, (codes.get(code) ?? 0) + 1);
                  const retryAfter = (headers as Record<string, string>)['retry-after'];
                  // While the server is down the only honest answer is SERVICE_UNAVAILABLE. Once it
                  // is back, a cold JVM may still be too slow for a request's budget: QUERY_TIMEOUT.
                  const now = Date.now();
                  const honest =
                    code === 'SERVICE_UNAVAILABLE'
                      ? Boolean(retryAfter)
                      : code === 'QUERY_TIMEOUT' && !(now > down.from && now < down.to);
                  if (!honest) wrong.push(`503 at ${now}: ${body.slice(0, 200)} retry-after ${retryAfter}`);
                } else wrong.push(`${status}: ${body.slice(0, 200)}`);
              },
            },
          ],
        },
        (err, result) => (err ? fail(err) : finish(result)),
      );
      instance.on('response', (_client, status, _bytes, ms) => timeline.push({ at: Date.now(), status, ms }));

      // Load before the stop: until the server has answered under it (not a fixed time).
      await waitFor('200s under load before the stop', () => (statuses.get(200) ?? 0) >= 100, 60_000);
      const stopAt = Date.now();
      await stopLocalNeo4j(own.config);
      const stoppedAt = Date.now();
      down = { from: stoppedAt, to: Infinity };
      // Down until the API has refused under load for a while (the full size keeps it down 10 s).
      await waitFor(
        'refusals while Neo4j is down',
        () => timeline.filter((r) => r.at > stoppedAt && r.status === 503).length >= 200,
        60_000,
      );
      if (fullSize) await sleep(Math.max(0, 10_000 - (Date.now() - stoppedAt)));
      const restartAt = Date.now();
      await startLocalNeo4j(own.config);
      const boltAt = Date.now();
      down = { from: stoppedAt, to: boltAt };
      // Recovered: the API stops refusing and reads again (/readyz: 503 at once while the probe
      // says down, 200 once a read succeeds).
      let recoveredAt: number | null = null;
      while (Date.now() - boltAt < 120_000) {
        const ready = await fetch(api.url.replace(/graphql$/, 'readyz'));
        await ready.text();
        if (ready.status === 200) {
          recoveredAt = Date.now();
          break;
        }
        await sleep(100);
      }
      let answeredAt: number | null = null;
      while (Date.now() - boltAt < 180_000) {
        answeredAt = timeline.find((r) => r.at > boltAt && r.status === 200)?.at ?? null;
        if (answeredAt) break;
        await sleep(50);
      }
      // A few answers after the first, so the load has seen the recovered server.
      await waitFor(
        '200s after the restart',
        () => timeline.filter((r) => r.at > boltAt && r.status === 200).length >= 20,
        60_000,
      ).catch(() => {});
      instance.stop();
      const result = await finished;

      const outage = timeline.filter((r) => r.at > stoppedAt && r.at < boltAt);
      const refusals = outage.filter((r) => r.status === 503);
      const refusalMs = refusals.map((r) => r.ms).sort((a, b) => a - b);
      const figures = {
        requests: result.requests.total,
        statuses: Object.fromEntries(statuses),
        codes503: Object.fromEntries(codes),
        wrongAnswers: wrong.length,
        stopSeconds: (stoppedAt - stopAt) / 1000,
        outageSeconds: (boltAt - stoppedAt) / 1000,
        restartSeconds: (boltAt - restartAt) / 1000,
        recoverySeconds: recoveredAt ? (recoveredAt - boltAt) / 1000 : null,
        firstAnswerSeconds: answeredAt ? (answeredAt - boltAt) / 1000 : null,
        refusalsDuringOutage: refusals.length,
        refusalMedianMs: refusalMs[Math.floor(refusalMs.length / 2)] ?? null,
        refusalMaxMs: refusalMs.at(-1) ?? null,
      };
      recordFigures('outage', figures);

      expect(wrong, wrong.join('\n')).toEqual([]);
      expect([...statuses.keys()].every((s) => s === 200 || s === 503)).toBe(true);
      expect(result.errors, 'connection errors').toBe(0);
      expect(refusals.length).toBeGreaterThan(0);
      // Refused at once, not after waiting out the 5 s request budget on the driver's retries.
      expect(figures.refusalMedianMs).toBeLessThan(1000);
      expect(figures.refusalMaxMs).toBeLessThan(5000);
      // Recovers by itself: ready again and answering with the right data, no restart of the API. The
      // bound is generous (120 s, 180 s); the seconds are recorded above and in docs/reliability.md.
      expect(figures.recoverySeconds, 'not ready within 120 s of Bolt answering').not.toBeNull();
      expect(figures.firstAnswerSeconds, 'no right answer within 180 s of Bolt answering').not.toBeNull();
    } finally {
      await api.close();
    }
  }, 900_000);

  it('kg db backup (neo4j-admin dump) → reset → restore gives the identical graph', async () => {
    const before = await dumpGraph(graph);
    expect(before.length).toBeGreaterThan(10);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-dump-'));
    const file = path.join(dir, 'graph.dump');
    const kg = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: projectRoot,
        env: { ...withoutExternal(process.env), ...own.env, KG_LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 300_000,
      });
    try {
      const started = Date.now();
      const backup = kg(['db', 'backup', file]);
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/neo4j-admin dump/);
      const backupSeconds = (Date.now() - started) / 1000;
      expect(await dumpGraph(graph)).toEqual(before); // the server runs again, data untouched

      expect(kg(['db', 'reset', '--yes']).status).toBe(0);
      expect(await dumpGraph(graph)).toEqual([]);
      const refused = kg(['db', 'restore', file]);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/--yes' replaces it with the dump/);
      const restoreStarted = Date.now();
      const restored = kg(['db', 'restore', file, '--yes']);
      expect(restored.status, restored.stderr).toBe(0);
      expect(await dumpGraph(graph)).toEqual(before);
      recordFigures('backup-dump', {
        bytes: fs.statSync(file).size,
        backupSeconds,
        restoreSeconds: (Date.now() - restoreStarted) / 1000,
        identical: true,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
