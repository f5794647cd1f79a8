// Where the network view's nodes start before the force layout (web/src/layout-seed.ts): beside the
// node that brought them in, deterministically, never two on one spot.
import { describe, expect, it } from 'vitest';
import { radialSeed, seedAround, typicalEdgeLength } from '../../web/src/layout-seed.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('radialSeed', () => {
  // A small tree: a centre, three neighbours, two leaves under the first; and a pair apart from it.
  const ids = ['centre', 'a', 'b', 'c', 'a1', 'a2', 'lone1', 'lone2'];
  const edges = [
    ['centre', 'a'],
    ['b', 'centre'],
    ['centre', 'c'],
    ['a', 'a1'],
    ['a2', 'a'],
    ['lone1', 'lone2'],
  ] as const;

  it('puts the first node at the centre and each walk step one ring further out', () => {
    const at = radialSeed(ids, edges, 30);
    expect(at.get('centre')).toEqual({ x: 0, y: 0 });
    const origin = { x: 0, y: 0 };
    const ring = (id: string) => distance(at.get(id)!, origin);
    expect(ring('a')).toBeCloseTo(ring('b'));
    expect(ring('a')).toBeCloseTo(ring('c'));
    expect(ring('a1')).toBeGreaterThan(ring('a'));
    // The component the walk from the centre does not reach starts beyond its rings.
    expect(ring('lone1')).toBeGreaterThan(ring('a1'));
    expect(ring('lone2')).toBeGreaterThan(ring('lone1'));
  });

  it('is deterministic and never puts two nodes on one spot, even with 2,000 of them', () => {
    const many = Array.from({ length: 2000 }, (_, i) => String(i));
    const links = many.slice(1).map((id, i) => [id, String(Math.floor(i / 7))] as const);
    const first = radialSeed(many, links, 30);
    expect(radialSeed(many, links, 30)).toEqual(first);
    const spots = new Set([...first.values()].map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`));
    expect(spots.size).toBe(2000);
    expect([...first.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('ignores edges to nodes it was not given and loops', () => {
    const at = radialSeed(
      ['x', 'y'],
      [
        ['x', 'x'],
        ['x', 'elsewhere'],
        ['y', 'x'],
      ],
      10,
    );
    expect(at.size).toBe(2);
    expect(distance(at.get('y')!, at.get('x')!)).toBeCloseTo(10);
  });
});

describe('seedAround', () => {
  it('places new nodes at the given distance from the expanded node, facing away from the centre', () => {
    const origin = { x: 100, y: 0 };
    const placed = seedAround(origin, { x: 0, y: 0 }, 5, 20);
    expect(placed).toHaveLength(5);
    for (const p of placed) {
      expect(distance(p, origin)).toBeCloseTo(20);
      expect(p.x).toBeGreaterThan(origin.x); // on the far side from the centre
    }
    expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(5);
  });

  it('puts more than an arc holds on further arcs, and uses the whole circle around the centre itself', () => {
    const origin = { x: 0, y: 0 };
    const placed = seedAround(origin, origin, 30, 10);
    const radii = placed.map((p) => Math.round(distance(p, origin)));
    expect(radii.slice(0, 12).every((r) => r === 10)).toBe(true);
    expect(radii.slice(12, 24).every((r) => r === 20)).toBe(true);
    expect(radii.slice(24).every((r) => r === 30)).toBe(true);
    expect(placed.slice(0, 12).some((p) => p.x < -5)).toBe(true);
    expect(placed.slice(0, 12).some((p) => p.x > 5)).toBe(true);
  });
});

describe('typicalEdgeLength', () => {
  it('is the median length, and the fallback when there is none', () => {
    expect(typicalEdgeLength([3, 1, 100, 2, 4], 30)).toBe(3);
    expect(typicalEdgeLength([], 30)).toBe(30);
    expect(typicalEdgeLength([0, Number.NaN], 30)).toBe(30);
  });
});
