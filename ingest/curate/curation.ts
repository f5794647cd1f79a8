// Curators' corrections to entity resolution: merge two entities, split an entity's mentions in
// some articles off into a new one, judge two entities distinct (or say one is unsure), undo any. Each is one write transaction that also records
// a (:Curation) node — who, what, when — so every correction can be reviewed and reversed. The
// resolver reads the curations in force on every ingest (ingest/resolve/curation-rules.ts), so a
// merged-away id keeps redirecting and a split stays split when the articles come in again.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { userInfo } from 'node:os';
import { ALL_RELATIONSHIP_TYPES } from '../load/statements.ts';
import { refreshClaimSummariesAt } from '../load/claim-summaries.ts';
import { bodiesLinkedThrough, refreshBodyLinks } from '../load/body-links.ts';
import { readCurationRules } from '../load/write-batch.ts';
import { writeWithRetry } from '../load/write-with-retry.ts';
import { readTransaction, type GraphHandle } from '../base/graph-session.ts';
import { cypherFolder } from '../base/cypher-files.ts';
import { curatedId, distinctJudgement, type CurationRules } from '../resolve/curation-rules.ts';
import { shortHash } from '../resolve/keys.ts';

const curationFile = cypherFolder(new URL('./cypher/', import.meta.url));
const cypher = (name: string): string => curationFile(name).statement;
const perType = (template: string, placeholder: string, types: readonly string[]): Map<string, string> =>
  new Map(types.map((t) => [t, template.replaceAll(placeholder, t)]));

/** Labels a curated node can carry; create-entity.cypher is instantiated for these only. */
const CURATABLE_LABELS = ['Person', 'Organization', 'Document', 'Event', 'Position'] as const;
type CuratableLabel = (typeof CURATABLE_LABELS)[number];

const Q = {
  moveOutgoing: perType(cypher('move-outgoing'), 'REL_TYPE', ALL_RELATIONSHIP_TYPES),
  moveIncoming: perType(cypher('move-incoming'), 'REL_TYPE', ALL_RELATIONSHIP_TYPES),
  relationshipTypesAt: cypher('relationship-types-at'),
  createEntity: perType(cypher('create-entity'), 'LABEL', CURATABLE_LABELS),
  entitySnapshot: cypher('entity-snapshot'),
  absorbEntity: cypher('absorb-entity'),
  restoreAliases: cypher('restore-aliases'),
  deleteEntity: cypher('delete-entity'),
  createCuration: cypher('create-curation'),
  getCuration: cypher('get-curation'),
  markUndone: cypher('mark-undone'),
  listCurations: cypher('list-curations'),
  pairLinks: cypher('pair-links'),
  restorePairLink: cypher('restore-pair-link'),
  deletePairLinks: cypher('delete-pair-links'),
  judgementSides: cypher('judgement-sides'),
  activeJudgements: cypher('active-judgements'),
};

/** A correction that cannot be made as asked; the message says why and what to do. */
export class CurationError extends Error {
  override name = 'CurationError';
}

export interface Curation {
  id: string;
  /** merge is the positive judgement; distinct the negative; unsure records a doubt (decision 0012). */
  action: 'merge' | 'split' | 'distinct' | 'unsure';
  /** merge: the id merged away; split: the id whose mentions were split off; a judgement: the first id. */
  fromId: string;
  /** merge: the id kept; split: the new id; a judgement: the second id. */
  intoId: string;
  articleIds: string[] | null;
  by: string;
  at: string;
  reason: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Relationships moved. */
  moved: number;
}

export interface CuratorOptions {
  /** Who: defaults to $USER (or the OS account name). */
  by?: string;
  reason?: string;
  /** When (ISO); defaults to now. For tests that need a fixed clock. */
  at?: string;
}

export function defaultCurator(): string {
  return process.env.USER || process.env.LOGNAME || userInfo().username || 'unknown';
}

interface Snapshot {
  props: Record<string, unknown>;
  label: CuratableLabel;
}

