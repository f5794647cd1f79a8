// The drawing of a network with sigma.js (WebGL) over a graphology graph, laid out by ForceAtlas2
// in a web worker: the graph is drawn at once from seed positions and settles while it is shown.
// Chosen over cytoscape.js by measuring a 2,000-node view (docs/decisions/0011-explorer.md).
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EntityKind } from './model.ts';
import { edgePasses, type EdgeFilter, type NetworkEdge, type NetworkNode } from './network-data.ts';

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

const LAYOUT_MS = 2500;

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
 * left of it, leaving out a label that would leave the canvas or cover a label already drawn or
 * another labelled node; the table below the picture names every node.
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
      const width = context.measureText(data.label!).width;
      const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
      const gap = data.size + 3;
      const at = (left: number): Box => ({
        left,
        top: data.y - size / 2 - 1,
        right: left + width,
        bottom: data.y + size / 2 + 1,
      });
      // Right of the node, else left of it; neither when both would cover something or leave the canvas.
      const box = [at(data.x + gap), at(data.x - gap - width)].find(
        (b) =>
          b.left >= 0 &&
          b.right <= canvasWidth &&
          !drawn.some((other) => overlaps(b, other)) &&
          !discs.some((disc) => overlaps(b, disc)),
      );
      if (!box) continue;
      drawn.push(box);
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(data.label!, box.left, data.y + size / 3);
    }
    pending.length = 0;
  };
  return { collect, reset: () => (pending.length = 0), draw };
}

export class NetworkView {
  readonly graph = new Graph({ multi: false, type: 'directed' });
  readonly renderer: Sigma;
  private layout: FA2Layout | null = null;
  private layoutTimer: number | undefined;
  private filter: EdgeFilter | null = null;
  private highlighted = new Set<string>();

  constructor(container: HTMLElement, events: NetworkViewEvents = {}) {
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

  /** Adds what is new; new nodes start around `near` (the node just expanded) and the layout resumes. */
  add(nodes: NetworkNode[], edges: NetworkEdge[], near?: string): void {
    const origin =
      near && this.graph.hasNode(near)
        ? (this.graph.getNodeAttributes(near) as { x: number; y: number })
        : { x: 0, y: 0 };
    const count = this.graph.order;
    // Seed positions on a spiral around the origin, as wide as the graph already is (the layout
    // works in its own units): a readable picture before the layout runs, and no node dropped on
    // top of another.
    let spread = 0;
    this.graph.forEachNode((_, a) => (spread = Math.max(spread, Math.hypot(a.x - origin.x, a.y - origin.y))));
    const step = Math.max(2, spread / 4) / Math.sqrt(Math.max(nodes.length, 1));
    nodes.forEach((n, i) => {
      if (this.graph.hasNode(n.id)) return;
      const angle = (count + i) * 2.399963;
      const radius = step * (1 + Math.sqrt(i + 1) * 2);
      this.graph.addNode(n.id, {
        x: origin.x + Math.cos(angle) * radius,
        y: origin.y + Math.sin(angle) * radius,
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
    this.settle();
  }

  private settle(): void {
    this.layout?.kill();
    if (this.graph.order < 2) return;
    // adjustSizes keeps nodes from sitting on each other; a stronger repulsion spreads small
    // neighbourhoods enough for their labels.
    const settings = inferSettings(this.graph);
    this.layout = new FA2Layout(this.graph, {
      settings: {
        ...settings,
        adjustSizes: true,
        scalingRatio: Math.max(settings.scalingRatio ?? 1, 10),
        slowDown: 5,
      },
    });
    this.layout.start();
    window.clearTimeout(this.layoutTimer);
    this.layoutTimer = window.setTimeout(() => this.layout?.stop(), LAYOUT_MS);
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
    window.clearTimeout(this.layoutTimer);
    this.layout?.kill();
    this.renderer.kill();
  }
}

/** Resolves after sigma has drawn its next frame. */
export function nextRender(view: NetworkView): Promise<void> {
  return new Promise((resolve) => view.renderer.once('afterRender', () => resolve()));
}
