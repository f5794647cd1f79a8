// How many shared Neo4j servers (and so graph workers) a run gets, from its environment (decision 0058).
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_SERVERS, graphServerCount } from '../support/graph-servers.ts';

describe('graphServerCount', () => {
  it('gives one server by default (two are not shown safe yet, decision 0058)', () => {
    expect(DEFAULT_GRAPH_SERVERS).toBe(1);
    expect(graphServerCount({})).toBe(1);
    expect(graphServerCount({ KG_TEST_GRAPH_SERVERS: '  ' })).toBe(1);
  });

  it('gives one with NEO4J_URI: a single external server serves one file at a time', () => {
    expect(graphServerCount({ NEO4J_URI: 'bolt://127.0.0.1:7687' })).toBe(1);
    expect(graphServerCount({ NEO4J_URI: 'bolt://127.0.0.1:7687', KG_TEST_GRAPH_SERVERS: '2' })).toBe(1);
  });

  it('takes KG_TEST_GRAPH_SERVERS and refuses what is not a whole number of servers', () => {
    expect(graphServerCount({ KG_TEST_GRAPH_SERVERS: '2' })).toBe(2);
    expect(graphServerCount({ KG_TEST_GRAPH_SERVERS: '3' })).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two'])
      expect(() => graphServerCount({ KG_TEST_GRAPH_SERVERS: bad })).toThrow(
        /KG_TEST_GRAPH_SERVERS must be a whole number of servers, at least 1/,
      );
  });
});