async function snapshot(tx: ManagedTransaction, id: string): Promise<Snapshot | null> {
  const r = (await tx.run(Q.entitySnapshot, { id })).records[0];
  if (!r) return null;
  const labels = r.get('labels') as string[];
  const label = CURATABLE_LABELS.find((l) => labels.includes(l));
  if (!label) return null;
  return { props: r.get('props') as Record<string, unknown>, label };
}

/** The two entities a merge or a judgement names: both must exist and carry one label. */
async function snapshotsOfOneKind(
  tx: ManagedTransaction,
  aId: string,
  bId: string,
  mismatch: (aLabel: string, bLabel: string) => string,
): Promise<[Snapshot, Snapshot]> {
  const found: Snapshot[] = [];
  for (const id of [aId, bId]) {
    const s = await snapshot(tx, id);
    if (!s)
      throw new CurationError(
        `no entity with id ${id} in the graph; check the id (ids look like person:…, org:…)`,
      );
    found.push(s);
  }
  const [a, b] = found as [Snapshot, Snapshot];
  if (a.label !== b.label) throw new CurationError(mismatch(a.label, b.label));
  return [a, b];
}

async function moveRelationships(
  tx: ManagedTransaction,
  fromId: string,
  toId: string,
  filter: { resolvedIds?: string[]; articleIds?: string[] } = {},
): Promise<number> {
  let moved = 0;
  const params = {
    fromId,
    toId,
    resolvedIds: filter.resolvedIds ?? null,
    articleIds: filter.articleIds ?? null,
  };
  // Only the move statements for the types and directions the node has: each of the 20 is planned
  // on first use, which made a first merge on a fresh server take seconds.
  const present = (await tx.run(Q.relationshipTypesAt, { id: fromId })).records.map(
    (r) => `${r.get('type') as string}:${r.get('outgoing') ? 'out' : 'in'}`,
  );
  // The bodies whose links the nodes feed, before the move: those a person or post leaves (decision 0053).
  const linkedBefore = await bodiesLinkedThrough(tx, [fromId, toId]);
  for (const type of ALL_RELATIONSHIP_TYPES) {
    for (const [direction, q] of [
      ['out', Q.moveOutgoing.get(type)!],
      ['in', Q.moveIncoming.get(type)!],
    ] as const) {
      if (!present.includes(`${type}:${direction}`)) continue;
      const r = await tx.run(q, params);
      moved += Number(r.records[0]?.get('moved') ?? 0);
    }
  }
  // Summaries are per pair of nodes and are not moved: the claims that moved are counted again
  // at both ends, so every pair touched (left or joined) has its exact count and dates.
  if (moved > 0) {
    await refreshClaimSummariesAt(tx, [fromId, toId]);
    await refreshBodyLinks(tx, [...linkedBefore, ...(await bodiesLinkedThrough(tx, [fromId, toId]))]);
  }
  return moved;
}

function toCuration(props: Record<string, unknown>): Curation {
  return {
    id: String(props.id),
    action: props.action as Curation['action'],
    fromId: String(props.fromId),
    intoId: String(props.intoId),
    articleIds: (props.articleIds as string[] | undefined) ?? null,
    by: String(props.by),
    at: String(props.at),
    reason: (props.reason as string | undefined) ?? null,
    undoneAt: (props.undoneAt as string | undefined) ?? null,
    undoneBy: (props.undoneBy as string | undefined) ?? null,
    moved: Number(props.moved ?? 0),
  };
}

type CurationRecord = Omit<Curation, 'id' | 'by' | 'at' | 'reason' | 'undoneAt' | 'undoneBy'> & {
  snapshot?: string;
  pairLinks?: string;
  /** Null when it had none: an empty list is never stored (decision 0014). */
  aliasesBefore?: string[] | null;
  /** distinct: JSON [articleId, resolvedId, id] triples, read by readCurationRules. */
  pins?: string;
};

/** Writes the (:Curation) node of a new correction: who and when from the options, not undone. */
async function recordCuration(
  tx: ManagedTransaction,
  record: CurationRecord,
  options: CuratorOptions,
): Promise<Curation> {
  const c = {
    ...record,
    by: options.by ?? defaultCurator(),
    at: options.at ?? new Date().toISOString(),
    reason: options.reason ?? null,
    undoneAt: null,
    undoneBy: null,
  };
  const id = `curation:${shortHash(c.action, c.fromId, c.intoId, c.at, (c.articleIds ?? []).join(','))}`;
  const props = {
    ...c,
    ids: [c.fromId, c.intoId],
    articleIds: c.articleIds,
    reason: c.reason,
  };
  await tx.run(Q.createCuration, { id, props: { ...props, id } });
  return { ...c, id };
}

