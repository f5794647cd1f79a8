// The abuse corpus (test/fixtures/abuse/): hostile GraphQL requests — depth and breadth bombs, alias
// and field duplication, fragment cycles, batched operations, oversized variables, introspection
// abuse, directive overloading, nodes(ids:) with 100 ids × nested pages, unpaged lists, malformed
// HTTP — and every payload of a Cypher-injection list through every string and id argument of the
// queries. Each is refused or answered harmlessly: never a 500 nor INTERNAL_SERVER_ERROR, every
// error with a documented code (the one the corpus names, where it names one), within the request
// budget; the graph is unchanged, and the server's memory and latency are the same afterwards.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { ERROR_CODES } from '../../src/api/errors.ts';
import { toGlobalId } from '../../src/api/global-id.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { useSampleApi } from './api-harness.ts';
import { recordFigures } from '../support/reliability-figures.ts';

const DIR = path.join(projectRoot, 'test', 'fixtures', 'abuse');

interface AbuseRequest {
  name: string;
  category: string;
  query?: string;
  variables?: unknown;
  operationName?: string;
  raw?: string;
  contentType?: string;
  method?: 'GET';
  expect?: string[];
}
const corpus = JSON.parse(readFileSync(path.join(DIR, 'graphql.json'), 'utf8')) as AbuseRequest[];
const injection = JSON.parse(readFileSync(path.join(DIR, 'cypher-injection.json'), 'utf8')) as {
  payloads: string[];
  targets: { field: string; arg: string; query: string }[];
};

/** The corpus writes big values as recipes, so the fixture stays small. */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (!value || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if ('$repeat' in v) return String(v.$repeat).repeat(Number(v.times));
  if ('$list' in v) return Array.from({ length: Number(v.times) }, () => v.$list);
  if ('$nest' in v) return v; // written into the body's text by send(): JSON.stringify would overflow
  if ('$object' in v)
    return Object.fromEntries(Array.from({ length: Number(v.$object) }, (_, i) => [`v${i}`, i]));
  if ('$ids' in v) {
    const [type, n] = v.$ids as [string, number];
    return Array.from({ length: n }, (_, i) => toGlobalId(type as 'Person', `person:abuse-${i}`));
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expand(x)]));
}

const QUERY_BUDGET_MS = 5000;
// A tight budget: the server plans every named query before it listens, as in production, so no
// answer below spends its budget planning (the other API files skip the warm-up, decision 0074).
const sample = useSampleApi({ queryTimeoutMs: QUERY_BUDGET_MS, warmUp: true });

async function send(r: AbuseRequest): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  let res: Response;
  if (r.method === 'GET') {
    const url = new URL(sample.api.url);
    url.searchParams.set('query', r.query ?? '');
    res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  } else {
    const body =
      r.raw ??
      JSON.stringify({
        query: r.query,
        ...(r.variables !== undefined ? { variables: expand(r.variables) } : {}),
        ...(r.operationName ? { operationName: r.operationName } : {}),
      }).replace(/\{"\$nest":(\d+)\}/g, (_, n: string) => '['.repeat(Number(n)) + ']'.repeat(Number(n)));
    res = await fetch(sample.api.url, {
      method: 'POST',
      headers: { 'content-type': r.contentType ?? 'application/json' },
      body,
    });
  }
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

function codesOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'none');
  } catch {
    return ['not-json'];
  }
}

async function probeLatency(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    await sample.api.data(`{ people(first: 5) { edges { node { name } } } }`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[7]!;
}

describe('the abuse corpus', () => {
  it('holds at least 60 requests and the injection list covers every string and id argument it names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(injection.targets.length * injection.payloads.length).toBeGreaterThan(300);
  });

  it('refuses or answers each harmlessly with a documented code; graph, memory and latency unchanged', async () => {
    const graphBefore = await dumpGraph(sample.graph);
    const latencyBefore = await probeLatency();
    const heapBefore = process.memoryUsage().heapUsed;
    const outcomes: Record<string, number> = {};
    const failures: string[] = [];
    let slowest = 0;

    const check = (
      label: string,
      expected: string[] | undefined,
      res: { status: number; body: string; ms: number },
    ) => {
      const codes = codesOf(res.body);
      slowest = Math.max(slowest, res.ms);
      const outcome = codes.length === 0 ? `answered ${res.status}` : `${res.status} ${codes[0]}`;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      // 503 QUERY_TIMEOUT is a refusal too: the request spent its budget (aliases multiply the
      // queries a request runs, within the cost bound), and nothing else waited for it.
      const outOfBudget = res.status === 503 && codes.every((c) => c === 'QUERY_TIMEOUT');
      if (res.status >= 500 && !outOfBudget)
        failures.push(`${label}: HTTP ${res.status} ${res.body.slice(0, 200)}`);
      for (const code of codes) {
        if (!ERROR_CODES.includes(code) || code === 'INTERNAL_SERVER_ERROR')
          failures.push(`${label}: code ${code}: ${res.body.slice(0, 200)}`);
      }
      if (expected && !expected.includes(codes[0] ?? 'none'))
        failures.push(
          `${label}: expected ${expected.join(' or ')}, got ${codes[0] ?? 'an answer'}: ${res.body.slice(0, 200)}`,
        );
      if (res.ms > QUERY_BUDGET_MS + 3000) failures.push(`${label}: took ${Math.round(res.ms)} ms`);
    };

    for (const request of corpus)
      check(`${request.category} / ${request.name}`, request.expect, await send(request));
    for (const target of injection.targets) {
      for (const payload of injection.payloads) {
        const res = await send({ name: '', category: '', query: target.query, variables: { v: payload } });
        check(`injection ${target.field}(${target.arg}: ${JSON.stringify(payload)})`, undefined, res);
      }
    }

    const latencyAfter = await probeLatency();
    const heapAfter = process.memoryUsage().heapUsed;
    const graphAfter = await dumpGraph(sample.graph);
    const figures = {
      requests: corpus.length,
      injections: injection.targets.length * injection.payloads.length,
      outcomes,
      slowestMs: Math.round(slowest),
      probeMedianMsBefore: Math.round(latencyBefore),
      probeMedianMsAfter: Math.round(latencyAfter),
      heapMbBefore: Math.round(heapBefore / 1e6),
      heapMbAfter: Math.round(heapAfter / 1e6),
    };
    recordFigures('abuse', figures);

    expect(failures, failures.join('\n')).toEqual([]);
    expect(graphAfter).toEqual(graphBefore);
    expect(await sample.api.healthy()).toBe(true);
    // The same server, as fast and as large as before (with room for noise and garbage not yet collected).
    expect(latencyAfter).toBeLessThan(latencyBefore * 3 + 50);
    expect(heapAfter - heapBefore).toBeLessThan(150e6);
  }, 600_000);
});
