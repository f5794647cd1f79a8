// The bridge from the API's mutations to the ingest pipeline and the curators' functions in
// ingest/: the API validates and authorises, ingest does the writing, exactly as the CLI does.
import { ingestRecords } from '../../ingest/run.ts';
import {
  CurationError,
  judgeEntities,
  mergeEntities,
  splitEntities,
  undoCuration,
  type Curation,
} from '../../ingest/curate/curation.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { cypher } from './cypher.ts';
import { badInput } from './errors.ts';
import type { ArticleInput, IngestResult, Judgement } from './generated/graphql.ts';
import type { GraphReader } from './graph-reader.ts';
import { isNodeTypeName, type CurationRow, type NodeTypeName } from './model.ts';
import { type GraphHandle } from '../../ingest/base/graph-session.ts';

const ENTITY_LABELS = cypher('entity-labels');

export function toArticleRecord(input: ArticleInput): ArticleRecord {
  return {
    id: input.id,
    url: input.url ?? null,
    language: input.language === 'vi' || input.language === 'en' ? input.language : null,
    publishedAt: input.publishedAt ?? null,
    title: input.title ?? null,
    text: input.text,
    ...(input.authors ? { authors: input.authors } : {}),
    origin: `ingestArticles(${input.id})`,
  };
}

export async function ingestArticles(graph: GraphHandle, articles: ArticleInput[]): Promise<IngestResult> {
  const summary = await ingestRecords(graph, articles.map(toArticleRecord));
  return {
    articlesRead: summary.read,
    articlesWritten: summary.written,
    articlesUnchanged: summary.unchanged,
    articlesSkipped: summary.skipped.length,
    errors: summary.skipped.map((s) => ({ id: s.id, message: s.reason })),
    nodesCreated: summary.nodesCreated,
    relationshipsCreated: summary.relationshipsCreated,
    claims: summary.claims,
  };
}

function toRow(c: Curation, entityType: NodeTypeName): CurationRow {
  return {
    curationId: c.id,
    action: c.action,
    fromId: c.fromId,
    intoId: c.intoId,
    articleIds: c.articleIds,
    by: c.by,
    at: c.at,
    reason: c.reason,
    undoneAt: c.undoneAt,
    moved: c.moved,
    entityType,
  };
}

/** A curator's refusal ("no entity with id …") is the client's to fix: shown as bad input. */
async function curating<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CurationError) throw badInput(err.message);
    throw err;
  }
}

export interface CuratorInput {
  by: string;
  reason: string | null;
}

const curatorOptions = (who: CuratorInput) => ({ by: who.by, ...(who.reason ? { reason: who.reason } : {}) });

export function merge(
  graph: GraphHandle,
  keepId: string,
  dropId: string,
  type: NodeTypeName,
  who: CuratorInput,
): Promise<CurationRow> {
  return curating(async () => toRow(await mergeEntities(graph, keepId, dropId, curatorOptions(who)), type));
}

export function split(
  graph: GraphHandle,
  id: string,
  articleIds: string[],
  type: NodeTypeName,
  who: CuratorInput,
): Promise<CurationRow> {
  return curating(async () => toRow(await splitEntities(graph, id, articleIds, curatorOptions(who)), type));
}

export function judge(
  graph: GraphHandle,
  aId: string,
  bId: string,
  judgement: Judgement,
  type: NodeTypeName,
  who: CuratorInput,
): Promise<CurationRow> {
  const kind = judgement === 'DISTINCT' ? 'distinct' : 'unsure';
  return curating(async () => toRow(await judgeEntities(graph, kind, aId, bId, curatorOptions(who)), type));
}

export function undo(
  graph: GraphHandle,
  reader: GraphReader,
  curationId: string,
  by: string,
): Promise<CurationRow> {
  return curating(async () => {
    const c = await undoCuration(graph, curationId, { by });
    const rows = await reader.rows(ENTITY_LABELS, { ids: [c.intoId, c.fromId] });
    const labels = rows.flatMap((r) => r.labels as string[]);
    return toRow(c, labels.find(isNodeTypeName) ?? 'Person');
  });
}