/**
 * Merges `fromId` into `intoId`: every relationship of `fromId` (claims with their evidence,
 * MENTIONS, posts, possible duplicates) moves to `intoId`, its names become aliases, and the
 * node goes. Reversible with undoCuration; re-ingest redirects `fromId` to `intoId`.
 */
export async function mergeEntities(
  graph: GraphHandle,
  intoId: string,
  fromId: string,
  options: CuratorOptions = {},
): Promise<Curation> {
  if (intoId === fromId)
    throw new CurationError(`cannot merge ${intoId} with itself; give two different ids`);
  return writeWithRetry(graph, async (tx) => {
    const [into, from] = await snapshotsOfOneKind(
      tx,
      intoId,
      fromId,
      (i, f) =>
        `cannot merge ${fromId} (${f}) into ${intoId} (${i}): only entities of one kind can be merged`,
    );
    const judged = distinctJudgement(await readCurationRules(tx), intoId, fromId);
    if (judged) {
      throw new CurationError(
        `${intoId} and ${fromId} were judged distinct (${judged}); undo that judgement first: kg merge --undo ${judged}`,
      );
    }
    const links = (await tx.run(Q.pairLinks, { intoId, fromId })).records.map((r) => r.toObject());
    const moved = await moveRelationships(tx, fromId, intoId);
    await tx.run(Q.absorbEntity, { intoId, fromId });
    return recordCuration(
      tx,
      {
        action: 'merge',
        fromId,
        intoId,
        articleIds: null,
        moved,
        snapshot: JSON.stringify(from),
        pairLinks: JSON.stringify(links),
        aliasesBefore:
          ((into.props.aliases as string[] | undefined) ?? []).length > 0
            ? (into.props.aliases as string[])
            : null,
      },
      options,
    );
  });
}

/**
 * Splits what the given articles said about `id` off into a new entity (a copy of its names),
 * for when resolution fused two namesakes. Re-ingesting those articles keeps them on the new id.
 */
export async function splitEntities(
  graph: GraphHandle,
  id: string,
  articleIds: string[],
  options: CuratorOptions = {},
): Promise<Curation> {
  const articles = [...new Set(articleIds)].sort();
  if (articles.length === 0)
    throw new CurationError(
      `say which articles' mentions of ${id} to split off (--article <articleId>, repeatable)`,
    );
  const newId = `${id}:split-${shortHash(id, articles.join(',')).slice(0, 8)}`;
  return writeWithRetry(graph, async (tx) => {
    const original = await snapshot(tx, id);
    if (!original)
      throw new CurationError(
        `no entity with id ${id} in the graph; check the id (ids look like person:…, org:…)`,
      );
    if (await snapshot(tx, newId))
      throw new CurationError(
        `those articles were already split off ${id} into ${newId}; undo that curation first`,
      );
    await tx.run(Q.createEntity.get(original.label)!, { props: { ...original.props, id: newId } });
    const moved = await moveRelationships(tx, id, newId, { articleIds: articles });
    if (moved === 0) {
      throw new CurationError(
        `none of the articles ${articles.join(', ')} mentions ${id}; nothing to split (list its articles with the API's entity query)`,
      );
    }
    return recordCuration(
      tx,
      {
        action: 'split',
        fromId: id,
        intoId: newId,
        articleIds: articles,
        moved,
      },
      options,
    );
  });
}

/** The ids whose relationships a merge brought to its survivor: the merged-away id and what redirects to it. */
function idsRedirectingTo(target: string, rules: CurationRules): string[] {
  const ids = new Set([target]);
  for (const start of rules.redirects.keys()) {
    const seen = new Set<string>();
    for (
      let id: string | undefined = start;
      id !== undefined && !seen.has(id);
      id = rules.redirects.get(id)
    ) {
      seen.add(id);
      if (id === target) {
        for (const s of seen) ids.add(s);
        break;
      }
    }
  }
  return [...ids].sort();
}

