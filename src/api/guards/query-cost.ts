// A cost bound computed from the operation before it runs (graphql-query-complexity): every field
// costs 1, and a field taking `first` multiplies what it selects by the number of items it may
// return, so nested pages multiply as they do in the database. A field selected again under another
// alias costs ALIAS_REPEAT_COST more: GraphQL merges a field repeated under one name (it runs once),
// but every alias runs its resolver, and its database query, again.
import { GraphQLError, Kind, visit, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { splitIntoMonths } from '../month-range.ts';
import { eventTalliesBetween, type TallyCensus, type TallyCensusCache } from './tally-census.ts';

const pagedFieldEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  return 1 + childComplexity * first;
};

// Dashboards (decision 0023): a filtered or sorted list and a count by group read every node that
// matches before they page or count, so they are priced by what they may read as well as by what
// they return. A read started from one node (a document, an organizer) is cheap; a date range costs
// per month it spans; a count of events over all time, or of the holders of every post, is refused.
const SCAN = {
  oneNode: 500,
  perMonth: 200,
  oneProvince: 5_000,
  someKinds: 2_000,
  everything: 100_000,
  // One tally (event tally or holder profile) read: its node, its filters and its degree (decision 0038).
  perTally: 3,
};

type Args = Record<string, unknown>;
const given = (where: Args, ...fields: string[]) =>
  fields.some((f) => where[f] !== null && where[f] !== undefined);

function monthsBetween(from: unknown, to: unknown): number | null {
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.max(1, months(to) - months(from) + 1);
}

function eventScan(where: Args): number {
  if (given(where, 'organizer', 'about')) return SCAN.oneNode;
  const months = monthsBetween(where.dateFrom, where.dateTo);
  if (months !== null) return Math.min(SCAN.everything, months * SCAN.perMonth);
  return given(where, 'province') ? SCAN.oneProvince : SCAN.everything;
}

// eventCounts reads the tallies of the whole months of its range and the events of the partial
// months at its ends (decision 0033), so it is priced by the number of those tallies (the census,
// decision 0038) and each partial month as before; all time (no range) is every tally and passes
// when they are few. Without a census, by the months of the range as the events list is.
function eventCountScan(where: Args, census: TallyCensus | null): number {
  if (!census || given(where, 'organizer', 'about')) return eventScan(where);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const { months, partial } = splitIntoMonths(text(where.dateFrom), text(where.dateTo));
  const tallies = months ? eventTalliesBetween(census, months.monthFrom, months.monthTo) : 0;
  return Math.min(SCAN.everything, tallies * SCAN.perTally + partial.length * SCAN.perMonth);
}

function organizationScan(where: Args): number {
  if (given(where, 'implements', 'province')) return SCAN.oneNode;
  return given(where, 'kind') ? SCAN.someKinds : SCAN.oneProvince;
}

// holderCounts reads the holder cells its filter starts from and the profiles holding them (decision
// 0038): a role's or a province's like the posts of a role; kinds alone, or nothing, at most every
// profile — the census says how many, and without one it is refused as every holder was.
function holderScan(where: Args, census: TallyCensus | null): number {
  if (given(where, 'role', 'province')) return SCAN.someKinds;
  if (census) return Math.min(SCAN.everything, census.holderProfiles * SCAN.perTally);
  return given(where, 'kind') ? SCAN.oneProvince : SCAN.everything;
}

// Posts (and their holders) of one body are few; of a role or a province, like the posts holderCounts
// reads; every post or person, like all bodies.
function postScan(where: Args): number {
  if (given(where, 'body')) return SCAN.oneNode;
  return given(where, 'role', 'province') ? SCAN.someKinds : SCAN.oneProvince;
}

