// The folded statement's text is built once per shape and reused (decision 0054): a request's
// values travel as parameters, renamed per part, so asking again with other values must give the
// same statement and other parameters, and two shapes must not share a text.
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/api/cypher.ts';
import { foldedStatement } from '../../src/api/fold.ts';
import { relationPages } from '../../src/api/relation-pages.ts';

const root = (code: string) => ({ query: cypher('documents-by-code'), params: { codes: [code] } });

describe('foldedStatement', () => {
  it('reuses the text of a shape asked again, with the new values as parameters', () => {
    const first = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.implementedBy({ first: 5 }, undefined)],
      true,
    );
    const again = foldedStatement(
      root('12-CT/TW'),
      [relationPages.Document.implementedBy({ first: 9 }, undefined)],
      false,
    );
    expect(again.query).toBe(first.query);
    expect(first.params).toMatchObject({ withArticles: true, root_codes: ['05-CT/TW'] });
    expect(again.params).toMatchObject({ withArticles: false, root_codes: ['12-CT/TW'] });
    expect(Number(first.params.p0_limit)).toBe(5);
    expect(Number(again.params.p0_limit)).toBe(9);
  });

  it("renames every part's parameters in the text, and builds another text for another shape", () => {
    const one = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.implementedBy({}, undefined)],
      false,
    );
    const two = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.issuer(), relationPages.Document.implementedBy({}, undefined)],
      false,
    );
    expect(two.query.text).not.toBe(one.query.text);
    expect(two.query.text).toContain('$p1_limit');
    expect(two.query.text).not.toMatch(/\$limit\b/);
    expect(two.params).toMatchObject({ p0_relation: 'ISSUED', p1_relation: 'IMPLEMENTS' });
  });
});
