// Draws a synthetic graph of ?n= nodes with the explorer's own network view and reports on
// window.benchResult the time to the first drawn frame and to the layout's stop (npm run
// bench:explorer). The view is window.benchView, for the browser test that checks the layout stops
// and that an expansion leaves the nodes already drawn where they were.
import { NetworkView, nextRender } from './network-view.ts';
import type { LayoutReport } from './layout-protocol.ts';
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

interface NetworkBench {
  nodes: number;
  /** Script start to the first frame drawn. */
  ms: number;
  /** Script start to the layout's stop, and how it stopped. */
  settledMs: number;
  layout: LayoutReport;
  /** One full redraw afterwards, with and without the labels (what the label pass costs a frame). */
  frameMs: number;
  frameWithoutLabelsMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function redrawMs(view: NetworkView): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    view.renderer.refresh();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function drawNetwork(): Promise<NetworkBench> {
  const { nodes, edges } = syntheticGraph(n);
  const started = performance.now();
  const view = new NetworkView(document.getElementById('net')!);
  const drawn = nextRender(view);
  view.add(nodes, edges);
  await drawn;
  const ms = performance.now() - started;
  (window as unknown as { benchView: NetworkView }).benchView = view;
  const layout = await view.settled();
  const settledMs = performance.now() - started;
  const frameMs = redrawMs(view);
  view.renderer.setSetting('renderLabels', false);
  const frameWithoutLabelsMs = redrawMs(view);
  view.renderer.setSetting('renderLabels', true);
  return { nodes: n, ms, settledMs, layout, frameMs, frameWithoutLabelsMs };
}

(window as unknown as { benchResult: Promise<NetworkBench> }).benchResult = drawNetwork();
