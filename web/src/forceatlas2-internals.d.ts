// Types for the two modules of graphology-layout-forceatlas2 (pinned 0.10.1) that its own worker
// supervisor is built from: the matrices a graph is turned into, and one iteration over them. The
// explorer's layout worker (layout-worker.ts) drives them itself to stop on convergence.
declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: ForceAtlas2Settings,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
