// toPlain turns every value the driver returns into JSON-able ones (decision 0054 reordered its
// tests for speed): Integers to numbers (strings beyond 2^53), nodes to their properties,
// temporals to ISO strings, inside lists and maps at any depth.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/api/graph-reader.ts';

describe('toPlain', () => {
  it('converts driver values inside lists and maps, and leaves plain ones as they are', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'p1', born: neo4j.int(1954) }, 'e1');
    const value = {
      name: 'Tô Lâm',
      count: neo4j.int(3),
      huge: neo4j.int('9007199254740993'),
      date: new neo4j.types.Date(2024, 8, 3),
      flags: [true, null, undefined, 2.5],
      rows: [{ node, spans: [neo4j.int(4), neo4j.int(9)] }],
    };
    expect(toPlain(value)).toEqual({
      name: 'Tô Lâm',
      count: 3,
      huge: '9007199254740993',
      date: '2024-08-03',
      flags: [true, null, null, 2.5],
      rows: [{ node: { id: 'p1', born: 1954 }, spans: [4, 9] }],
    });
    expect(toPlain(null)).toBeNull();
    expect(toPlain('text')).toBe('text');
  });

  it('reads Integers of one 32-bit word directly, and every other width as toNumber does (decision 0060)', () => {
    const values = [
      0,
      1,
      -1,
      2 ** 31 - 1,
      -(2 ** 31),
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 32,
      -(2 ** 32),
      2 ** 53 - 1,
      -(2 ** 53) + 1,
    ];
    for (const n of values) expect(toPlain(neo4j.int(n)), String(n)).toBe(n);
    expect(toPlain(neo4j.int('-9007199254740993'))).toBe('-9007199254740993');
  });
});
