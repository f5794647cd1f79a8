// A cost bound computed from the operation before it runs (graphql-query-complexity): every field
// costs 1, and a field taking `first` multiplies what it selects by the number of items it may
// return, so nested pages multiply as they do in the database.
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';

const pagedFieldEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  return 1 + childComplexity * first;
};

export const COST_ESTIMATORS: ComplexityEstimator[] = [
  pagedFieldEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

export function queryCostPlugin<T extends { cost: number | null }>(maxCost: number): ApolloServerPlugin<T> {
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
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: COST_ESTIMATORS,
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
          contextValue.cost = cost;
          if (cost > maxCost) {
            throw new GraphQLError(
              `The operation would cost ${cost} (each field 1, multiplied by the page sizes it is nested in); the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
