// Judgements and the review queue over HTTP (decision 0012): `reviewQueue` lists the samples'
// possible duplicate with its reason; `judgeEntities` needs the bearer token like every write, is
// refused for bad input without writing, and DISTINCT / UNSURE change the queue; a merge of a pair
// judged distinct is refused until `undoCuration` undoes the judgement.
import { describe, expect, it } from 'vitest';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { gid, useSampleApi } from './api-harness.ts';

const TOKEN = 'test-token-judgements-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const sample = useSampleApi({ apiTokens: [{ name: 'api-test', token: TOKEN }] });

const QB = gid('Person', 'person:vu-dai-thang');
const QN = gid('Person', 'person:vu-dai-thang:quang-ninh');
const QUEUE = `query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { kind graphIds names articleCounts score reason judgement judgementId entities { id } } } } }`;
const JUDGE = `mutation($a: ID!, $b: ID!, $j: Judgement!, $reason: String) {
  judgeEntities(aId: $a, bId: $b, judgement: $j, reason: $reason, by: "api-test") {
    curationId action fromId intoId by reason undoneAt into { id } } }`;

const queue = async () => (await sample.api.data(QUEUE, { first: 10 })).reviewQueue;

describe('reviewQueue', () => {
  it('lists the possible duplicate with both entities and the reason', async () => {
    const q = await queue();
    expect(q.totalCount).toBe(1);
    expect(q.edges[0].node).toMatchObject({
      kind: 'POSSIBLE_DUPLICATE',
      graphIds: ['person:vu-dai-thang', 'person:vu-dai-thang:quang-ninh'],
      names: ['Vũ Đại Thắng', 'Vũ Đại Thắng'],
      articleCounts: [1, 1],
      judgement: null,
      entities: [{ id: QB }, { id: QN }],
    });
    expect(q.edges[0].node.reason).toMatch(/posts in Quảng Bình .* vs Quảng Ninh/);
    const none = await sample.api.data(QUEUE, { first: 10, after: q.pageInfo.endCursor });
    expect(none.reviewQueue.edges).toEqual([]);
  });

  it('refuses a page size out of range', async () => {
    const res = await sample.api.gql(QUEUE, { first: 1000 });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('judgeEntities', () => {
  it('needs the token and writes nothing without it', async () => {
    const before = await dumpGraph(sample.graph);
    const res = await sample.api.gql(JUDGE, { a: QB, b: QN, j: 'DISTINCT' });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dumpGraph(sample.graph)).toEqual(before);
  });

  it('refuses bad input in words and changes nothing', async () => {
    const before = await dumpGraph(sample.graph);
    const org = (
      await sample.api.data(
        `{ search(query: "Tỉnh ủy Quảng Ninh", types: [ORGANIZATION], first: 1) { node { id } } }`,
      )
    ).search[0].node.id;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ a: QB, b: org, j: 'DISTINCT' }, /a Organization cannot be judged against a Person/],
      [{ a: QB, b: QB, j: 'UNSURE' }, /same entity/],
      [{ a: QB, b: gid('Person', 'person:nobody'), j: 'DISTINCT' }, /no entity with id person:nobody/],
      [{ a: QB, b: 'not-an-id', j: 'DISTINCT' }, /bId/],
    ];
    for (const [vars, message] of cases) {
      const res = await sample.api.gql(JUDGE, vars, auth);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    expect(await dumpGraph(sample.graph)).toEqual(before);
  });

  it('DISTINCT takes the pair out of the queue and blocks a merge until undone', async () => {
    const res = await sample.api.gql(JUDGE, { a: QB, b: QN, j: 'DISTINCT', reason: 'two officials' }, auth);
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data?.judgeEntities;
    expect(c).toMatchObject({
      action: 'distinct',
      fromId: 'person:vu-dai-thang',
      intoId: 'person:vu-dai-thang:quang-ninh',
      by: 'api-test',
      reason: 'two officials',
      undoneAt: null,
      into: { id: QN },
    });
    expect((await queue()).totalCount).toBe(0);
    const merge = await sample.api.gql(
      `mutation($k: ID!, $d: ID!) { mergeEntities(keepId: $k, dropId: $d) { curationId } }`,
      { k: QB, d: QN },
      auth,
    );
    expect(merge.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(merge.body.errors?.[0]?.message).toContain(`judged distinct (${c.curationId})`);

    const undone = await sample.api.gql(
      `mutation($c: String!) { undoCuration(curationId: $c) { action undoneAt } }`,
      { c: c.curationId },
      auth,
    );
    expect(undone.body.data?.undoCuration).toMatchObject({ action: 'distinct' });
    expect((await queue()).edges[0].node.graphIds).toEqual([
      'person:vu-dai-thang',
      'person:vu-dai-thang:quang-ninh',
    ]);
  });

  it('UNSURE keeps the pair in the queue, marked with the judgement', async () => {
    const res = await sample.api.gql(JUDGE, { a: QN, b: QB, j: 'UNSURE' }, auth);
    expect(res.body.errors).toBeUndefined();
    const c = res.body.data?.judgeEntities;
    const item = (await queue()).edges[0].node;
    expect(item).toMatchObject({ judgement: 'UNSURE', judgementId: c.curationId });
    expect(item.reason).toMatch(/judged unsure by api-test/);
    await sample.api.gql(
      `mutation($c: String!) { undoCuration(curationId: $c) { action } }`,
      { c: c.curationId },
      auth,
    );
    expect((await queue()).edges[0].node.judgement).toBeNull();
  });
});
