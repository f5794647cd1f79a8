// "How are these two connected?": shortest paths with a bounded number of hops. Cypher cannot take
// a variable-length bound as a parameter, so the query exists once per allowed bound, made at load
// time from queries/cypher/shortest-paths.cypher with a validated integer: no request text is spliced.
import { cypher, type NamedCypher } from './cypher.ts';
import type { DecodedId } from './global-id.ts';
import { int, type GraphReader, type Row } from './graph-reader.ts';
import type { GraphNode, PathRow } from './model.ts';
import { evidenceOf, nodeFromLabelled } from './rows.ts';

export const MAX_HOPS = 6;

const template = cypher('shortest-paths');
const QUERY_BY_HOPS: ReadonlyMap<number, NamedCypher> = new Map(
  Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    { name: `${template.name}[${hops}]`, text: template.text.replaceAll('{{maxHops}}', String(hops)) },
  ]),
);

export function shortestPathsQuery(maxHops: number): NamedCypher {
  const query = QUERY_BY_HOPS.get(maxHops);
  if (!query) throw new RangeError(`maxHops must be an integer from 1 to ${MAX_HOPS}, got ${maxHops}`);
  return query;
}

export async function shortestPaths(
  reader: GraphReader,
  from: DecodedId,
  to: DecodedId,
  maxHops: number,
  first: number,
): Promise<PathRow[]> {
  const rows = await reader.rows(shortestPathsQuery(maxHops), {
    fromLabel: from.type,
    fromId: from.graphId,
    toLabel: to.type,
    toId: to.graphId,
    first: int(first),
  });
  return rows.map((row) => ({
    nodes: (row.nodes as unknown[]).map((n) => nodeFromLabelled(n)).filter((n): n is GraphNode => n !== null),
    steps: (row.steps as Row[]).map((step) => ({
      relation: step.relation as string,
      from: nodeFromLabelled(step.from)!,
      to: nodeFromLabelled(step.to)!,
      evidence: evidenceOf(step.evidence),
    })),
  }));
}
