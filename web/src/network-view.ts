// The drawing of a network with sigma.js (WebGL) over a graphology graph, laid out by ForceAtlas2
// in a web worker: the graph is drawn at once from seed positions and settles while it is shown,
// then stops (decision 0035). Chosen over cytoscape.js by measuring a 2,000-node view
// (docs/decisions/0011-explorer.md).
import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EntityKind } from './model.ts';
import { edgePasses, type EdgeFilter, type NetworkEdge, type NetworkNode } from './network-data.ts';
import { radialSeed, seedAround, typicalEdgeLength, type Point } from './layout-seed.ts';
import type { LayoutReport, LayoutRequest, LayoutUpdate } from './layout-protocol.ts';

export const KIND_COLOURS: Record<EntityKind, string> = {
  person: '#c0392b',
  body: '#1f5fa8',
  document: '#1e8449',
  event: '#b9770e',
  post: '#7d3c98',
};

export interface NetworkViewEvents {
  onNodeClick?: (id: string) => void;
  onEdgeClick?: (edge: NetworkEdge) => void;
}

/**
 * When the layout stops (measured in decision 0035): the mean displacement per iteration under
 * 0.1 % of the picture's diagonal (a pixel on a 1,000-pixel view) for 10 iterations in a row;
 * whatever happens, after 1,000 iterations or 4 s of layout.
 */
const LAYOUT_LIMITS = {
  tolerance: 0.001,
  calmIterations: 10,
  maxIterations: 1000,
  maxMs: 4000,
  postEveryMs: 40,
};
/** Ring spacing of the seed positions, in ForceAtlas2's units. */
const SEED_RING = 30;
/** Barnes-Hut's approximation pays for itself above a few hundred nodes. */
const BARNES_HUT_FROM = 300;
/** Offset of the "fixed" flag in a node's values in ForceAtlas2's node matrix (10 values a node). */
const FIXED = 9;
const PER_NODE = 10;

/** A name that fits nowhere whole is tried again cut to this many characters. */
const SHORT_LABEL = 20;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Labels that never overlap: sigma's label grid picks which labels a zoom level has room for by
 * cells of the canvas, but two names in neighbouring cells still ran over each other (and off the
 * canvas's right edge), and a hub's name could lose to a leaf's. So the grid's choice is collected
 * while sigma draws, then drawn after the frame, larger nodes first, each right of its node or else
 * left of it, whole or else cut short, leaving out a label that would leave the canvas or cover a
 * label already drawn or another labelled node; the table below the picture names every node.
 */
function labelsWithoutOverlap() {
  type Call = Parameters<NodeLabelDrawingFunction>;
  const pending: Call[] = [];
  const collect: NodeLabelDrawingFunction = (context, data, settings) => {
    if (data.label) pending.push([context, { ...data }, settings]);
  };
  const draw = () => {
    pending.sort((a, b) => b[1].size - a[1].size);
    const overlaps = (a: Box, b: Box) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // The labelled nodes' discs are obstacles too: a name written across another node hides it.
    const discs: Box[] = pending.map(([, d]) => ({
      left: d.x - d.size,
      top: d.y - d.size,
      right: d.x + d.size,
      bottom: d.y + d.size,
    }));
    const drawn: Box[] = [];
    for (const [context, data, settings] of pending) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
      const gap = data.size + 3;
      // The whole name, else its first words (seen: a zoomed-out view left event nodes unnamed when
      // their names fitted on neither side); right of the node, else left of it.
      const texts = [data.label!];
      if (data.label!.length > SHORT_LABEL) texts.push(`${data.label!.slice(0, SHORT_LABEL - 1).trimEnd()}…`);
      let placed: { text: string; box: Box } | undefined;
      for (const text of texts) {
        const width = context.measureText(text).width;
        const at = (left: number): Box => ({
          left,
          top: data.y - size / 2 - 1,
          right: left + width,
          bottom: data.y + size / 2 + 1,
        });
        const box = [at(data.x + gap), at(data.x - gap - width)].find(
          (b) =>
            b.left >= 0 &&
            b.right <= canvasWidth &&
            !drawn.some((other) => overlaps(b, other)) &&
            !discs.some((disc) => overlaps(b, disc)),
        );
        if (box) {
          placed = { text, box };
          break;
        }
      }
      if (!placed) continue;
      drawn.push(placed.box);
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(placed.text, placed.box.left, data.y + size / 3);
    }
    pending.length = 0;
  };
  return { collect, reset: () => (pending.length = 0), draw };
}

