// Requests during a database outage: refused before they run (a mutation must not start a write it
// cannot finish), and every answer that carries SERVICE_UNAVAILABLE — also one raised by a read that
// was waiting when the outage began — goes out as HTTP 503 with Retry-After.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DatabaseHealth } from '../database-health.ts';
import { OUTAGE_RETRY_AFTER_S, serviceUnavailable } from '../errors.ts';

export function outagePlugin<T extends object>(health: DatabaseHealth): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation() {
          if (!health.available) throw serviceUnavailable();
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_S));
        },
      };
    },
  };
}