/** Reverses a merge or a split, and marks the curation undone (it stays in the audit trail). */
export async function undoCuration(
  graph: GraphHandle,
  curationId: string,
  options: CuratorOptions = {},
): Promise<Curation> {
  return writeWithRetry(graph, async (tx) => {
    const r = (await tx.run(Q.getCuration, { id: curationId })).records[0];
    if (!r) throw new CurationError(`no curation with id ${curationId}; list them with 'kg merge --list'`);
    const props = r.get('props') as Record<string, unknown>;
    const c = toCuration(props);
    if (c.undoneAt)
      throw new CurationError(`curation ${curationId} was already undone at ${c.undoneAt} by ${c.undoneBy}`);
    const at = options.at ?? new Date().toISOString();
    const by = options.by ?? defaultCurator();
    await tx.run(Q.markUndone, { id: curationId, at, by });
    // The rules as they stand without this curation: where the relationships are now, and what moves back.
    const rules = await readCurationRules(tx);
    const here = (id: string): string => curatedId(rules, id, '');
    if (c.action === 'merge') {
      const saved = JSON.parse(String(props.snapshot)) as Snapshot;
      const holder = here(c.intoId);
      await tx.run(Q.createEntity.get(saved.label)!, { props: saved.props });
      const resolvedIds = idsRedirectingTo(c.fromId, rules);
      await moveRelationships(tx, holder, c.fromId, { resolvedIds });
      if (holder === c.intoId)
        await tx.run(Q.restoreAliases, { id: c.intoId, aliases: (props.aliasesBefore as string[]) ?? [] });
      for (const link of JSON.parse(String(props.pairLinks ?? '[]')) as PairLink[]) {
        await tx.run(Q.restorePairLink, link);
      }
    } else if (c.action === 'split') {
      const back = here(c.fromId);
      const judged = distinctJudgement(rules, c.intoId, back);
      if (judged) {
        throw new CurationError(
          `undoing ${curationId} would fuse ${c.intoId} back into ${back}, judged distinct (${judged}); undo that judgement first: kg merge --undo ${judged}`,
        );
      }
      await moveRelationships(tx, c.intoId, back);
      await tx.run(Q.deleteEntity, { id: c.intoId });
    } else if (c.action === 'distinct') {
      await undoDistinct(tx, props, rules, here);
    }
    // unsure: a record only; marking it undone is all.
    return { ...c, undoneAt: at, undoneBy: by };
  });
}

/**
 * Undoes a distinct judgement: its possible-duplicate links come back, and what an ingest while it
 * was in force kept on a side only because of its pins moves to where the rules now put it.
 */
async function undoDistinct(
  tx: ManagedTransaction,
  props: Record<string, unknown>,
  rules: CurationRules,
  here: (id: string) => string,
): Promise<void> {
  for (const link of JSON.parse(String(props.pairLinks ?? '[]')) as PairLink[]) {
    const ends = [here(link.fromId), here(link.toId)];
    if (ends[0] !== ends[1]) await tx.run(Q.restorePairLink, { ...link, fromId: ends[0], toId: ends[1] });
  }
  for (const [articleId, resolvedId, id] of JSON.parse(String(props.pins ?? '[]')) as Pin[]) {
    const holder = here(id);
    const target = curatedId(rules, resolvedId, articleId);
    if (target === holder || !(await snapshot(tx, target)) || !(await snapshot(tx, holder))) continue;
    await moveRelationships(tx, holder, target, { resolvedIds: [resolvedId], articleIds: [articleId] });
  }
}

interface PairLink {
  fromId: string;
  toId: string;
  props: object;
}
/** [articleId, resolvedId, id]: in that article, that resolved id goes to `id`. */
type Pin = [string, string, string];

/**
 * The pins of a distinct judgement. Every (article, resolved id) now at a side stays at that side;
 * and in an article that only one side appears in, every resolved id of the other side goes to
 * this side too, so that a re-ingest whose resolution changed (the article was edited, the
 * resolver improved) cannot carry the article over to the other side and fuse the two.
 */