export class NetworkView {
  readonly graph = new Graph({ multi: false, type: 'directed' });
  readonly renderer: Sigma;
  private worker: Worker | null = null;
  private run = 0;
  private settledPromise: Promise<LayoutReport> = Promise.resolve({
    reason: 'converged',
    iterations: 0,
    ms: 0,
    displacement: 0,
  });
  /** How the last layout ended; null while one runs. */
  lastLayout: LayoutReport | null = null;
  private readonly container: HTMLElement;
  private filter: EdgeFilter | null = null;
  private highlighted = new Set<string>();

  constructor(container: HTMLElement, events: NetworkViewEvents = {}) {
    this.container = container;
    // Started now, so that its script loads while the first frame is drawn.
    this.worker = this.startWorker();
    const labels = labelsWithoutOverlap();
    this.renderer = new Sigma(this.graph, container, {
      defaultDrawNodeLabel: labels.collect,
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      // Every label that the label grid (labelDensity) has room for, whatever the node's size.
      labelRenderedSizeThreshold: 0,
      labelFont: 'system-ui, sans-serif',
      defaultEdgeType: 'arrow',
      zIndex: true,
      nodeReducer: (node, data) => {
        const hidden = this.filter !== null && !this.nodeVisible(node);
        const dim = this.highlighted.size > 0 && !this.highlighted.has(node);
        return { ...data, hidden, color: dim ? '#cfd4da' : data.color, zIndex: dim ? 0 : 1 };
      },
      edgeReducer: (edge, data) => {
        const hidden = this.filter !== null && !this.edgeVisible(edge);
        const dim = this.highlighted.size > 0 && !this.highlighted.has(edge);
        return {
          ...data,
          hidden,
          color: dim ? '#e3e6ea' : this.highlighted.size > 0 ? '#d35400' : data.color,
        };
      },
    });
    this.renderer.on('beforeRender', labels.reset);
    this.renderer.on('afterRender', labels.draw);
    this.renderer.on('clickNode', ({ node }) => events.onNodeClick?.(node));
    this.renderer.on('clickEdge', ({ edge }) => {
      const data = this.graph.getEdgeAttribute(edge, 'data') as NetworkEdge | undefined;
      if (data) events.onEdgeClick?.(data);
    });
    const container$ = container;
    this.renderer.on('enterNode', () => (container$.style.cursor = 'pointer'));
    this.renderer.on('leaveNode', () => (container$.style.cursor = ''));
    this.renderer.on('enterEdge', () => (container$.style.cursor = 'pointer'));
    this.renderer.on('leaveEdge', () => (container$.style.cursor = ''));
  }

