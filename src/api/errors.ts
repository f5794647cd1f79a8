// The errors clients see. Each says what was wrong with which argument and what to send instead;
// anything else (a database fault, a bug) is masked in production by `maskInternalErrors`. Every
// answer's error carries one of ERROR_CODES (the list docs/api.md documents; a unit test holds the
// two together), and a stack trace only with KG_DEBUG=1.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { childLog } from '../log.ts';

const log = childLog('api');

/** Codes whose messages were written for the client and are safe to show in production. */
export const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'QUERY_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'NOT_AVAILABLE',
  'PERSISTED_QUERY_REQUIRED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
]);

/** Every code an answer's error can carry: the client codes and the masked internal one. */
export const ERROR_CODES: readonly string[] = [...CLIENT_CODES, 'INTERNAL_SERVER_ERROR'];

/** Seconds a client is told to wait (Retry-After) while the database is unreachable. */
export const OUTAGE_RETRY_AFTER_S = 2;

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

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(
    `The database is not reachable right now; nothing was read or written. Try again in ${OUTAGE_RETRY_AFTER_S} s (Retry-After); the server reconnects by itself.`,
    {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503, headers: new Map([['retry-after', String(OUTAGE_RETRY_AFTER_S)]]) },
      },
    },
  );
}

/**
 * Apollo `formatError`: in production an error that was not written for the client becomes a
 * generic message with a reference the operator can find in the logs; nothing of the Cypher,
 * the driver's message or the stack leaves the server. Outside production errors pass as they are.
 */
export function maskInternalErrors(production: boolean, debug = false) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // Stack traces stay in the server log unless KG_DEBUG=1 asks for them in answers.
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const shown = debug && stacktrace !== undefined ? { ...extensions, stacktrace } : extensions;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return { ...formatted, extensions: shown };
    // Apollo refuses some malformed requests (a persisted-query hash that does not match its text)
    // with an HTTP 4xx but no code: the client's mistake, said as BAD_REQUEST.
    const status = (error as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http
      ?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { ...formatted, extensions: { ...shown, code: 'BAD_REQUEST' } };
    }
    const reference = `err-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    log.error(
      { err: unwrapResolverError(error), reference, path: formatted.path },
      'internal error in a GraphQL request',
    );
    if (!production) {
      // The message helps a developer; the code is still one of the documented ones.
      return { ...formatted, extensions: { ...shown, code: 'INTERNAL_SERVER_ERROR', reference } };
    }
    return {
      message: `Internal server error (reference ${reference}).`,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
    };
  };
}
