// How many nodes of each label and relationships of each type the graph holds: the figures the
// ingest summary, `kg up` and the tests print and compare.
import type { WriteTarget } from './write-with-retry.ts';

const COUNT_NODES =
  'MATCH (n) WHERE NOT n:SchemaMigration UNWIND labels(n) AS label WITH label WHERE label <> $hidden RETURN label, count(*) AS n ORDER BY label';
const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type';

export interface GraphCensus {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCensus(graph: WriteTarget): Promise<GraphCensus> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run(COUNT_NODES, { hidden: 'Entity' });
      const rels = await tx.run(COUNT_RELATIONSHIPS);
      return {
        nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label'), Number(r.get('n'))])),
        relationships: Object.fromEntries(rels.records.map((r) => [r.get('type'), Number(r.get('n'))])),
      };
    });
  } finally {
    await session.close();
  }
}

export function formatCensus(c: GraphCensus): string {
  const line = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return `nodes: ${line(c.nodes)}\nrelationships: ${line(c.relationships)}`;
}
