// Writes: the same pipeline as `kg ingest`, and the curators' merge / split / judgements / undo. Only for
// callers with the bearer token; the check runs before any argument is looked at.
import type { ApiContext } from '../context.ts';
import { badInput, unauthenticated } from '../errors.ts';
import type { MutationResolvers, Resolvers } from '../generated/graphql.ts';
import { isNodeTypeName } from '../model.ts';
import { requireGlobalId } from '../global-id.ts';
import * as writes from '../write-operations.ts';

export const MAX_ARTICLES_PER_CALL = 100;
const MAX_ARTICLE_CHARS = 200_000;

/** The curator the request's token names; refuses the mutation when there is none. */
function requireWriter(ctx: ApiContext): string {
  if (!ctx.writesEnabled) {
    throw unauthenticated(
      'Writes are switched off on this server: it was started without KG_API_TOKENS (or KG_API_TOKEN).',
    );
  }
  if (!ctx.curator) {
    throw unauthenticated(
      'This mutation needs a curator token: send the header `Authorization: Bearer <KG_API_TOKEN>` with one of the tokens of KG_API_TOKENS.',
    );
  }
  return ctx.curator;
}

/**
 * Who the audit trail names: the token's name, never what the client says. `by` is kept for old
 * clients; when given it must be that name, so a client cannot write someone else's name.
 */
function curator(name: string, by: string | null | undefined, reason?: string | null): writes.CuratorInput {
  const claimed = by?.trim();
  if (claimed && claimed !== name) {
    throw badInput(
      `by: ${JSON.stringify(claimed.slice(0, 100))} is not the curator of this token (${JSON.stringify(name)}); the audit trail records the token's name, so leave by out.`,
      'by',
    );
  }
  if (reason && reason.length > 1000) throw badInput('reason: at most 1000 characters.', 'reason');
  return { by: name, reason: reason ?? null };
}

/**
 * Runs a write and then tells the integrity figure (decision 0089): the next dashboard request
 * starts a new check. Told whether or not the write succeeded (an ingest may write part of its
 * articles); only after it, so a check that starts later sees what it wrote.
 */
function thenMarkWritten<T>(ctx: ApiContext, write: () => Promise<T>): Promise<T> {
  return write().finally(() => ctx.integrity.markWritten());
}

const ENTITY_TYPES = ['Person', 'Organization', 'Document', 'Event'] as const;
/** A judgement may also say that two posts are distinct. */
const JUDGED_TYPES = [...ENTITY_TYPES, 'Position'] as const;

export const Mutation: MutationResolvers = {
  ingestArticles: async (_root, { articles }, ctx) => {
    requireWriter(ctx);
    if (articles.length === 0)
      throw badInput('articles: the list is empty; send 1 to 100 articles.', 'articles');
    if (articles.length > MAX_ARTICLES_PER_CALL) {
      throw badInput(
        `articles: ${articles.length} is too many for one call; send at most ${MAX_ARTICLES_PER_CALL} and call again.`,
        'articles',
      );
    }
    articles.forEach((a, i) => {
      const which = `articles[${i}] (id ${JSON.stringify(a.id)})`;
      if (!a.id.trim())
        throw badInput(`articles[${i}].id is empty; give each article an id of your own.`, 'articles');
      if (!a.text.trim()) throw badInput(`${which} has an empty text; nothing to extract.`, 'articles');
      if (a.text.length > MAX_ARTICLE_CHARS)
        throw badInput(
          `${which}: text of ${a.text.length} characters is over ${MAX_ARTICLE_CHARS}.`,
          'articles',
        );
      if (a.language != null && a.language !== 'vi' && a.language !== 'en') {
        throw badInput(
          `${which}: language ${JSON.stringify(a.language)} is not vi or en; leave it out to detect it.`,
          'articles',
        );
      }
    });
    return thenMarkWritten(ctx, () => writes.ingestArticles(ctx.graph, articles));
  },

  mergeEntities: async (_root, { keepId, dropId, reason, by }, ctx) => {
    const who = curator(requireWriter(ctx), by, reason);
    const keep = requireGlobalId(keepId, 'keepId', ENTITY_TYPES);
    const drop = requireGlobalId(dropId, 'dropId', ENTITY_TYPES);
    if (keep.type !== drop.type) {
      throw badInput(
        `dropId: a ${drop.type} cannot be merged into a ${keep.type}; merge two entities of the same type.`,
        'dropId',
      );
    }
    if (keep.graphId === drop.graphId)
      throw badInput('dropId: is the same entity as keepId; nothing to merge.', 'dropId');
    return thenMarkWritten(ctx, () => writes.merge(ctx.graph, keep.graphId, drop.graphId, keep.type, who));
  },

  splitEntities: async (_root, { id, articleIds, reason, by }, ctx) => {
    const who = curator(requireWriter(ctx), by, reason);
    const entity = requireGlobalId(id, 'id', ENTITY_TYPES);
    if (articleIds.length < 1 || articleIds.length > 100) {
      throw badInput(
        `articleIds: give 1 to 100 articles whose statements move to the new entity, got ${articleIds.length}.`,
        'articleIds',
      );
    }
    const articles = articleIds.map((a) => requireGlobalId(a, 'articleIds', ['Article']).graphId);
    return thenMarkWritten(ctx, () => writes.split(ctx.graph, entity.graphId, articles, entity.type, who));
  },

  judgeEntities: async (_root, { aId, bId, judgement, reason, by }, ctx) => {
    const who = curator(requireWriter(ctx), by, reason);
    const a = requireGlobalId(aId, 'aId', JUDGED_TYPES);
    const b = requireGlobalId(bId, 'bId', JUDGED_TYPES);
    if (a.type !== b.type) {
      throw badInput(
        `bId: a ${b.type} cannot be judged against a ${a.type}; a judgement is about two entities of the same type.`,
        'bId',
      );
    }
    if (a.graphId === b.graphId) throw badInput('bId: is the same entity as aId; nothing to judge.', 'bId');
    return thenMarkWritten(ctx, () => writes.judge(ctx.graph, a.graphId, b.graphId, judgement, a.type, who));
  },

  undoCuration: async (_root, { curationId, by }, ctx) => {
    const who = curator(requireWriter(ctx), by);
    if (!curationId.trim())
      throw badInput('curationId: empty; pass the curationId a merge or split returned.', 'curationId');
    return thenMarkWritten(ctx, () => writes.undo(ctx.graph, ctx.reader, curationId, who.by));
  },
};

export const curationResolvers: Resolvers = {
  Curation: {
    into: (c, _args, ctx) => ctx.loaders.nodeOfType(c.entityType).load(c.intoId),
  },
  ReviewItem: {
    entities: (item, _args, ctx) => {
      const label = item.label;
      return isNodeTypeName(label)
        ? Promise.all(item.ids.map((id) => ctx.loaders.nodeOfType(label).load(id)))
        : item.ids.map(() => null);
    },
    graphIds: (item) => item.ids,
    judgement: (item) => (item.unsure ? 'UNSURE' : null),
    judgementId: (item) => item.unsure?.id ?? null,
  },
};
