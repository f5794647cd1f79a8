// The alias pricing of the cost guard (src/api/guards/query-cost.ts): only a field selected again
// under another alias in the same selection set is a repeat; a field repeated under one name is
// merged by GraphQL (it runs once) and different fields are not repeats of each other.
import { parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasRepeats } from '../../src/api/guards/query-cost.ts';

const repeatsOf = (query: string) =>
  [...aliasRepeats(parse(query))].map((f: FieldNode) => f.alias?.value ?? f.name.value);

describe('aliasRepeats', () => {
  it('counts every further alias of one field, at any depth and in fragments', () => {
    expect(repeatsOf('{ s0: stats { people } s1: stats { people } s2: stats { people } }')).toEqual([
      's1',
      's2',
    ]);
    expect(repeatsOf('{ stats { people } again: stats { events } }')).toEqual(['again']);
    expect(
      repeatsOf('{ people(first: 2) { edges { node { ...P } } } } fragment P on Person { a: name b: name }'),
    ).toEqual(['b']);
  });

  it('leaves merged duplicates, single aliases and different fields alone', () => {
    expect(repeatsOf('{ stats { people people people } }')).toEqual([]);
    expect(repeatsOf('{ a: stats { people } a: stats { people } }')).toEqual([]);
    expect(repeatsOf('{ total: stats { people } people(first: 5) { totalCount } }')).toEqual([]);
  });
});