// Documents of a province's bodies are like a province's bodies; a date range reads what it spans
// (documents are fewer than events: priced the same per month, the conservative side); all of them
// like all bodies.
function documentScan(where: Args): number {
  if (given(where, 'implementedIn')) return SCAN.oneNode;
  const months = monthsBetween(where.dateFrom, where.dateTo);
  if (months !== null) return Math.min(SCAN.oneProvince, months * SCAN.perMonth);
  return SCAN.oneProvince;
}

// Articles that mention one entity are its mentions; of one site, like a province's events; a date
// range per month like events; a language alone, or no filter, every article: refused, a range or a
// site narrows it (articles are the most numerous nodes after claims).
function articleScan(where: Args): number {
  if (given(where, 'mentions')) return SCAN.oneNode;
  const months = monthsBetween(where.publishedFrom, where.publishedTo);
  if (months !== null) return Math.min(SCAN.everything, months * SCAN.perMonth);
  return given(where, 'source') ? SCAN.oneProvince : SCAN.everything;
}

/** What a dashboard field of Query may read before answering; undefined for every other field. The census prices the counts read from tallies. */
export function dashboardScanCost(
  field: string,
  args: Args,
  census: TallyCensus | null = null,
): number | undefined {
  const where = (args.where as Args | null | undefined) ?? {};
  const filtered = args.where != null || args.orderBy != null;
  switch (field) {
    case 'eventCounts':
      return eventCountScan(where, census);
    // A document's implementer tallies: one per kind and province at most (decision 0038).
    case 'implementerCounts':
      return SCAN.oneNode;
    case 'holderCounts':
      return holderScan(where, census);
    case 'events':
      return filtered ? eventScan(where) : undefined;
    case 'organizations':
      return filtered ? organizationScan(where) : undefined;
    case 'documents':
      return filtered ? documentScan(where) : undefined;
    case 'articles':
      return filtered ? articleScan(where) : undefined;
    case 'positions':
    case 'people':
      return filtered ? postScan(where) : undefined;
    default:
      return undefined;
  }
}

const dashboardEstimator =
  (census: TallyCensus | null): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    if (type.name !== 'Query') return undefined;
    const scan = dashboardScanCost(field.name, args, census);
    if (scan === undefined) return undefined;
    const returned = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
    return scan + 1 + childComplexity * returned;
  };

/** The estimators, the counts priced by a tally census (decision 0038) when there is one. */
export function costEstimators(census: TallyCensus | null = null): ComplexityEstimator[] {
  return [dashboardEstimator(census), pagedFieldEstimator, simpleEstimator({ defaultComplexity: 1 })];
}

/** Without a census: the counts priced by the months of their range. */
export const COST_ESTIMATORS: ComplexityEstimator[] = costEstimators();

/** The fields priced by the census: an operation that asks for none is priced without reading it. */
const CENSUS_PRICED = new Set(['eventCounts', 'holderCounts']);

/** Whether each parsed operation asks for a count priced by the census, found once per document. */
const countsAsked = new WeakMap<DocumentNode, boolean>();

function asksForCounts(document: DocumentNode): boolean {
  const known = countsAsked.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (CENSUS_PRICED.has(node.name.value)) found = true;
    },
  });
  countsAsked.set(document, found);
  return found;
}

/**
 * The price of each further alias of one field in one selection set. 2,000 aliases of `stats` cost
 * 4,000 as plain fields and ran 2,000 aggregate queries until the 5 s timeout stopped them; at 100 a
 * repeat, about 290 repeats of a cheap root field fit in the 30,000 budget, and nested in a page the
 * price is multiplied like any field's. Measurements: docs/decisions/0025-fuzzing-and-non-language.md.
 */
export const ALIAS_REPEAT_COST = 100;

/** The field nodes that select, under another alias, a field already selected beside them. */
export function aliasRepeats(document: DocumentNode): Set<FieldNode> {
  const repeats = new Set<FieldNode>();
  visit(document, {
    SelectionSet(set) {
      const keysByField = new Map<string, Set<string>>();
      for (const selection of set.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const keys = keysByField.get(selection.name.value) ?? new Set<string>();
        if (keys.size > 0 && !keys.has(key)) repeats.add(selection);
        keys.add(key);
        keysByField.set(selection.name.value, keys);
      }
    },
  });
  return repeats;
}

