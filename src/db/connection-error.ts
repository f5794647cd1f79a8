// Whether a driver error means "no server to talk to" — the API answers 503 for it, and the command
// line says the database was lost (and what to do) instead of printing a stack trace.

/**
 * Driver error codes that mean "no server to talk to" (or one shutting down or starting up), not
 * "this query went wrong" nor "this server is misconfigured" (a wrong database name stays an error).
 */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    // A connection dropped during the handshake (EPIPE while the server shuts down) is reported so.
    code === 'ProtocolError' ||
    (typeof code === 'string' && code.endsWith('.DatabaseUnavailable'))
  );
}
