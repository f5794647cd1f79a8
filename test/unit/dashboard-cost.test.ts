// What the cost guard charges the dashboards' fields (decision 0023), computed on the real schema
// the way the server computes it before running an operation: the read a filter may cost on top of
// what the field returns, so a count of all time is refused and a year, a decade or one document is not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { COST_ESTIMATORS } from '../../src/api/guards/query-cost.ts';
import { DEFAULT_LIMITS } from '../../src/api/server.ts';

// The schema and documents from the same build of graphql that graphql-query-complexity loads (its
// CommonJS one), as Apollo hands it over in the server: two builds' types cannot be mixed.
const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8'));
const cost = (query: string) =>
  getComplexity({ schema, query: parse(query), variables: {}, estimators: COST_ESTIMATORS });
const LIMIT = DEFAULT_LIMITS.maxCost;

describe('the price of a dashboard field', () => {
  it('grows with the months of an event date range: a year and a decade pass, 75 years do not', () => {
    const months = (from: string, to: string) =>
      cost(`{ eventCounts(groupBy: MONTH, where: { dateFrom: "${from}", dateTo: "${to}" }) { key count } }`);
    const year = months('2024-01-01', '2024-12-31');
    const decade = months('2015-01-01', '2024-12-31');
    expect(year).toBe(12 * 200 + 1 + 2 * 50);
    expect(decade).toBe(120 * 200 + 1 + 2 * 50);
    expect(decade).toBeLessThanOrEqual(LIMIT);
    expect(months('1950-01-01', '2024-12-31')).toBeGreaterThan(LIMIT);
  });

  it('refuses counts and sorted lists over all time, and prices a read from one node low', () => {
    expect(cost(`{ eventCounts(groupBy: PROVINCE) { key count } }`)).toBeGreaterThan(LIMIT);
    expect(cost(`{ events(orderBy: { field: DATE, direction: DESC }) { totalCount } }`)).toBeGreaterThan(
      LIMIT,
    );
    expect(cost(`{ holderCounts(groupBy: ROLE) { key count } }`)).toBeGreaterThan(LIMIT);
    expect(cost(`{ eventCounts(groupBy: MONTH, where: { about: "05-CT/TW" }) { key count } }`)).toBe(
      500 + 1 + 2 * 50,
    );
    expect(cost(`{ implementerCounts(document: "05-CT/TW", groupBy: KIND, first: 10) { key count } }`)).toBe(
      500 + 1 + 2 * 10,
    );
    expect(
      cost(`{ holderCounts(groupBy: PROVINCE, where: { role: "Bí thư" }) { key count } }`),
    ).toBeLessThanOrEqual(LIMIT);
  });

  // Each item of a page costs its edges, node and name: 3.
  it('leaves the lists without where or orderBy priced as before: by what they return', () => {
    expect(cost(`{ events(from: "2024-01-01", first: 20) { edges { node { name } } } }`)).toBe(1 + 20 * 3);
    expect(
      cost(`{ organizations(where: { province: "Đồng Tháp" }, first: 20) { edges { node { name } } } }`),
    ).toBe(500 + 1 + 20 * 3);
  });
});

describe('the price of the post, people and document lists (decision 0029)', () => {
  const page = `first: 20) { edges { node { id } } }`;
  it('prices a list by the read its filter starts: one body, a role or province, everything', () => {
    expect(cost(`{ positions(where: { body: "x" }, ${page} }`)).toBe(500 + 1 + 20 * 3);
    expect(cost(`{ positions(where: { role: "Bí thư" }, ${page} }`)).toBe(2_000 + 1 + 20 * 3);
    expect(cost(`{ people(where: { province: "Đồng Tháp" }, ${page} }`)).toBe(2_000 + 1 + 20 * 3);
    expect(cost(`{ people(orderBy: { field: NAME }, ${page} }`)).toBe(5_000 + 1 + 20 * 3);
    expect(cost(`{ documents(where: { implementedIn: "Lạng Sơn" }, ${page} }`)).toBe(500 + 1 + 20 * 3);
  });

  it('prices documents per month of a date range, at most as all documents', () => {
    const range = (from: string, to: string) =>
      cost(`{ documents(where: { dateFrom: "${from}", dateTo: "${to}" }, ${page} }`);
    expect(range('2024-01-01', '2024-12-31')).toBe(12 * 200 + 1 + 20 * 3);
    expect(range('1950-01-01', '2024-12-31')).toBe(5_000 + 1 + 20 * 3);
  });

  it('prices articles by their start: an entity, a site, months of a range; a language alone is refused', () => {
    const articles = (where: string) => cost(`{ articles(where: ${where}, ${page} }`);
    expect(articles('{ mentions: "x" }')).toBe(500 + 1 + 20 * 3);
    expect(articles('{ source: "baodongthap.vn" }')).toBe(5_000 + 1 + 20 * 3);
    expect(articles('{ publishedFrom: "2024-01-01", publishedTo: "2024-12-31" }')).toBe(
      12 * 200 + 1 + 20 * 3,
    );
    expect(articles('{ language: "vi" }')).toBeGreaterThan(LIMIT);
    expect(cost(`{ articles(${page} }`)).toBeLessThan(500);
  });

  it('leaves the older arguments priced by what they return', () => {
    expect(cost(`{ positions(role: "Bí thư", ${page} }`)).toBeLessThan(500);
    expect(cost(`{ documents(kind: "Chỉ thị", ${page} }`)).toBeLessThan(500);
  });
});
