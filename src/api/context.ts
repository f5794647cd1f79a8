// What every resolver receives: the request's reader (its read-transaction budget), its
// DataLoaders, and which curator's token the caller presented, if any.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NamedToken } from '../config.ts';
import type { DatabaseHealth } from './database-health.ts';
import { GraphReader } from './graph-reader.ts';
import type { IntegrityCache } from './integrity-cache.ts';
import { Loaders } from './loaders.ts';
import { type GraphHandle } from '../../ingest/base/graph-session.ts';

export interface ApiContext {
  graph: GraphHandle;
  reader: GraphReader;
  loaders: Loaders;
  /** The name of the curator whose token the request carried (`Authorization: Bearer …`); null: none. */
  curator: string | null;
  /** The client's address (as KG_TRUST_PROXY lets it be read): the write limit's key without a token. */
  client: string;
  /** False when the server has no token configured: writes are then off for everyone. */
  writesEnabled: boolean;
  /** The operation's computed cost, set by the cost guard before execution. */
  cost: number | null;
  /** The server's last integrity check, which the integrity query answers from (decision 0084). */
  integrity: IntegrityCache;
  /** The request's database budget (ms). */
  queryTimeoutMs: number;
}

export interface ContextOptions {
  graph: GraphHandle;
  queryTimeoutMs: number;
  apiTokens: NamedToken[];
  health?: DatabaseHealth;
  integrity: IntegrityCache;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/**
 * The name of the token the header carries, or null. Every configured token is compared (digests:
 * constant time and equal lengths whatever was sent), so the time taken says nothing about which
 * token, or how much of one, matched.
 */
export function curatorOf(header: string | undefined, tokens: NamedToken[]): string | null {
  if (!header || tokens.length === 0) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return null;
  const sent = digest(match[1]);
  let found: string | null = null;
  for (const { name, token } of tokens) {
    if (timingSafeEqual(sent, digest(token)) && found === null) found = name;
  }
  return found;
}

export function createContext(
  options: ContextOptions,
  authorization: string | undefined,
  client = 'unknown',
): ApiContext {
  const reader = new GraphReader(options.graph, options.queryTimeoutMs, options.health);
  return {
    graph: options.graph,
    reader,
    loaders: new Loaders(reader),
    curator: curatorOf(authorization, options.apiTokens),
    client,
    writesEnabled: options.apiTokens.length > 0,
    cost: null,
    integrity: options.integrity,
    queryTimeoutMs: options.queryTimeoutMs,
  };
}