function estimatorsFor(document: DocumentNode, census: TallyCensus | null): ComplexityEstimator[] {
  const repeats = aliasRepeats(document);
  const estimators = costEstimators(census);
  if (repeats.size === 0) return estimators;
  const repeatEstimator: ComplexityEstimator = (options) => {
    if (!repeats.has(options.node)) return undefined;
    const base = pagedFieldEstimator(options) ?? 1 + options.childComplexity;
    return ALIAS_REPEAT_COST + base;
  };
  return [repeatEstimator, ...estimators];
}

/** The operation's cost (graphql-query-complexity with the estimators above). */
function price(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  census: TallyCensus | null,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: estimatorsFor(document, census),
    });
  } catch (err) {
    // Pricing coerces the variables before execution does: a variable of the wrong type is
    // the client's to fix, said as execution would say it, not an internal error.
    // By name: graphql-query-complexity loads graphql's CommonJS build, whose GraphQLError
    // is another class than the ESM one imported here.
    if (err instanceof Error && err.name === 'GraphQLError') {
      throw new GraphQLError(err.message, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    throw err;
  }
}

/**
 * Prices already computed, per parsed operation and (operation name, variables). Apollo's document
 * store hands every request of one operation text the same parsed document, so a client asking the
 * same question again is not priced again: pricing walks the whole operation against the schema's
 * types, about a millisecond a request for a page of 20 edges with evidence (decision 0045). Held
 * weakly (a document the store drops goes with its prices) and at most PRICES_PER_DOCUMENT
 * variable sets per document, so varied variables cannot grow it without bound.
 */
const pricedBefore = new WeakMap<DocumentNode, Map<string, number>>();
const PRICES_PER_DOCUMENT = 256;

function remember(document: DocumentNode, key: string, cost: number): void {
  let prices = pricedBefore.get(document);
  if (!prices) pricedBefore.set(document, (prices = new Map()));
  if (prices.size >= PRICES_PER_DOCUMENT) prices.clear();
  prices.set(key, cost);
}

/**
 * The key a price is kept under beside its parsed operation, or null when the variables cannot be
 * written as one: variables nested thousands of levels deep overflow JSON.stringify's stack, and
 * such a request must reach price(), which refuses it as bad input, not fail here as an internal
 * error (test/graph/api-abuse.test.ts).
 */
function priceCacheKey(operationName: string | null | undefined, variables: unknown): string | null {
  try {
    return JSON.stringify([operationName ?? null, variables ?? {}]);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export function queryCostPlugin<T extends { cost: number | null }>(
  maxCost: number,
  tallyCensus: TallyCensusCache | null = null,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue, operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              'This API has no subscriptions; send a query, or a mutation with a token.',
              {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              },
            );
          }
          const census = tallyCensus && asksForCounts(document) ? await tallyCensus.current() : null;
          // A price read from tallies changes with the graph; any other is the operation's and variables'.
          const cacheKey = census ? null : priceCacheKey(request.operationName, request.variables);
          let cost = cacheKey === null ? undefined : pricedBefore.get(document)?.get(cacheKey);
          if (cost === undefined) {
            cost = price(schema, document, request.variables ?? {}, request.operationName, census);
            if (cacheKey !== null) remember(document, cacheKey, cost);
          }
          contextValue.cost = cost;
          if (cost > maxCost) {
            throw new GraphQLError(
              `The operation would cost ${cost} (each field 1, multiplied by the page sizes it is nested in, and ${ALIAS_REPEAT_COST} more for each further alias of a field); the limit is ${maxCost}. Ask for smaller pages (first), fewer nested lists or fewer aliases; narrow a filtered list or a count (a shorter date range, an organizer, a document, a role or province).`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
