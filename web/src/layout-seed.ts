// Where nodes start before ForceAtlas2 moves them. A force layout started from a spiral that ignores
// the edges spends its first seconds untangling it (decision 0035: the 2,000-node view was still
// spiralling 3 s after its first frame); started with every node beside the node that brought it
// in, it has little left to do. Pure functions (no DOM), so the unit tests run them in Node.

export interface Point {
  x: number;
  y: number;
}

/** Free space around each node on a ring, in layout units (ForceAtlas2's own scale). */
const SPACING = 4;

/**
 * Rings of a breadth-first walk from the first node: the first node at the origin, its neighbours
 * on the first ring, theirs on the second, each ring in the order its nodes were reached (so a
 * node's children sit beside one another, near their parent's angle), a ring made wider when it
 * has more nodes than room. Nodes no walk from the first one reaches start walks of their own on
 * the rings beyond. Deterministic: the same nodes and edges give the same positions.
 */
export function radialSeed(
  ids: readonly string[],
  edges: readonly (readonly [string, string])[],
  ring: number,
): Map<string, Point> {
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of edges) {
    if (a === b || !neighbours.has(a) || !neighbours.has(b)) continue;
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  const depthOf = new Map<string, number>();
  const rings: string[][] = [];
  for (const root of ids) {
    if (depthOf.has(root)) continue;
    // A component the walk from the first node did not reach starts beyond the rings drawn so far.
    depthOf.set(root, rings.length);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      const depth = depthOf.get(node)!;
      (rings[depth] ??= []).push(node);
      for (const next of neighbours.get(node)!) {
        if (depthOf.has(next)) continue;
        depthOf.set(next, depth + 1);
        queue.push(next);
      }
    }
  }
  const positions = new Map<string, Point>();
  let radius = 0;
  rings.forEach((nodes, depth) => {
    if (depth === 0 && nodes.length === 1) {
      positions.set(nodes[0]!, { x: 0, y: 0 });
      return;
    }
    radius = Math.max(radius + ring, (nodes.length * SPACING) / (2 * Math.PI));
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      positions.set(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    });
  });
  return positions;
}

/**
 * Places `count` new nodes around `origin` (the node just expanded), on arcs facing away from
 * `centre` (the middle of the picture), so they land beside the node that brought them rather than
 * on top of the nodes already there: up to 12 to an arc, each further arc one `radius` out.
 */
export function seedAround(origin: Point, centre: Point, count: number, radius: number): Point[] {
  const away = Math.atan2(origin.y - centre.y, origin.x - centre.x);
  const facing = Number.isFinite(away) && (origin.x !== centre.x || origin.y !== centre.y) ? away : 0;
  // A node alone at the centre of the picture has nowhere to face: it gets the whole circle.
  const fan = origin.x === centre.x && origin.y === centre.y ? 2 * Math.PI : Math.PI;
  const perArc = 12;
  return Array.from({ length: count }, (_, i) => {
    const arc = Math.floor(i / perArc);
    const onArc = Math.min(perArc, count - arc * perArc);
    const slot = i % perArc;
    const angle =
      facing + (fan === 2 * Math.PI ? (2 * Math.PI * slot) / onArc : fan * ((slot + 0.5) / onArc - 0.5));
    const r = radius * (1 + arc);
    return { x: origin.x + Math.cos(angle) * r, y: origin.y + Math.sin(angle) * r };
  });
}

/** The median length of up to 200 edges: how far apart connected nodes sit in this layout. */
export function typicalEdgeLength(lengths: readonly number[], fallback: number): number {
  const sample = lengths.slice(0, 200).filter((l) => l > 0 && Number.isFinite(l));
  if (sample.length === 0) return fallback;
  sample.sort((a, b) => a - b);
  return sample[Math.floor(sample.length / 2)]!;
}
