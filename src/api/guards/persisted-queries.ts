// Persisted queries for dashboards. Apollo's automatic persisted queries (APQ) are on: a client
// sends the SHA-256 of its query and the text only once. The operations in queries/graphql/ are
// preloaded, so a dashboard can send just the hash of any of them from the first request; and in
// safelist mode nothing else is run at all.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { projectRoot } from '../../config.ts';

export const OPERATIONS_DIR = path.join(projectRoot, 'queries', 'graphql');

export interface CatalogueOperation {
  /** File name without extension. */
  name: string;
  text: string;
  sha256: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function loadOperationCatalogue(dir = OPERATIONS_DIR): CatalogueOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return { name: file.replace(/\.graphql$/, ''), text, sha256: sha256(text) };
    });
}

type ApqOptions = Exclude<NonNullable<ApolloServerOptions<object>['persistedQueries']>, false>;
type ApqCache = NonNullable<ApqOptions['cache']>;

/**
 * The APQ store: the catalogue, which is never evicted, and what clients register, bounded so
 * registrations cannot grow memory without limit (oldest dropped first). Apollo prefixes keys "apq:".
 */
export class PersistedQueryStore implements ApqCache {
  private readonly registered = new Map<string, string>();
  private readonly catalogue: Map<string, string>;

  constructor(
    operations: CatalogueOperation[],
    private readonly maxRegistered = 2000,
  ) {
    this.catalogue = new Map(operations.map((op) => [`apq:${op.sha256}`, op.text]));
  }

  async get(key: string): Promise<string | undefined> {
    return this.catalogue.get(key) ?? this.registered.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    if (this.catalogue.has(key)) return;
    this.registered.delete(key);
    this.registered.set(key, value);
    if (this.registered.size > this.maxRegistered) {
      const oldest = this.registered.keys().next().value;
      if (oldest !== undefined) this.registered.delete(oldest);
    }
  }

  async delete(key: string): Promise<boolean | void> {
    return this.registered.delete(key);
  }
}

/** Safelist mode: only operations whose text hashes to one in the catalogue run. */
export function safelistPlugin<T extends object>(operations: CatalogueOperation[]): ApolloServerPlugin<T> {
  const allowed = new Set(operations.map((op) => op.sha256));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!allowed.has(queryHash)) {
            throw new GraphQLError(
              'This server runs only its published operations (queries/graphql/); send one of them, by text or by its sha256 hash as an Apollo persisted query. GET /graphql/operations lists them.',
              { extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 403 } } },
            );
          }
        },
      };
    },
  };
}
