// Writes: the same pipeline as `kg ingest`, and the curators' merge/split. Only for callers with
// the bearer token; the check runs before any argument is looked at.
import type { ApiContext } from '../context.ts';
import { badInput, notAvailable, unauthenticated } from '../errors.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { requireGlobalId } from '../global-id.ts';
import { loadWriteOperations } from '../write-operations.ts';

export const MAX_ARTICLES_PER_CALL = 100;

function requireWriter(ctx: ApiContext): void {
  if (!ctx.writesEnabled) {
    throw unauthenticated('Writes are switched off on this server: it was started without KG_API_TOKEN.');
  }
  if (!ctx.authenticated) {
    throw unauthenticated('This mutation needs the API token: send the header `Authorization: Bearer <KG_API_TOKEN>`.');
  }
}

const ENTITY_TYPES = ['Person', 'Organization', 'Document', 'Event'] as const;

export const Mutation: MutationResolvers = {
  ingestArticles: async (_root, { articles }, ctx) => {
    requireWriter(ctx);
    if (articles.length === 0) throw badInput('articles: the list is empty; send 1 to 100 articles.', 'articles');
    if (articles.length > MAX_ARTICLES_PER_CALL) {
      throw badInput(`articles: ${articles.length} is too many for one call; send at most ${MAX_ARTICLES_PER_CALL} and call again.`, 'articles');
    }
    articles.forEach((a, i) => {
      if (!a.id.trim()) throw badInput(`articles[${i}].id is empty; give each article an id of your own.`, 'articles');
      if (!a.text.trim()) throw badInput(`articles[${i}] (id ${JSON.stringify(a.id)}) has an empty text; nothing to extract.`, 'articles');
      if (a.language != null && a.language !== 'vi' && a.language !== 'en') {
        throw badInput(`articles[${i}] (id ${JSON.stringify(a.id)}): language ${JSON.stringify(a.language)} is not vi or en; leave it out to detect it.`, 'articles');
      }
    });
    const ops = await loadWriteOperations();
    if (!ops.ingest) throw notAvailable('ingestArticles is not available on this build: the ingest pipeline (ingest/run.ts) is not installed.');
    return ops.ingest(ctx.graph, articles);
  },

  mergeEntities: async (_root, { keepId, dropId, reason }, ctx) => {
    requireWriter(ctx);
    const keep = requireGlobalId(keepId, 'keepId', ENTITY_TYPES);
    const drop = requireGlobalId(dropId, 'dropId', ENTITY_TYPES);
    if (keep.type !== drop.type) {
      throw badInput(`dropId: a ${drop.type} cannot be merged into a ${keep.type}; merge two entities of the same type.`, 'dropId');
    }
    if (keep.graphId === drop.graphId) throw badInput('dropId: is the same entity as keepId; nothing to merge.', 'dropId');
    const ops = await loadWriteOperations();
    if (!ops.merge) throw notAvailable('mergeEntities is not available on this build: the curation functions are not installed.');
    return ops.merge(ctx.graph, keep, drop, reason ?? null);
  },

  splitEntities: async (_root, { ids, reason }, ctx) => {
    requireWriter(ctx);
    if (ids.length < 1 || ids.length > 10) throw badInput(`ids: give 1 to 10 ids, got ${ids.length}.`, 'ids');
    const decoded = ids.map((id) => requireGlobalId(id, 'ids', ENTITY_TYPES));
    const ops = await loadWriteOperations();
    if (!ops.split) throw notAvailable('splitEntities is not available on this build: the curation functions are not installed.');
    return ops.split(ctx.graph, decoded, reason ?? null);
  },
};
