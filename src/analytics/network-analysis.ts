// Communities and centrality of the co-attendance and post graph (issue 14 item 5, decision 0022),
// computed in Node with graphology: Neo4j Community Edition has no Graph Data Science here, and
// an external server (Aura, a cluster) may not either. `kg analyse` runs it: people and the bodies
// whose posts they held are read in pages, Louvain, PageRank and betweenness run in memory, and
// the results are written back onto the nodes in batches with the run's version.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import neo4j from 'neo4j-driver';
import { cypherFolder } from '../../ingest/base/cypher-files.ts';
import type { Graph as Neo4jGraph } from '../db/index.ts';

// The algorithm packages are CommonJS whose typings declare an ES default export: loaded with
// require, typed by their declarations, they are what their documentation describes.
const require = createRequire(import.meta.url);
const louvain =
  require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;
const pagerank =
  require('graphology-metrics/centrality/pagerank') as typeof import('graphology-metrics/centrality/pagerank.js').default;
const betweennessCentrality =
  require('graphology-metrics/centrality/betweenness') as typeof import('graphology-metrics/centrality/betweenness.js').default;

const cypherFile = cypherFolder(new URL('./cypher/', import.meta.url));
const statement = (name: string) => cypherFile(name).statement;

const Q = {
  personLinks: statement('analysis-person-links'),
  lastVersion: statement('analysis-last-version'),
  writeNodes: statement('analysis-write-nodes'),
  writeCommunities: statement('analysis-write-communities'),
  clearStaleNodes: statement('analysis-clear-stale-nodes'),
  clearStaleCommunities: statement('analysis-clear-stale-communities'),
  record: statement('analysis-record'),
};

export interface AnalyseOptions {
  /** People read per query. */
  pageSize?: number;
  /** Nodes written per transaction. */
  batchSize?: number;
  /** Progress lines (for stderr). */
  onProgress?: (message: string) => void;
  /** Skip betweenness (O(nodes × links)): for a first look at a large graph. */
  betweenness?: boolean;
}

export interface AnalysisRun {
  version: number;
  computedAt: string;
  people: number;
  organizations: number;
  links: number;
  communities: number;
  modularity: number;
  seconds: number;
}

interface NodeAttributes {
  label: 'Person' | 'Organization';
}
interface EdgeAttributes {
  weight: number;
}
type AnalysisGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

interface PersonLinksRow {
  id: string;
  met: { id: string; weight: number }[];
  serves: string[];
}

/**
 * The undirected graph `kg analyse` works on: a person–person link weighted by the number of
 * distinct events both chaired or attended, and a person–body link (weight 1) for each body whose
 * post the person held. Only people and bodies with at least one link are in it.
 */
export async function readAnalysisGraph(
  graph: Neo4jGraph,
  pageSize = 2_000,
  onProgress: (message: string) => void = () => {},
): Promise<AnalysisGraph> {
  const g: AnalysisGraph = new UndirectedGraph({ allowSelfLoops: false });
  const addNode = (id: string, label: NodeAttributes['label']) => {
    if (!g.hasNode(id)) g.addNode(id, { label });
  };
  let afterId = '';
  let read = 0;
  for (;;) {
    const rows = await graph.read(async (tx) => {
      const result = await tx.run(Q.personLinks, { afterId, pageSize: neo4j.int(pageSize) });
      return result.records.map((r) => r.toObject() as PersonLinksRow);
    });
    for (const row of rows) {
      for (const met of row.met) {
        addNode(row.id, 'Person');
        addNode(met.id, 'Person');
        g.mergeEdge(row.id, met.id, { weight: met.weight });
      }
      for (const body of row.serves) {
        addNode(row.id, 'Person');
        addNode(body, 'Organization');
        g.mergeEdge(row.id, body, { weight: 1 });
      }
    }
    read += rows.length;
    if (rows.length < pageSize) break;
    afterId = rows.at(-1)!.id;
    onProgress(`read ${read} people, ${g.order} nodes and ${g.size} links so far`);
  }
  onProgress(`read ${read} people: ${g.order} nodes, ${g.size} links`);
  return g;
}

export interface NodeResult {
  id: string;
  label: NodeAttributes['label'];
  communityId: string;
  pagerank: number;
  betweenness: number;
  degree: number;
}

export interface CommunityResult {
  id: string;
  rank: number;
  size: number;
  peopleCount: number;
  organizationCount: number;
}

export interface NetworkMeasures {
  nodes: NodeResult[];
  communities: CommunityResult[];
  modularity: number;
}

/**
 * Louvain communities (deterministic: no random walk, nodes in insertion order), weighted PageRank
 * and unweighted, normalised betweenness (a link's weight is a strength, not a distance).
 * Communities are numbered by size, largest first (ties: the smallest member id first).
 */
