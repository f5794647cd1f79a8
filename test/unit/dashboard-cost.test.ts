// What the cost guard charges the dashboards' fields (decision 0023), computed on the real schema
// the way the server computes it before running an operation: the read a filter may cost on top of
// what the field returns, so a count of all time is refused and a year, a decade or one document is not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { COST_ESTIMATORS, costEstimators, dashboardScanCost } from '../../src/api/guards/query-cost.ts';
import {
  TallyCensusCache,
  eventTalliesBetween,
  type TallyCensus,
} from '../../src/api/guards/tally-census.ts';
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

describe('the price of the counts read from tallies (decision 0038)', () => {
  // A graph of 2024 with 40 event tallies a month, 25 undated ones and 900 holder profiles.
  const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
  const census = (perMonth: number, holderProfiles = 900): TallyCensus => ({
    eventTalliesByMonth: new Map([['', 25], ...months.map((m) => [m, perMonth] as [string, number])]),
    holderProfiles,
  });
  const priced = (query: string, c: TallyCensus) =>
    getComplexity({ schema, query: parse(query), variables: {}, estimators: costEstimators(c) });
  const counts = (where: string) => `{ eventCounts(groupBy: MONTH${where}) { key count } }`;

  it('counts the tallies of the whole months of a range, the undated ones only over all time', () => {
    const c = census(40);
    expect(eventTalliesBetween(c, '2024-03', '2024-05')).toBe(3 * 40);
    expect(eventTalliesBetween(c, '2024-11', '')).toBe(2 * 40);
    expect(eventTalliesBetween(c, '', '')).toBe(12 * 40 + 25);
    expect(eventTalliesBetween(c, '2025-01', '2025-12')).toBe(0);
  });

  it('prices eventCounts by the tallies it reads (3 each), each partial month at the ends as 200', () => {
    const c = census(40);
    const where = (from: string, to: string) => ({ where: { dateFrom: from, dateTo: to } });
    expect(dashboardScanCost('eventCounts', where('2024-01-01', '2024-12-31'), c)).toBe(12 * 40 * 3);
    expect(dashboardScanCost('eventCounts', where('2024-03-15', '2024-06-10'), c)).toBe(2 * 40 * 3 + 2 * 200);
    // A decade with tallies in one year costs that year, not 120 months × 200.
    expect(dashboardScanCost('eventCounts', where('2015-01-01', '2024-12-31'), c)).toBe(12 * 40 * 3);
    expect(dashboardScanCost('eventCounts', { where: { about: 'x' } }, c)).toBe(500);
    expect(priced(counts(', where: { dateFrom: "2024-01-01", dateTo: "2024-12-31" }'), c)).toBe(
      12 * 40 * 3 + 1 + 2 * 50,
    );
  });

  it('lets all-time counts through when the graph has few tallies and refuses them when it has many', () => {
    expect(priced(counts(''), census(40))).toBe((12 * 40 + 25) * 3 + 1 + 2 * 50);
    expect(priced(counts(''), census(40))).toBeLessThanOrEqual(LIMIT);
    expect(priced(counts(', where: { province: "Lạng Sơn" }'), census(40))).toBeLessThanOrEqual(LIMIT);
    // 12 × 1,000 tallies: 36,075 — over the limit.
    expect(priced(counts(''), census(1_000))).toBeGreaterThan(LIMIT);
    // Without a census (the graph did not answer it), as before: all time refused.
    expect(cost(counts(''))).toBeGreaterThan(LIMIT);
  });

  it('prices holderCounts unnarrowed by the holder profiles, a role or province as before', () => {
    expect(priced('{ holderCounts(groupBy: ROLE) { key count } }', census(40, 900))).toBe(
      900 * 3 + 1 + 2 * 50,
    );
    expect(priced('{ holderCounts(groupBy: ROLE) { key count } }', census(40, 20_000))).toBeGreaterThan(
      LIMIT,
    );
    expect(
      priced('{ holderCounts(groupBy: PROVINCE, where: { role: "Bí thư" }) { key count } }', census(40)),
    ).toBe(2_000 + 1 + 2 * 50);
    expect(
      priced(
        '{ implementerCounts(document: "05-CT/TW", groupBy: KIND, first: 10) { key count } }',
        census(40),
      ),
    ).toBe(500 + 1 + 2 * 10);
  });

  it('keeps the census for its period, reads it again after, and keeps the last one when a read fails', async () => {
    let clock = 0;
    let reads = 0;
    let fail = false;
    const cache = new TallyCensusCache(
      async () => {
        reads++;
        if (fail) throw new Error('graph down');
        return census(reads);
      },
      30_000,
      () => clock,
    );
    expect(eventTalliesBetween((await cache.current())!, '2024-01', '2024-01')).toBe(1);
    clock = 29_999;
    await cache.current();
    expect(reads).toBe(1);
    clock = 30_000;
    expect(eventTalliesBetween((await cache.current())!, '2024-01', '2024-01')).toBe(2);
    fail = true;
    clock = 60_000;
    expect(eventTalliesBetween((await cache.current())!, '2024-01', '2024-01')).toBe(2);
    expect(reads).toBe(3);
  });
});
