/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Exact answers on a small graph written with Cypher (test/graph/api-fixture.ts): parallel claims
// folded into one edge with all their evidence, first/last seen, paging, and one Cypher query per
// level of an answer whatever the number of parents (DataLoader).
import { describe, expect, it } from 'vitest';
import { removeApiFixture, writeApiFixture } from './api-fixture.ts';
import { gid, useSampleApi } from './api-harness.ts';

// Only the fixture, not the samples: the answers below are exact.
const sample = useSampleApi({
  samples: false,
  seed: async (graph) => {
    await removeApiFixture(graph.driver, graph.database);
    await writeApiFixture(graph.driver, graph.database);
  },
  cleanup: (graph) => removeApiFixture(graph.driver, graph.database),
});

describe('parallel claims fold into one edge', () => {
  it('two articles saying the same post: one edge, two evidence items, first/last seen from their dates', async () => {
    const data = await sample.api.data(
      `query($id: ID!) { person(id: $id) { positions { totalCount edges {
      node { graphId } role organization { graphId } firstSeen lastSeen evidenceCount
      evidence { article { graphId publishedAt } sentence sentenceIndex span { start end } asOf extractor } } } } }`,
      { id: gid('Person', 'apitest-p1') },
    );
    const edges = data.person.positions.edges;
    expect(data.person.positions.totalCount).toBe(2);
    // Most recently seen first; pos2 and pos1 were both last seen on 2022-03-01, then by name.
    const deputy = edges.find((e: any) => e.node.graphId === 'apitest-pos1');
    expect(deputy).toMatchObject({
      role: 'Thứ trưởng',
      organization: { graphId: 'apitest-o1' },
      firstSeen: '2021-05-10',
      lastSeen: '2022-03-01',
      evidenceCount: 2,
    });
    expect(deputy.evidence.map((e: any) => e.article.graphId)).toEqual(['apitest-a2', 'apitest-a1']);
    expect(deputy.evidence[1]).toMatchObject({
      sentenceIndex: 0,
      span: { start: 0, end: 60 },
      asOf: '2021-05-10',
      extractor: 'fixture-1',
      article: { publishedAt: '2021-05-10' },
    });
  });

  it('evidence(first:) trims the list but evidenceCount counts all', async () => {
    const data = await sample.api.data(
      `query($id: ID!) { document(id: $id) { implementedBy { edges { node { graphId } evidenceCount evidence(first: 1) { article { graphId } } } } } }`,
      {
        id: gid('Document', 'apitest-d1'),
      },
    );
    const ministry = data.document.implementedBy.edges[0];
    expect(ministry).toMatchObject({ node: { graphId: 'apitest-o2' }, evidenceCount: 2 });
    expect(ministry.evidence).toEqual([{ article: { graphId: 'apitest-a3' } }]);
  });

  it("a post's holders over time, and a body's officials per (person, post)", async () => {
    const data = await sample.api.data(
      `query($pos: ID!, $org: ID!) {
      position(id: $pos) { name holders { edges { node { graphId } firstSeen lastSeen evidenceCount } } }
      organization(id: $org) { officials { totalCount edges { node { graphId } position { graphId } role } } parts { graphId } }
    }`,
      { pos: gid('Position', 'apitest-pos3'), org: gid('Organization', 'apitest-o3') },
    );
    expect(data.position.holders.edges).toEqual([
      { node: { graphId: 'apitest-p2' }, firstSeen: '2021-05-10', lastSeen: '2023-01-15', evidenceCount: 2 },
      { node: { graphId: 'apitest-p3' }, firstSeen: '2023-01-15', lastSeen: '2023-01-15', evidenceCount: 1 },
    ]);
    expect(data.organization.officials.totalCount).toBe(2);
    expect(data.organization.parts).toEqual([{ graphId: 'apitest-o4' }]);
  });

  it('a path step carries the evidence of every parallel claim it stands for', async () => {
    const data = await sample.api.data(
      `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxHops: 2) { length steps { relation from { id } to { id } evidence { article { graphId } } } } }`,
      {
        a: gid('Person', 'apitest-p2'),
        b: gid('Organization', 'apitest-o3'),
      },
    );
    expect(data.connection).toHaveLength(1);
    const [holds, of] = data.connection[0].steps;
    expect(holds.relation).toBe('HOLDS');
    expect(holds.evidence.map((e: any) => e.article.graphId).sort()).toEqual(['apitest-a1', 'apitest-a3']);
    expect(of).toMatchObject({ relation: 'OF', evidence: [] });
  });
});

describe('DataLoader: one Cypher query per level, not per parent', () => {
  it('a nested list over all parents costs the same number of queries for 1 parent or many', async () => {
    const q = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { positions { edges { node { holders { edges { node { name } evidence { article { title } } } } } } } } } }`;
    const people = ['apitest-p1', 'apitest-p2', 'apitest-p3', 'apitest-p4'].map((id) => gid('Person', id));
    const one = await sample.api.gql(q, { ids: people.slice(0, 1) });
    const many = await sample.api.gql(q, { ids: people });
    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    // nodes → positions → holders → evidence.article: four queries at every size.
    expect(one.body.extensions?.usage?.cypherQueries).toBe(4);
    expect(many.body.extensions?.usage?.cypherQueries).toBe(4);
  });
});
