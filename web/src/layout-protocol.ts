// What the page and its layout worker (layout-worker.ts) say to each other.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  type: 'start';
  /** Numbers each layout so that positions from a replaced one are ignored. */
  run: number;
  /** ForceAtlas2's node and edge matrices (graphToByteArrays), fixed nodes flagged. */
  nodes: Float32Array;
  edges: Float32Array;
  settings: ForceAtlas2Settings;
  /** Settled when the mean displacement per iteration, over the picture's diagonal, stays below this… */
  tolerance: number;
  /** …for this many iterations in a row. */
  calmIterations: number;
  /** Never more than this many iterations, nor this long: a layout always stops. */
  maxIterations: number;
  maxMs: number;
  /** Positions are posted about this often while it runs. */
  postEveryMs: number;
}

export interface LayoutReport {
  reason: 'converged' | 'budget';
  iterations: number;
  /** Time spent in the worker, from the start message to the last iteration. */
  ms: number;
  /** The last iteration's mean displacement over the picture's diagonal. */
  displacement: number;
}

export interface LayoutUpdate {
  run: number;
  /** x, y of every node, in the order of the matrices sent. */
  positions: Float32Array;
  /** Set on the last update of a layout. */
  report: LayoutReport | null;
}
