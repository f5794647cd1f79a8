// Curators over HTTP (issue 16): each curator has a token of their own and the audit trail records
// its name, not what the client claims; mutations have their own rate limit, per curator; the read
// limit is read through the proxies KG_TRUST_PROXY trusts; error answers carry no stack trace
// unless the server runs with KG_DEBUG=1.
import { describe, expect, it } from 'vitest';
import { gid, startTestApi, useSampleApi } from './api-harness.ts';

const ALICE = 'alice-token-0123456789abcdef-0123456789';
const BINH = 'binh-token-0123456789abcdef-01234567890';
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const sample = useSampleApi({
  apiTokens: [
    { name: 'alice', token: ALICE },
    { name: 'binh', token: BINH },
  ],
  limits: { rateLimit: false, writeRateLimit: { windowMs: 60_000, limit: 4 } },
});

const QB = gid('Person', 'person:vu-dai-thang');
const QN = gid('Person', 'person:vu-dai-thang:quang-ninh');
const JUDGE = `mutation($a: ID!, $b: ID!, $by: String) {
  judgeEntities(aId: $a, bId: $b, judgement: UNSURE, reason: "curator test", by: $by) { curationId by } }`;
const UNDO = `mutation($c: String!) { undoCuration(curationId: $c) { curationId by undoneAt } }`;
const auditCount = () =>
  sample.graph.read(async (tx) =>
    Number((await tx.run('MATCH (c:Curation) RETURN count(c) AS n')).records[0]!.get('n')),
  );

describe('named curator tokens', () => {
  it('records the name of the token, refuses a `by` naming someone else, and writes nothing then', async () => {
    const before = await auditCount();
    const spoofed = await sample.api.gql(JUDGE, { a: QB, b: QN, by: 'binh' }, as(ALICE));
    expect(spoofed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'by' });
    expect(spoofed.body.errors?.[0]?.message).toMatch(/not the curator of this token \("alice"\)/);
    expect(await auditCount()).toBe(before);

    const judged = await sample.api.gql(JUDGE, { a: QB, b: QN }, as(ALICE));
    expect(judged.body.errors).toBeUndefined();
    expect(judged.body.data?.judgeEntities.by).toBe('alice');
    const stored = await sample.graph.read(async (tx) =>
      (
        await tx.run('MATCH (c:Curation {id: $id}) RETURN c.by AS by', {
          id: judged.body.data?.judgeEntities.curationId,
        })
      ).records[0]?.get('by'),
    );
    expect(stored).toBe('alice');

    const undone = await sample.api.gql(UNDO, { c: judged.body.data?.judgeEntities.curationId }, as(BINH));
    expect(undone.body.errors).toBeUndefined();
    expect(undone.body.data?.undoCuration.undoneAt).not.toBeNull();

    const stranger = await sample.api.gql(JUDGE, { a: QB, b: QN }, as(ALICE.replace('alice', 'mallory')));
    expect(stranger.status).toBe(401);
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('limits mutations per curator, apart from reads and from other curators', async () => {
    // alice spent 2 of her 4 above; binh 1.
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await sample.api.gql(UNDO, { c: `no-such-curation-${i}` }, as(ALICE));
      codes.push(res.body.errors?.[0]?.extensions?.code);
      if (i === 3) {
        expect(res.status).toBe(429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.body.errors?.[0]?.message).toMatch(
          /Too many mutations from curator "alice": the limit is 4 per 60 s/,
        );
      }
    }
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED', 'RATE_LIMITED']);
    const binh = await sample.api.gql(UNDO, { c: 'no-such-curation' }, as(BINH));
    expect(binh.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const read = await sample.api.gql(`{ stats { people } }`, {}, as(ALICE));
    expect(read.status).toBe(200);
    expect(read.body.data?.stats.people).toBeGreaterThan(0);
  });
});

describe('read rate limit and trusted proxies', () => {
  const limited = (trustProxy: false | string[]) =>
    startTestApi(sample.graph, {
      warmUp: false,
      trustProxy,
      limits: { rateLimit: { windowMs: 60_000, limit: 2 }, writeRateLimit: false },
    });
  const statuses = async (api: Awaited<ReturnType<typeof limited>>, client: string) => {
    const out: number[] = [];
    for (let i = 0; i < 3; i++) {
      out.push((await api.gql(`{ stats { people } }`, {}, { 'x-forwarded-for': client })).status);
    }
    return out;
  };

  it('behind a trusted proxy each client has its own bucket; untrusted, they share the proxy’s', async () => {
    const trusting = await limited(['loopback']);
    try {
      expect(await statuses(trusting, '203.0.113.1')).toEqual([200, 200, 429]);
      expect(await statuses(trusting, '203.0.113.2')).toEqual([200, 200, 429]);
    } finally {
      await trusting.close();
    }
    const distrusting = await limited(false);
    try {
      expect(await statuses(distrusting, '203.0.113.1')).toEqual([200, 200, 429]);
      expect(await statuses(distrusting, '203.0.113.2')).toEqual([429, 429, 429]);
    } finally {
      await distrusting.close();
    }
  });
});

describe('error answers', () => {
  const BROKEN = '{ stats { people }';
  it('carry a documented code and no stack trace by default', async () => {
    for (const production of [false, true]) {
      const api = await startTestApi(sample.graph, { warmUp: false, production, debug: false });
      try {
        const res = await api.gql(BROKEN);
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
        expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
        const unknownField = await api.gql('{ nope }');
        expect(unknownField.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(JSON.stringify(unknownField.body)).not.toContain('stacktrace');
      } finally {
        await api.close();
      }
    }
  });

  it('carry the stack trace with KG_DEBUG=1', async () => {
    const api = await startTestApi(sample.graph, { warmUp: false, debug: true });
    try {
      const res = await api.gql(BROKEN);
      expect(res.body.errors?.[0]?.extensions?.stacktrace?.length).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  });
});
