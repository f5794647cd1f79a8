/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// The hub reads of decision 0028 find the page by a date cutoff before sorting by name (a body's
// officials) or by place (an edge's evidence): pairs or claims dated like the page's last one must
// still be ordered and paged exactly as a full sort would. The graph is this file's own (cleared,
// then written directly with many ties on dates), and the expected orders are computed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { decodeGlobalId } from '../../src/api/global-id.ts';
import { gid, openTestGraph, startTestApi, walkOfficials, type TestApi } from './api-harness.ts';

let graph: Graph;
let api: TestApi;

const BODY = 'org:cutoff-body';
const POSTS = [
  { id: 'pos:cutoff-a', name: 'Bi thu' },
  { id: 'pos:cutoff-b', name: 'Pho Bi thu' },
  { id: 'pos:cutoff-c', name: 'Uy vien' },
];
const PEOPLE = Array.from({ length: 9 }, (_, i) => ({
  id: `person:cutoff-${i}`,
  name: `Nguyen Van ${String.fromCharCode(72 - (i % 4))}${i}`,
}));
const DATES = ['2024-05-01', '2024-05-01', '2023-01-10', '2024-05-01', '2022-02-02', '2023-01-10'];

interface Claim {
  person: string;
  post: string;
  articleId: string;
  sentenceIndex: number;
  start: number;
  asOf: string | null;
}

// Every person holds one or two posts; each pair has a few claims whose dates repeat, so pairs
// and claims tie on dates across page boundaries.
const CLAIMS: Claim[] = PEOPLE.flatMap((p, i) =>
  POSTS.filter((_, j) => (i + j) % 3 !== 0).flatMap((post, j) =>
    Array.from({ length: 1 + ((i + j) % 4) }, (_, k) => ({
      person: p.id,
      post: post.id,
      articleId: `article:cutoff-${(i * 7 + k * 3) % 5}`,
      sentenceIndex: (k * 5 + i) % 3,
      start: (k * 11 + j) % 4,
      asOf: (i + k) % 7 === 6 ? null : DATES[(i + j + k) % DATES.length]!,
    })),
  ),
);

const pairKey = (c: { person: string; post: string }) => `${c.person}|${c.post}`;
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** A body's officials as the API promises them: most recently seen first, then post name, person name, id. */
function expectedOfficials(): string[] {
  const pairs = new Map<string, { person: string; post: string; lastSeen: string }>();
  for (const c of CLAIMS) {
    const seen = c.asOf ?? '';
    const pair = pairs.get(pairKey(c));
    if (!pair || seen > pair.lastSeen)
      pairs.set(pairKey(c), { person: c.person, post: c.post, lastSeen: seen });
  }
  const postName = (id: string) => POSTS.find((p) => p.id === id)!.name;
  const personName = (id: string) => PEOPLE.find((p) => p.id === id)!.name.toLowerCase();
  return [...pairs.values()]
    .sort(
      (a, b) =>
        cmp(b.lastSeen, a.lastSeen) ||
        cmp(postName(a.post), postName(b.post)) ||
        cmp(personName(a.person), personName(b.person)) ||
        cmp(a.person, b.person),
    )
    .map(pairKey);
}

/** A pair's evidence as the API promises it: newest first, then article, sentence, offset. */
function expectedEvidence(person: string, post: string): string[] {
  return CLAIMS.filter((c) => c.person === person && c.post === post)
    .sort(
      (a, b) =>
        cmp(b.asOf ?? '', a.asOf ?? '') ||
        cmp(a.articleId, b.articleId) ||
        cmp(a.sentenceIndex, b.sentenceIndex) ||
        cmp(a.start, b.start),
    )
    .map((c) => `${c.articleId}#${c.sentenceIndex}@${c.start}`);
}

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.write((tx) =>
    tx.run(
      `CREATE (o:Organization:Entity {id: $body, name: 'Tinh uy Cutoff', nameKey: 'tinh uy cutoff'})
       WITH o UNWIND $posts AS p
       CREATE (:Position:Entity {id: p.id, name: p.name, nameKey: toLower(p.name)})-[:OF]->(o)`,
      { body: BODY, posts: POSTS },
    ),
  );
  await graph.write((tx) =>
    tx.run(`UNWIND $people AS p CREATE (:Person:Entity {id: p.id, name: p.name, nameKey: toLower(p.name)})`, {
      people: PEOPLE,
    }),
  );
  await graph.write((tx) =>
    tx.run(
      `UNWIND $claims AS c
       MATCH (p:Person {id: c.person}), (pos:Position {id: c.post})
       WITH p, pos, c, toInteger(c.sentenceIndex) AS sentenceIndex, toInteger(c.start) AS start
       CREATE (p)-[:HOLDS {articleId: c.articleId, sentenceIndex: sentenceIndex, start: start, end: start + 3,
         sentence: 'Cau ' + c.articleId + '#' + toString(sentenceIndex) + '@' + toString(start), asOf: c.asOf}]->(pos)`,
      { claims: CLAIMS },
    ),
  );
  // The summaries as ingest keeps them (docs/graph-model.md): one per pair, count and date range,
  // and the index keys a post's holders are read by (migration 110, decision 0037).
  await graph.write((tx) =>
    tx.run(
      `MATCH (p:Person)-[r:HOLDS]->(pos:Position)
       WITH p, pos, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
       CREATE (p)-[:HOLDS_SUMMARY {evidence: claims, firstSeen: firstSeen, lastSeen: lastSeen,
         toId: pos.id, recency: coalesce(lastSeen, '')}]->(pos)`,
    ),
  );
  // Answers, not speed: a generous budget and no warm-up of every named query (decision 0074).
  api = await startTestApi(graph, { queryTimeoutMs: 60_000, warmUp: false });
});

afterAll(async () => {
  await api?.server.close();
  await graph?.close();
});

const idOf = (globalId: string) => decodeGlobalId(globalId)?.graphId;

describe("a body's officials, paged past a date cutoff (decision 0028)", () => {
  it('gives every (person, post) pair once, in the full order, whatever the page size', async () => {
    const expected = expectedOfficials();
    expect(expected.length).toBeGreaterThan(10);
    for (const first of [1, 2, 3, 5, 100]) {
      const seen = await walkOfficials(api, BODY, first, expected.length);
      expect(seen, `first: ${first}`).toEqual(expected);
    }
  });
});

describe("an edge's evidence, folded past a date cutoff (decision 0028)", () => {
  it('gives the newest claims in the full order for every evidence(first:), on every pair', async () => {
    for (const person of PEOPLE.slice(0, 5)) {
      for (const n of [1, 2, 3]) {
        const data: any = await api.data(
          `query($id: ID!, $n: Int) { person(id: $id) { positions { edges { node { id } evidenceCount
            evidence(first: $n) { sentence } } } } }`,
          { id: gid('Person', person.id), n },
        );
        for (const edge of data.person.positions.edges) {
          const want = expectedEvidence(person.id, idOf(edge.node.id)!);
          expect(edge.evidenceCount).toBe(want.length);
          expect(
            edge.evidence.map((e: any) => e.sentence),
            `${person.id} first: ${n}`,
          ).toEqual(want.slice(0, n).map((key) => `Cau ${key}`));
        }
      }
    }
  });
});
