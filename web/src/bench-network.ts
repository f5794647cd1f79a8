// Draws a synthetic graph of ?n= nodes with the explorer's own network view and reports the time
// to the first drawn frame on window.benchResult (npm run bench:explorer).
import { NetworkView, nextRender } from './network-view.ts';
import type { NetworkEdge, NetworkNode } from './network-data.ts';

const n = Number(new URLSearchParams(location.search).get('n') ?? 2000);

// A deterministic graph shaped like the explorer's: a few hubs, many leaves, ~2 edges per node.
function syntheticGraph(count: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const kinds = ['person', 'body', 'document', 'event'] as const;
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: String(i),
    kind: kinds[i % 4]!,
    label: `node ${i}`,
  }));
  const edges: NetworkEdge[] = [];
  for (let i = 1; i < count; i++) {
    for (const j of [Math.floor(random() * Math.min(i, 50)), Math.floor(random() * i)]) {
      edges.push({
        key: `${i}-${j}`,
        source: String(i),
        target: String(j),
        relation: 'HOLDS',
        firstSeen: null,
        lastSeen: null,
        evidenceCount: 1,
        articles: 1 + (i % 5),
        evidence: [],
      });
    }
  }
  return { nodes, edges };
}

async function drawNetwork(): Promise<number> {
  const { nodes, edges } = syntheticGraph(n);
  const started = performance.now();
  const view = new NetworkView(document.getElementById('net')!);
  const drawn = nextRender(view);
  view.add(nodes, edges);
  await drawn;
  return performance.now() - started;
}

(window as unknown as { benchResult: Promise<{ nodes: number; ms: number }> }).benchResult =
  drawNetwork().then((ms) => ({ nodes: n, ms }));
