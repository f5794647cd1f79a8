// What a connection's selection asks for decides what its query reads (decisions 0017, 0024):
// totals are counted only when `totalCount` is selected, and claims are read for the page's edges
// only when `edges { evidence }` is. Checked on real GraphQL executions of a small schema, so the
// resolve info is what graphql-js gives a resolver, fragments and aliases included.
import {
  buildSchema,
  graphql,
  parse,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  askedEvidenceFirst,
  asksEvidence,
  asksSummary,
  asksTotal,
  DEFAULT_EVIDENCE_PAGE,
  MAX_PAGE_SIZE,
  pageOf,
  selectsIdOnly,
} from '../../src/api/paging.ts';

const schema = buildSchema(`
  type Query { implementers: Connection }
  type Connection { totalCount: Int edges: [Edge] }
  type Edge { node: String evidenceCount: Int evidence: [String] }
`);

async function asked(query: string): Promise<{ total: boolean; evidence: boolean }> {
  let seen: { total: boolean; evidence: boolean } | null = null;
  const rootValue = {
    implementers: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = { total: asksTotal(info), evidence: asksEvidence(info) };
      return { totalCount: 0, edges: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  if (!seen) throw new Error('the resolver did not run');
  return seen;
}

describe('asksEvidence / asksTotal', () => {
  it('sees neither when only the nodes and the summary count are selected', async () => {
    expect(await asked('{ implementers { edges { node evidenceCount } } }')).toEqual({
      total: false,
      evidence: false,
    });
  });

  it('sees evidence selected on the edges, directly, aliased or through fragments', async () => {
    expect((await asked('{ implementers { edges { node evidence } } }')).evidence).toBe(true);
    expect((await asked('{ implementers { edges { proof: evidence } } }')).evidence).toBe(true);
    expect(
      (
        await asked(
          '{ implementers { ...Page } } fragment Page on Connection { edges { ... on Edge { evidence } } }',
        )
      ).evidence,
    ).toBe(true);
  });

  it('sees totalCount apart from evidence', async () => {
    expect(await asked('{ implementers { totalCount } }')).toEqual({ total: true, evidence: false });
  });
});

// The edges' summary figures are read only when one of them is selected (decision 0068).
const summarySchema = buildSchema(`
  type Query { chairs: Connection }
  type Connection { totalCount: Int edges: [Edge] }
  type Edge { node: String evidenceCount: Int firstSeen: String lastSeen: String evidence: [String] }
`);

async function asksSummaryOf(query: string): Promise<boolean> {
  let seen: boolean | null = null;
  const rootValue = {
    chairs: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = asksSummary(info);
      return { edges: [] };
    },
  };
  const result = await graphql({ schema: summarySchema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  if (seen === null) throw new Error('the resolver did not run');
  return seen;
}

describe('asksSummary', () => {
  it('is false for a list of names, its total or its evidence alone', async () => {
    expect(await asksSummaryOf('{ chairs { edges { node } } }')).toBe(false);
    expect(await asksSummaryOf('{ chairs { totalCount edges { node evidence } } }')).toBe(false);
  });

  it('sees each summary field, aliased or through fragments', async () => {
    expect(await asksSummaryOf('{ chairs { edges { evidenceCount } } }')).toBe(true);
    expect(await asksSummaryOf('{ chairs { edges { since: firstSeen } } }')).toBe(true);
    expect(
      await asksSummaryOf(
        '{ chairs { ...Page } } fragment Page on Connection { edges { ... on Edge { lastSeen } } }',
      ),
    ).toBe(true);
  });

  it('is asked when no selection is known (a caller without resolve info)', () => {
    expect(asksSummary(undefined)).toBe(true);
  });
});

// The evidence folded per edge is what the edges' `evidence(first:)` asks (decision 0028).
const evidenceSchema = buildSchema(`
  type Query { implementers: Connection }
  type Connection { totalCount: Int edges: [Edge] }
  type Edge { node: String evidence(first: Int): [String] }
`);

async function evidenceFirst(query: string, variableValues: Record<string, unknown> = {}): Promise<number> {
  let seen: number | null = null;
  const rootValue = {
    implementers: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = askedEvidenceFirst(info);
      return { edges: [] };
    },
  };
  const result = await graphql({ schema: evidenceSchema, source: query, rootValue, variableValues });
  expect(result.errors).toBeUndefined();
  if (seen === null) throw new Error('the resolver did not run');
  return seen;
}

describe('askedEvidenceFirst', () => {
  it('is 0 when no evidence is selected, so no claim is read', async () => {
    expect(await evidenceFirst('{ implementers { totalCount edges { node } } }')).toBe(0);
  });

  it('reads first: as a literal, a variable or the default, and takes the largest of several', async () => {
    expect(await evidenceFirst('{ implementers { edges { evidence(first: 5) } } }')).toBe(5);
    expect(await evidenceFirst('{ implementers { edges { evidence } } }')).toBe(DEFAULT_EVIDENCE_PAGE);
    expect(
      await evidenceFirst('query($n: Int) { implementers { edges { evidence(first: $n) } } }', { n: 3 }),
    ).toBe(3);
    expect(await evidenceFirst('query($n: Int) { implementers { edges { evidence(first: $n) } } }', {})).toBe(
      DEFAULT_EVIDENCE_PAGE,
    );
    expect(
      await evidenceFirst(
        '{ implementers { edges { a: evidence(first: 2) ...E } } } fragment E on Edge { b: evidence(first: 7) }',
      ),
    ).toBe(7);
  });

  it('asks for the most allowed when first: is out of range (the evidence resolver refuses it later)', async () => {
    expect(await evidenceFirst('{ implementers { edges { evidence(first: 500) } } }')).toBe(MAX_PAGE_SIZE);
  });
});

// pageOf keeps what a selection asks per field nodes (decision 0054): the items of a list share
// their field nodes, so the selection is walked once per request, not once per item.
describe('pageOf kept per field nodes', () => {
  const operation = parse('query($n: Int) { implementers { totalCount edges { evidence(first: $n) } } }')
    .definitions[0] as OperationDefinitionNode;
  const fieldNodes = [operation.selectionSet.selections[0] as FieldNode];
  const info = (n: number | undefined) => ({ fieldNodes, fragments: {}, variableValues: { n } });

  it('reads the selection again when the same field nodes come with other variables', () => {
    expect(pageOf(20, null, info(5))).toMatchObject({
      withTotal: true,
      withEvidence: true,
      evidenceFirst: 5,
    });
    expect(pageOf(20, null, info(7)).evidenceFirst).toBe(7);
    expect(pageOf(20, null, info(undefined)).evidenceFirst).toBe(DEFAULT_EVIDENCE_PAGE);
  });

  it("keeps the selection's answer for one request's variables, and reads first / after every time", () => {
    const request = info(3);
    expect(pageOf(5, null, request)).toEqual({
      offset: 0,
      limit: 5,
      withTotal: true,
      withEvidence: true,
      withSummary: false,
      evidenceFirst: 3,
    });
    expect(pageOf(10, null, request)).toMatchObject({ limit: 10, evidenceFirst: 3 });
    expect(() => pageOf(500, null, request)).toThrow(/out of range/);
  });
});

// Decision 0073: an evidence item's article asked by its ids alone is answered from the claim.
describe('selectsIdOnly', () => {
  const idOnly = (query: string): boolean => {
    const doc = parse(query);
    const fragments = Object.fromEntries(
      doc.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
    );
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    return selectsIdOnly(op.selectionSet.selections[0] as FieldNode, { fragments });
  };

  it('holds for ids, the graph id and the type name, directly and through fragments', () => {
    expect(idOnly('{ article { graphId } }')).toBe(true);
    expect(idOnly('{ article { id graphId __typename } }')).toBe(true);
    expect(idOnly('{ article { ...A } } fragment A on Article { graphId }')).toBe(true);
    expect(idOnly('{ article { ... on Article { id } } }')).toBe(true);
  });

  it('fails for any other field, in a fragment too, and for a directive', () => {
    expect(idOnly('{ article { graphId title } }')).toBe(false);
    expect(idOnly('{ article { ...A } } fragment A on Article { url }')).toBe(false);
    expect(idOnly('{ article { ... on Article { title } } }')).toBe(false);
    expect(idOnly('{ article { graphId @include(if: true) } }')).toBe(false);
    expect(idOnly('{ article { ...Missing } }')).toBe(false);
  });
});
