// The errors clients see. Each says what was wrong with which argument and what to send instead;
// anything else (a database fault, a bug) is masked in production by `maskInternalErrors`.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { childLog } from '../log.ts';

const log = childLog('api');

/** Codes whose messages were written for the client and are safe to show in production. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'QUERY_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'NOT_AVAILABLE',
  'PERSISTED_QUERY_REQUIRED',
]);

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function notAvailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_AVAILABLE' } });
}

export function queryTimeout(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The database did not answer within ${timeoutMs} ms, the per-request limit. Ask for less (a smaller page, fewer hops, a narrower date range) or try again later.`,
    { extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } } },
  );
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is not reachable right now; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
  });
}

/**
 * Apollo `formatError`: in production an error that was not written for the client becomes a
 * generic message with a reference the operator can find in the logs; nothing of the Cypher,
 * the driver's message or the stack leaves the server. Outside production errors pass as they are.
 */
export function maskInternalErrors(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const reference = `err-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    log.error(
      { err: unwrapResolverError(error), reference, path: formatted.path },
      'internal error in a GraphQL request',
    );
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, reference } };
    return {
      message: `Internal server error (reference ${reference}).`,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
    };
  };
}
