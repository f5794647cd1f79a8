// A canonical text form of the whole graph (nodes by id, relationships by type and endpoints,
// properties sorted, lists sorted): two graphs are the same exactly when their dumps are equal.
// The idempotency, crash and concurrency tests and the benchmark compare these.
import { type GraphHandle, readTransaction } from '../base/graph-session.ts';

const DUMP_NODES =
  "MATCH (n) WHERE NOT n:SchemaMigration RETURN [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props";
const DUMP_RELATIONSHIPS =
  'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, properties(r) AS props';

function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Every node and relationship as sorted JSON lines. `omit` drops properties (e.g. a curation's time). */
export async function dumpGraph(graph: GraphHandle, omit: string[] = []): Promise<string[]> {
  const strip = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).filter(([k]) => !omit.includes(k)));
  return readTransaction(graph, async (tx) => {
    const nodes = (await tx.run(DUMP_NODES)).records.map((r) =>
      JSON.stringify(canonical({ labels: r.get('labels'), ...strip(r.get('props')) })),
    );
    const rels = (await tx.run(DUMP_RELATIONSHIPS)).records.map((r) =>
      JSON.stringify(
        canonical({ type: r.get('type'), from: r.get('from'), to: r.get('to'), ...strip(r.get('props')) }),
      ),
    );
    return [...nodes.sort(), ...rels.sort()];
  });
}