export function measureNetwork(g: AnalysisGraph, options: { betweenness?: boolean } = {}): NetworkMeasures {
  if (g.order === 0) return { nodes: [], communities: [], modularity: 0 };
  const detailed = louvain.detailed(g, { getEdgeWeight: 'weight', randomWalk: false });
  const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const between =
    options.betweenness === false ? {} : betweennessCentrality(g, { getEdgeWeight: null, normalized: true });

  const members = new Map<number, string[]>();
  g.forEachNode((id) => {
    const c = detailed.communities[id]!;
    members.set(c, [...(members.get(c) ?? []), id]);
  });
  const ordered = [...members.entries()]
    .map(([louvainId, ids]) => ({ louvainId, ids: ids.sort() }))
    .sort((a, b) => b.ids.length - a.ids.length || a.ids[0]!.localeCompare(b.ids[0]!));
  const communityOf = new Map<number, string>();
  const communities = ordered.map((c, i): CommunityResult => {
    const id = `community:${i + 1}`;
    communityOf.set(c.louvainId, id);
    const people = c.ids.filter((n) => g.getNodeAttribute(n, 'label') === 'Person').length;
    return {
      id,
      rank: i + 1,
      size: c.ids.length,
      peopleCount: people,
      organizationCount: c.ids.length - people,
    };
  });
  const nodes = g.mapNodes((id, attrs): NodeResult => ({
    id,
    label: attrs.label,
    communityId: communityOf.get(detailed.communities[id]!)!,
    pagerank: ranks[id] ?? 0,
    betweenness: between[id] ?? 0,
    degree: g.degree(id),
  }));
  return { nodes, communities, modularity: detailed.modularity };
}

async function inBatches<T>(items: T[], size: number, write: (batch: T[]) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

/** Runs a statement that handles up to `batchSize` items until it reports none left. */
async function drain(graph: Neo4jGraph, query: string, params: Record<string, unknown>): Promise<number> {
  let total = 0;
  for (;;) {
    const cleared = await graph.write(async (tx) => {
      const result = await tx.run(query, params);
      return (result.records[0]?.get('cleared') as number | undefined) ?? 0;
    });
    total += cleared;
    if (cleared === 0) return total;
  }
}

/** `kg analyse`: read, measure, write the results and the run's record. */
export async function analyseNetwork(graph: Neo4jGraph, options: AnalyseOptions = {}): Promise<AnalysisRun> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  const batchSize = options.batchSize ?? 1_000;
  const g = await readAnalysisGraph(graph, options.pageSize ?? 2_000, progress);
  progress(`measuring: Louvain, PageRank${options.betweenness === false ? '' : ', betweenness'}`);
  const measures = measureNetwork(g, { betweenness: options.betweenness });
  const version =
    (await graph.read(async (tx) => (await tx.run(Q.lastVersion)).records[0]!.get('version') as number)) + 1;

  let written = 0;
  await inBatches(measures.nodes, batchSize, async (batch) => {
    const rows = batch.map((n) => ({ ...n, degree: neo4j.int(n.degree) }));
    await graph.write((tx) => tx.run(Q.writeNodes, { rows, version: neo4j.int(version) }));
    written += batch.length;
    progress(`wrote ${written}/${measures.nodes.length} nodes`);
  });
  await inBatches(measures.communities, batchSize, async (batch) => {
    const rows = batch.map((c) => ({
      ...c,
      rank: neo4j.int(c.rank),
      size: neo4j.int(c.size),
      peopleCount: neo4j.int(c.peopleCount),
      organizationCount: neo4j.int(c.organizationCount),
    }));
    await graph.write((tx) => tx.run(Q.writeCommunities, { rows, version: neo4j.int(version) }));
  });
  const stale = { version: neo4j.int(version), batchSize: neo4j.int(batchSize) };
  const staleNodes = await drain(graph, Q.clearStaleNodes, stale);
  const staleCommunities = await drain(graph, Q.clearStaleCommunities, stale);
  if (staleNodes + staleCommunities > 0)
    progress(`cleared ${staleNodes} nodes and ${staleCommunities} communities of earlier runs`);

  const people = measures.nodes.filter((n) => n.label === 'Person').length;
  const run: AnalysisRun = {
    version,
    computedAt: new Date().toISOString(),
    people,
    organizations: measures.nodes.length - people,
    links: g.size,
    communities: measures.communities.length,
    modularity: measures.modularity,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  const integers = ['version', 'people', 'organizations', 'links', 'communities'] as const;
  const stored = { ...run, ...Object.fromEntries(integers.map((k) => [k, neo4j.int(run[k])])) };
  await graph.write((tx) => tx.run(Q.record, { run: stored }));
  return run;
}
