// What every resolver receives: the request's reader (its read-transaction budget), its
// DataLoaders, and whether the caller presented the bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphReader, type ApiGraph } from './graph-reader.ts';
import { Loaders } from './loaders.ts';

export interface ApiContext {
  graph: ApiGraph;
  reader: GraphReader;
  loaders: Loaders;
  /** True when the request carried `Authorization: Bearer <KG_API_TOKEN>`. */
  authenticated: boolean;
  /** False when the server has no token configured: writes are then off for everyone. */
  writesEnabled: boolean;
  /** The operation's computed cost, set by the cost guard before execution. */
  cost: number | null;
}

export interface ContextOptions {
  graph: ApiGraph;
  queryTimeoutMs: number;
  apiToken: string | null;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

export function bearerMatches(header: string | undefined, token: string | null): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  // Compare digests: constant time, and equal lengths whatever was sent.
  return timingSafeEqual(digest(match[1]), digest(token));
}

export function createContext(options: ContextOptions, authorization: string | undefined): ApiContext {
  const reader = new GraphReader(options.graph, options.queryTimeoutMs);
  return {
    graph: options.graph,
    reader,
    loaders: new Loaders(reader),
    authenticated: bearerMatches(authorization, options.apiToken),
    writesEnabled: options.apiToken !== null,
    cost: null,
  };
}
