// The network's force layout, off the page's thread: ForceAtlas2's own iteration
// (graphology-layout-forceatlas2) run on matrices kept from one iteration to the next, posting
// positions to the page every few tens of milliseconds and stopping by itself — when the mean
// displacement of the moving nodes stays below a fraction of the picture's size, or when its budget
// of iterations or time is spent. The library's worker supervisor does one iteration per message and
// the page answered each only between sigma's frames (60–90 ms for 2,000 nodes on SwiftShader), so
// a large view got ~15 iterations a second and was still spiralling when it was stopped
// (decision 0035); and it has no notion of having converged.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutReport, LayoutRequest, LayoutUpdate } from './layout-protocol.ts';

/** Values per node in the library's node matrix; x and y are its first two. */
const PER_NODE = 10;
/** Offset of the "fixed" flag in a node's values. */
const FIXED = 9;

let current = 0;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  current = request.run;
  run(request);
};

function post(update: LayoutUpdate, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(update, transfer);
}

function run(request: LayoutRequest): void {
  const { nodes, edges, settings, tolerance, calmIterations, maxIterations, maxMs, postEveryMs } = request;
  const order = nodes.length / PER_NODE;
  const started = performance.now();
  let moving = 0;
  for (let n = 0; n < nodes.length; n += PER_NODE) if (nodes[n + FIXED] !== 1) moving++;
  let iterations = 0;
  let calm = 0;
  let relative = Infinity;
  const positions = () => {
    const xy = new Float32Array(order * 2);
    for (let i = 0; i < order; i++) {
      xy[i * 2] = nodes[i * PER_NODE]!;
      xy[i * 2 + 1] = nodes[i * PER_NODE + 1]!;
    }
    return xy;
  };
  const previous = new Float32Array(order * 2);
  const step = () => {
    if (request.run !== current) return; // a newer layout replaced this one
    const sliceEnd = performance.now() + postEveryMs;
    let stopped: LayoutReport['reason'] | null = moving === 0 ? 'converged' : null;
    while (!stopped) {
      for (let i = 0; i < order; i++) {
        previous[i * 2] = nodes[i * PER_NODE]!;
        previous[i * 2 + 1] = nodes[i * PER_NODE + 1]!;
      }
      iterate(settings, nodes, edges);
      iterations++;
      // Mean displacement of the nodes that may move, against the diagonal of the whole picture:
      // scale-free, so one tolerance serves 10 nodes and 2,000.
      let moved = 0;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < order; i++) {
        const x = nodes[i * PER_NODE]!;
        const y = nodes[i * PER_NODE + 1]!;
        moved += Math.hypot(x - previous[i * 2]!, y - previous[i * 2 + 1]!);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      const extent = Math.hypot(maxX - minX, maxY - minY) || 1;
      relative = moved / moving / extent;
      calm = relative < tolerance ? calm + 1 : 0;
      if (calm >= calmIterations) stopped = 'converged';
      else if (iterations >= maxIterations || performance.now() - started >= maxMs) stopped = 'budget';
      else if (performance.now() >= sliceEnd) break;
    }
    const xy = positions();
    const report: LayoutReport | null = stopped
      ? { reason: stopped, iterations, ms: performance.now() - started, displacement: relative }
      : null;
    post({ run: request.run, positions: xy, report }, [xy.buffer]);
    if (!stopped) setTimeout(step, 0);
  };
  step();
}
