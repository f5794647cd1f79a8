// The graph's census as `kg up` and `kg db status|restore` print it: every label counted (Entity
// too), on one line. The census itself is ingest/load/graph-census.ts.
import { formatCensus, graphCensus, type GraphCensus } from '../../ingest/load/graph-census.ts';
import type { GraphHandle } from '../../ingest/base/graph-session.ts';

export type GraphCounts = GraphCensus;

export const graphCounts = (graph: GraphHandle): Promise<GraphCounts> =>
  graphCensus(graph, { hiddenLabels: [] });

/** "nodes: Article 3, Person 12; relationships: HOLDS 9" — for a log line or a status print. */
export const formatGraphCounts = (counts: GraphCounts): string => formatCensus(counts, '; ');
