// Everything in queries/ runs against the sample graph: each GraphQL operation over HTTP (by its
// text, and by its hash as a persisted query), and each Cypher file straight through the driver
// with the example parameters its header states.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { allCypherNames, cypher, exampleParams } from '../../src/api/cypher.ts';
import { loadOperationCatalogue } from '../../src/api/guards/persisted-queries.ts';
import { shortestPathsQuery } from '../../src/api/paths.ts';
import { analyseNetwork } from '../../src/analytics/network-analysis.ts';
import { useSampleApi } from './api-harness.ts';

// Analysed as `kg up` does after ingesting the samples, so the communities example has an answer.
// Most of the named queries are asked here: planning them all at start, two at a time, costs less
// than one by one at first use (decision 0074).
const sample = useSampleApi({ warmUp: true, seed: async (graph) => void (await analyseNetwork(graph)) });

/** True when some leaf of the answer is a non-empty value: the operation found something. */
function foundSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(foundSomething);
  if (value && typeof value === 'object') return Object.values(value).some(foundSomething);
  return value !== null && value !== undefined && value !== 0 && value !== '';
}

const operations = loadOperationCatalogue();

describe('queries/graphql', () => {
  it('holds an operation for each question of the issue', () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'search',
        'person-positions',
        'post-holders',
        'person-events',
        'event-participants',
        'directive-implementers',
        'body-officials',
        'connection',
        'provenance',
        'stats',
        'document-diffusion',
        'co-participants',
        'communities',
        'document-events-chairs',
      ]),
    );
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s runs and finds something', async (_name, op) => {
    const res = await sample.api.post({ query: op.text });
    expect(res.body.errors).toBeUndefined();
    expect(foundSomething(res.body.data)).toBe(true);
    const byHash = await sample.api.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: op.sha256 } },
    });
    expect(byHash.body.data).toEqual(res.body.data);
  });
});

interface EventsAndChairs {
  document: {
    code: string;
    events: { edges: { node: { date: string | null; chairs: { edges: { node: { name: string } }[] } } }[] };
  };
}

it('answers "events about 05-CT/TW and who chaired them" in one query', async () => {
  const op = operations.find((o) => o.name === 'document-events-chairs')!;
  const data = await sample.api.data<EventsAndChairs>(op.text);
  expect(data.document.code).toBe('05-CT/TW');
  expect(
    data.document.events.edges.map((e) => [e.node.date, e.node.chairs.edges.map((c) => c.node.name)]),
  ).toEqual([['2021-06-10', ['Lê Quốc Phong']]]);
});

async function idsOf(label: string): Promise<string[]> {
  // The label is one of the model's, taken from a file header this repository wrote; checked anyway.
  if (!['Person', 'Organization', 'Document', 'Event', 'Position', 'Article'].includes(label))
    throw new Error(`unknown label ${label}`);
  return sample.graph.read(async (tx) => {
    const r = await tx.run(`MATCH (n) WHERE $label IN labels(n) RETURN n.id AS id ORDER BY id LIMIT 100`, {
      label,
    });
    return r.records.map((rec) => rec.get('id') as string);
  });
}

async function resolveParams(params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const ref = typeof value === 'string' ? /^@(\w+)(?::(\d+))?$/.exec(value) : null;
    if (ref) {
      const ids = await idsOf(ref[1]!);
      out[key] = ref[2] === undefined ? ids : ids[Number(ref[2])];
    } else if (typeof value === 'number' && Number.isInteger(value)) out[key] = neo4j.int(value);
    else out[key] = value;
  }
  return out;
}

describe('queries/cypher', () => {
  it.each(allCypherNames())('%s runs with its example parameters', async (name) => {
    const file = cypher(name);
    const query = name === 'shortest-paths' ? shortestPathsQuery(6) : file;
    const params = await resolveParams(exampleParams(file));
    const rows = await sample.graph.read(async (tx) => (await tx.run(query.text, params)).records);
    expect(rows.length).toBeGreaterThan(0);
  });
});
