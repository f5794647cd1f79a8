// Mutations have a budget of their own, per curator (the token's name) or, without a token, per
// client address: a curator's script stuck in a loop cannot flood the write path, and reads keep
// their own, larger, limit. Counted once the operation is known to be a mutation, so a mutation
// sent as a persisted-query hash or picked by operationName from a document is counted too.
import { GraphQLError } from 'graphql';
import { MemoryStore, type Options } from 'express-rate-limit';
import type { ApolloServerPlugin } from '@apollo/server';

export interface WriteRateOptions {
  limit: number;
  windowMs: number;
}

export interface WriteRateLimiter<T extends object> {
  plugin: ApolloServerPlugin<T>;
  shutdown(): void;
}

export function writeRateLimiter<T extends { curator: string | null; client: string } & object>(
  options: WriteRateOptions,
): WriteRateLimiter<T> {
  const store = new MemoryStore();
  store.init({ windowMs: options.windowMs } as Options);
  const plugin: ApolloServerPlugin<T> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const key = contextValue.curator
            ? `curator:${contextValue.curator}`
            : `client:${contextValue.client}`;
          const { totalHits, resetTime } = await store.increment(key);
          if (totalHits <= options.limit) return;
          const retryAfter = Math.max(
            1,
            Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000),
          );
          throw new GraphQLError(
            `Too many mutations from ${contextValue.curator ? `curator ${JSON.stringify(contextValue.curator)}` : 'this client'}: the limit is ${options.limit} per ${Math.round(options.windowMs / 1000)} s (KG_WRITE_RATE_LIMIT). Retry in ${retryAfter} s.`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
              },
            },
          );
        },
      };
    },
  };
  return { plugin, shutdown: () => store.shutdown() };
}
