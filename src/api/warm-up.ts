// Neo4j plans a query the first time it sees its text with a given set of parameter types, and on
// a cold JVM that costs about a second per query — enough for a first dashboard request to hit the
// per-request timeout. So at start every named query runs once with its example parameters
// (matching no data), which leaves the plans in Neo4j's query cache.
import neo4j from 'neo4j-driver';
import { allCypherNames, cypher, exampleParams, type NamedCypher } from './cypher.ts';
import { MAX_HOPS, shortestPathsQuery } from './paths.ts';
import { childLog } from '../log.ts';
import { type GraphHandle, readTransaction } from '../../ingest/base/graph-session.ts';

const log = childLog('api');

/** Example parameters with every "@Label" reference replaced by ids that match nothing. */
export function inertParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && /^@\w+:\d+$/.test(value)) out[key] = '\u0000warm-up';
    else if (typeof value === 'string' && /^@\w+$/.test(value)) out[key] = ['\u0000warm-up'];
    else if (typeof value === 'number' && Number.isInteger(value)) out[key] = neo4j.int(value);
    else out[key] = value;
  }
  return out;
}

export function warmUpQueries(): NamedCypher[] {
  const named = allCypherNames()
    .filter((name) => name !== 'shortest-paths')
    .map((name) => cypher(name));
  const paths = Array.from({ length: MAX_HOPS }, (_, i) => shortestPathsQuery(i + 1));
  return [...named, ...paths];
}

export async function warmUp(
  graph: GraphHandle,
  concurrency = 2,
): Promise<{ queries: number; failed: number; ms: number }> {
  const started = Date.now();
  const queue = warmUpQueries();
  const total = queue.length;
  let failed = 0;
  const template = cypher('shortest-paths');
  const worker = async () => {
    for (let query = queue.shift(); query; query = queue.shift()) {
      const params = inertParams(exampleParams(query.name.startsWith('shortest-paths[') ? template : query));
      if (query.name === 'search') params.query = 'warmup';
      try {
        await readTransaction(graph, (tx) => tx.run(query.text, params), { timeout: 30_000 });
      } catch (err) {
        failed++;
        log.warn({ err, query: query.name }, 'warm-up of a query failed; it will be planned on first use');
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = Date.now() - started;
  log.info({ queries: total, failed, ms }, 'query plans warmed');
  return { queries: total, failed, ms };
}
