// How many nodes of each label and relationships of each type the graph holds (`kg up`, `kg db status`).
import type { Graph } from './graph.ts';

const COUNT_NODES_BY_LABEL =
  'MATCH (n) WHERE NOT n:SchemaMigration UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label';
const COUNT_RELATIONSHIPS_BY_TYPE = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  return graph.read(async (tx) => {
    const nodes = await tx.run(COUNT_NODES_BY_LABEL);
    const relationships = await tx.run(COUNT_RELATIONSHIPS_BY_TYPE);
    return {
      nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label') as string, r.get('count') as number])),
      relationships: Object.fromEntries(
        relationships.records.map((r) => [r.get('type') as string, r.get('count') as number]),
      ),
    };
  });
}

/** "Article 3, Person 12 · HOLDS 9" — for a log line or a status print. */
export function formatGraphCounts(counts: GraphCounts): string {
  const part = (entries: Record<string, number>) =>
    Object.entries(entries)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ') || 'none';
  return `nodes: ${part(counts.nodes)}; relationships: ${part(counts.relationships)}`;
}