  /**
   * Adds what is new and lays it out. The first nodes start on rings of a walk from the first one
   * (the centre); later ones (an expansion, a path) start beside `near`, the node that brought them,
   * and only they move: the nodes already drawn keep their places.
   */
  add(nodes: NetworkNode[], edges: NetworkEdge[], near?: string): void {
    const fresh = nodes.filter(
      (n, i) => !this.graph.hasNode(n.id) && nodes.findIndex((m) => m.id === n.id) === i,
    );
    const seeds = this.seeds(fresh, edges, near);
    fresh.forEach((n, i) => {
      const at = seeds[i]!;
      this.graph.addNode(n.id, {
        x: at.x,
        y: at.y,
        // Long event names would run off the canvas; the full name is in the table below it.
        label: n.label.length > 42 ? `${n.label.slice(0, 40)}…` : n.label,
        color: KIND_COLOURS[n.kind],
        size: 5,
        data: n,
      });
    });
    for (const e of edges) {
      if (!this.graph.hasNode(e.source) || !this.graph.hasNode(e.target) || this.graph.hasEdge(e.key))
        continue;
      this.graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
        size: 1 + Math.log2(1 + e.articles) * 1.5,
        color: '#9aa5b1',
        data: e,
      });
    }
    this.graph.forEachNode((node) =>
      this.graph.setNodeAttribute(node, 'size', 4 + Math.min(12, Math.sqrt(this.graph.degree(node)) * 2.5)),
    );
    if (fresh.length > 0) this.settle(new Set(fresh.map((n) => n.id)));
  }

  private seeds(fresh: NetworkNode[], edges: NetworkEdge[], near?: string): Point[] {
    if (this.graph.order === 0) {
      const ring = radialSeed(
        fresh.map((n) => n.id),
        edges.map((e) => [e.source, e.target] as const),
        SEED_RING,
      );
      return fresh.map((n) => ring.get(n.id)!);
    }
    const origin =
      near && this.graph.hasNode(near) ? (this.graph.getNodeAttributes(near) as Point) : { x: 0, y: 0 };
    let cx = 0;
    let cy = 0;
    this.graph.forEachNode((_, a) => {
      cx += a.x as number;
      cy += a.y as number;
    });
    const lengths: number[] = [];
    this.graph.forEachEdge((_, __, ___, ____, a, b) => {
      if (lengths.length < 200)
        lengths.push(Math.hypot((a.x as number) - (b.x as number), (a.y as number) - (b.y as number)));
    });
    return seedAround(
      origin,
      { x: cx / this.graph.order, y: cy / this.graph.order },
      fresh.length,
      typicalEdgeLength(lengths, SEED_RING),
    );
  }

  /** Runs ForceAtlas2 in the worker on the nodes of `moving`, the others fixed where they are. */
  private settle(moving: Set<string>): void {
    const run = ++this.run;
    this.lastLayout = null;
    this.container.dataset.layout = 'running';
    this.settledPromise = new Promise((resolve) => (this.resolveSettled = resolve));
    if (this.graph.order < 2) {
      this.finish({ reason: 'converged', iterations: 0, ms: 0, displacement: 0 });
      return;
    }
    const inferred = inferSettings(this.graph);
    const large = this.graph.order >= BARNES_HUT_FROM;
    // The iteration is run bare in the worker, so the library's defaults are filled in here (without
    // barnesHutTheta and edgeWeightInfluence every position became NaN). adjustSizes keeps small
    // neighbourhoods' nodes apart for their labels, but it caps each move to under a unit: a large
    // view would creep for minutes, so there Barnes-Hut and free moves (measured, decision 0035).
    const settings = {
      ...FA2_DEFAULTS,
      ...inferred,
      adjustSizes: !large,
      barnesHutOptimize: large,
      scalingRatio: Math.max(inferred.scalingRatio ?? 1, 10),
      slowDown: large ? (inferred.slowDown ?? 1) : 5,
    };
    const { nodes, edges } = graphToByteArrays(this.graph, () => 1);
    // The matrices list nodes in the graph's order; the worker's positions come back in it.
    this.layoutIndex = new Map();
    this.graph.forEachNode((node) => {
      if (!moving.has(node)) nodes[this.layoutIndex.size * PER_NODE + FIXED] = 1;
      this.layoutIndex.set(node, this.layoutIndex.size);
    });
    const request: LayoutRequest = { type: 'start', run, nodes, edges, settings, ...LAYOUT_LIMITS };
    this.worker ??= this.startWorker();
    this.worker.postMessage(request, [nodes.buffer, edges.buffer]);
  }

  private layoutIndex = new Map<string, number>();
  private resolveSettled: (report: LayoutReport) => void = () => {};

  private startWorker(): Worker {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutUpdate>) => {
      const { run, positions, report } = event.data;
      if (run !== this.run) return; // from a layout that a newer one replaced
      const index = this.layoutIndex;
      this.graph.updateEachNodeAttributes(
        (node, attributes) => {
          const i = index.get(node);
          if (i !== undefined) {
            attributes.x = positions[i * 2];
            attributes.y = positions[i * 2 + 1];
          }
          return attributes;
        },
        { attributes: ['x', 'y'] },
      );
      if (report) this.finish(report);
    };
    return worker;
  }

  private finish(report: LayoutReport): void {
    this.lastLayout = report;
    this.container.dataset.layout = 'settled';
    this.resolveSettled(report);
  }

  /** Resolves when the current layout has stopped (converged, or its budget spent). */
  settled(): Promise<LayoutReport> {
    return this.settledPromise;
  }

  setFilter(filter: EdgeFilter | null): void {
    this.filter = filter;
    this.renderer.refresh();
  }

  /** Dims everything but these nodes and edges (a connection path); an empty list undoes it. */
  highlight(keys: string[]): void {
    this.highlighted = new Set(keys);
    this.renderer.refresh();
  }

  edgeVisible(edge: string): boolean {
    return edgePasses(this.graph.getEdgeAttribute(edge, 'data') as NetworkEdge, this.filter);
  }

  nodeVisible(node: string): boolean {
    if (this.graph.degree(node) === 0) return true;
    return this.graph.edges(node).some((e) => this.edgeVisible(e));
  }

  /** The picture as SVG, as it is on screen now (camera, filters, highlights). */
  toSvg(title: string): string {
    const { width, height } = this.renderer.getDimensions();
    const escape = (s: string) =>
      s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
    const lines: string[] = [];
    const circles: string[] = [];
    const labels: string[] = [];
    const display = (node: string) => this.renderer.getNodeDisplayData(node);
    this.graph.forEachEdge((edge, attrs, source, target) => {
      const a = display(source);
      const b = display(target);
      const shown = this.renderer.getEdgeDisplayData(edge);
      if (!a || !b || !shown || shown.hidden || a.hidden || b.hidden) return;
      const p = this.renderer.framedGraphToViewport(a);
      const q = this.renderer.framedGraphToViewport(b);
      lines.push(
        `<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${shown.color}" stroke-width="${(attrs.size as number).toFixed(1)}"/>`,
      );
    });
    this.graph.forEachNode((node) => {
      const d = display(node);
      if (!d || d.hidden) return;
      const p = this.renderer.framedGraphToViewport(d);
      const r = this.renderer.scaleSize(d.size);
      circles.push(
        `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${d.color}"/>`,
      );
      labels.push(
        `<text x="${(p.x + r + 3).toFixed(1)}" y="${(p.y + 4).toFixed(1)}">${escape(d.label ?? '')}</text>`,
      );
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">
<title>${escape(title)}</title><rect width="100%" height="100%" fill="#fff"/>
<g>${lines.join('')}</g><g>${circles.join('')}</g><g fill="#222">${labels.join('')}</g></svg>`;
  }

  /** The same picture as PNG, drawn from the SVG (so both exports agree). */
  async toPng(title: string): Promise<Blob> {
    const svg = this.toSvg(title);
    const { width, height } = this.renderer.getDimensions();
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    const scale = window.devicePixelRatio || 1;
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
    );
  }

  kill(): void {
    this.run++;
    this.worker?.terminate();
    this.worker = null;
    this.renderer.kill();
  }
}

/** Resolves after sigma has drawn its next frame. */
export function nextRender(view: NetworkView): Promise<void> {
  return new Promise((resolve) => view.renderer.once('afterRender', () => resolve()));
}