function pinsOf(sides: [string, Map<string, Set<string>>][]): Pin[] {
  const pins = new Map<string, Pin>();
  const idsOf = (side: Map<string, Set<string>>, self: string) =>
    new Set([self, ...[...side.values()].flatMap((s) => [...s])]);
  for (const [self, side] of sides) {
    for (const [articleId, resolved] of side)
      for (const r of resolved) pins.set(`${articleId}\u0001${r}`, [articleId, r, self]);
  }
  for (const [self, side] of sides) {
    for (const [other, otherSide] of sides) {
      if (other === self) continue;
      for (const articleId of side.keys()) {
        if (otherSide.has(articleId)) continue;
        for (const r of idsOf(otherSide, other)) {
          const key = `${articleId}\u0001${r}`;
          if (!pins.has(key)) pins.set(key, [articleId, r, self]);
        }
      }
    }
  }
  return [...pins.values()].sort((x, y) => (x.join('\u0001') < y.join('\u0001') ? -1 : 1));
}

/** Checks a judgement's two ids: both exist, of one kind, not the same, not judged already. */
async function checkJudgement(tx: ManagedTransaction, what: string, aId: string, bId: string): Promise<void> {
  if (aId === bId) throw new CurationError(`cannot judge ${aId} against itself; give two different ids`);
  await snapshotsOfOneKind(
    tx,
    aId,
    bId,
    (a, b) =>
      `cannot judge ${aId} (${a}) ${what} ${bId} (${b}): a judgement is about two entities of one kind`,
  );
  const existing = (await tx.run(Q.activeJudgements, { a: aId, b: bId })).records[0];
  if (existing) {
    const id = existing.get('id') as string;
    throw new CurationError(
      `${aId} and ${bId} are already judged ${existing.get('action') as string} (${id}); undo that first: kg merge --undo ${id}`,
    );
  }
}

export type Judgement = 'distinct' | 'unsure';

/**
 * A curator's judgement on two entities of one kind (decision 0012). `distinct`, the negative
 * one: they are two different entities, for good — their possible-duplicate link goes, every
 * article of each side is pinned to it (re-ingest keeps them apart), and a merge of the two is
 * refused while the judgement is in force. `unsure`: looked at, could not tell — recorded, the
 * link stays, and the review queue puts the pair last. (The positive judgement is a merge.)
 * Reversible with undoCuration.
 */
export async function judgeEntities(
  graph: GraphHandle,
  judgement: Judgement,
  aId: string,
  bId: string,
  options: CuratorOptions = {},
): Promise<Curation> {
  return writeWithRetry(graph, async (tx) => {
    await checkJudgement(tx, judgement === 'distinct' ? 'distinct from' : 'unsure about', aId, bId);
    const record: CurationRecord = {
      action: judgement,
      fromId: aId,
      intoId: bId,
      articleIds: null,
      moved: 0,
    };
    if (judgement === 'distinct') {
      const sides = new Map<string, Map<string, Set<string>>>([
        [aId, new Map()],
        [bId, new Map()],
      ]);
      for (const r of (await tx.run(Q.judgementSides, { ids: [aId, bId] })).records) {
        const side = sides.get(r.get('id') as string)!;
        const articleId = r.get('articleId') as string;
        if (!side.has(articleId)) side.set(articleId, new Set());
        side.get(articleId)!.add(r.get('resolvedId') as string);
      }
      const links = (await tx.run(Q.pairLinks, { intoId: aId, fromId: bId })).records.map((r) =>
        r.toObject(),
      );
      await tx.run(Q.deletePairLinks, { intoId: aId, fromId: bId });
      record.pairLinks = JSON.stringify(links);
      record.pins = JSON.stringify(pinsOf([...sides]));
    }
    return recordCuration(tx, record, options);
  });
}

export async function listCurations(graph: GraphHandle, limit = 50): Promise<Curation[]> {
  return readTransaction(graph, async (tx) => {
    const result = await tx.run(Q.listCurations, { limit: neo4j.int(Math.trunc(limit)) });
    return result.records.map((rec) => toCuration(rec.get('props') as Record<string, unknown>));
  });
}
