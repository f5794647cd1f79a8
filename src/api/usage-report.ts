// Every answer says what it cost: the operation's computed cost (what the cost guard checked) and
// how many Cypher queries ran for it. Dashboards can watch their own cost; the tests check that a
// nested list costs one query per level, not one per parent.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.ts';

export function usageReportPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            usage: { cost: contextValue.cost, cypherQueries: contextValue.reader.queryCount },
          };
        },
      };
    },
  };
}
