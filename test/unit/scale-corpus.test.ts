// The bench:scale corpus generator and the loader's summary rows, without a database.
import { describe, expect, it } from 'vitest';
import { personName, scaleCorpus, UNIQUE_NAMES } from '../../bench/scale-corpus.ts';
import { pairsByType, summaryRowsOf } from '../../ingest/load/claim-summaries.ts';

describe('the generated corpus', () => {
  it('gives every new person a name no one else has', () => {
    const names = new Set<string>();
    for (let n = 0; n < 60_000; n++) names.add(personName(n));
    expect(names.size).toBe(60_000);
    expect(() => personName(UNIQUE_NAMES)).toThrow(RangeError);
  });

  it('is the same article i at any size, so a smaller corpus is a prefix of a larger one', () => {
    const small = [...scaleCorpus(0, 50)];
    const large = [...scaleCorpus(0, 120)];
    expect(large.slice(0, 50)).toEqual(small);
    expect([...scaleCorpus(50, 120)]).toEqual(large.slice(50));
    expect(new Set(large.map((r) => r.url)).size).toBe(120);
  });

  it('has hubs: most articles take up 05-CT/TW or are about the busy provincial committee', () => {
    const texts = [...scaleCorpus(0, 1000)].map((r) => r.text);
    const directive = texts.filter((t) => t.includes('Chỉ thị số 05-CT/TW')).length;
    const busy = texts.filter((t) => t.includes('Tỉnh ủy Thanh Hóa tổ chức')).length;
    expect(directive).toBeGreaterThan(350);
    expect(busy).toBeGreaterThan(200);
  });
});

describe('summary rows of a batch', () => {
  it('count each claim key once per pair, with the earliest and latest date', () => {
    const rows = summaryRowsOf([
      { key: 'k1', fromId: 'a', toId: 'b', asOf: '2021-05-01' },
      { key: 'k1', fromId: 'a', toId: 'b', asOf: '2021-05-01' },
      { key: 'k2', fromId: 'a', toId: 'b', asOf: '2020-01-01' },
      { key: 'k3', fromId: 'a', toId: 'b', asOf: null },
      { key: 'k4', fromId: 'a', toId: 'c', asOf: null },
    ]);
    expect(rows).toEqual([
      {
        fromId: 'a',
        toId: 'b',
        count: 3,
        firstSeen: '2020-01-01',
        lastSeen: '2021-05-01',
        keys: ['k1', 'k2', 'k3'],
      },
      { fromId: 'a', toId: 'c', count: 1, firstSeen: null, lastSeen: null, keys: ['k4'] },
    ]);
  });

  it('group deleted or moved relationships by claim type, leaving other types out', () => {
    const pairs = pairsByType([
      { type: 'HOLDS', fromId: 'p', toId: 'x' },
      { type: 'HOLDS', fromId: 'p', toId: 'x' },
      { type: 'MENTIONS', fromId: 'a', toId: 'p' },
      { type: 'CHAIRED', fromId: 'p', toId: 'e' },
    ]);
    expect([...pairs.keys()].sort()).toEqual(['CHAIRED', 'HOLDS']);
    expect(pairs.get('HOLDS')).toEqual([{ fromId: 'p', toId: 'x' }]);
  });
});
