// How many nodes of each label and relationships of each type the graph holds: the one census that
// the ingest summary, `kg up`, `kg db status|restore`, the benches and the tests print and compare.
import { readTransaction, type GraphHandle } from '../base/graph-session.ts';
import { cypher } from './statements.ts';

const CENSUS_LABELS = cypher('census-labels');
const CENSUS_TYPES = cypher('census-types');

export interface GraphCensus {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface CensusOptions {
  /** Labels not counted: the ingest summary leaves out Entity, the key label every entity carries. */
  hiddenLabels?: string[];
}

export async function graphCensus(graph: GraphHandle, options: CensusOptions = {}): Promise<GraphCensus> {
  const hidden = options.hiddenLabels ?? ['Entity'];
  return readTransaction(graph, async (tx) => {
    const nodes = await tx.run(CENSUS_LABELS, { hidden });
    const rels = await tx.run(CENSUS_TYPES);
    return {
      nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label') as string, Number(r.get('n'))])),
      relationships: Object.fromEntries(
        rels.records.map((r) => [r.get('type') as string, Number(r.get('n'))]),
      ),
    };
  });
}

/** "nodes: Article 3, Person 12" and "relationships: HOLDS 9", on two lines or joined by `separator`. */
export function formatCensus(census: GraphCensus, separator = '\n'): string {
  const line = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ') || 'none';
  return `nodes: ${line(census.nodes)}${separator}relationships: ${line(census.relationships)}`;
}
