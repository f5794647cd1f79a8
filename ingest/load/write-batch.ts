// One batch of articles, in one write transaction: decide which articles are new, changed or
// unchanged (by their ingestHash), remove what changed articles said before, resolve the batch
// against the graph as it stands inside this same transaction, and write everything with one
// UNWIND statement per kind of row. Because the article's ingestHash is written in the same
// transaction as its claims, an article in the graph is always complete: a crash loses whole
// batches only, and a rerun redoes exactly those.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { CLAIM_TYPES, ENTITY_LABELS, type ResolvedArticle } from '../resolve/resolved-article.ts';
import { resolveArticle, type ArticleInput } from '../resolve/resolve-article.ts';
import { PersonRegistry } from '../resolve/person-registry.ts';
import { distinctJudgement, splitKey, type CurationRules } from '../resolve/curation-rules.ts';
import { Q, STRUCTURAL_TYPES, statementName } from './statements.ts';
import {
  NEWEST_EVIDENCE_KEPT,
  pairsByType,
  recountClaimSummaries,
  summaryRowsOf,
} from './claim-summaries.ts';
import { retallyEvents } from './event-tallies.ts';
import { raiseFirstMeetings } from './first-meetings.ts';
import { addBodyLinks, bodiesLinkedByArticles, bodyLinksBefore, refreshBodyLinks } from './body-links.ts';
import { addCoParticipations, newParticipations } from './co-participants.ts';
import { retallyArticleDays } from './article-days.ts';
import {
  organizationsOfKindOther,
  retallyAggregatesAt,
  retallyHolders,
  retallyImplementers,
} from './aggregate-tallies.ts';
import {
  addPersonNameContexts,
  personNamePairsOf,
  recountPersonNameContexts,
} from './person-name-contexts.ts';
import { childLog } from '../base/log.ts';

const log = childLog('ingest');

/** What a batch needs of a transaction: a managed one in ingest, a rolled-back one in bench warm-up. */
export type BatchTransaction = Pick<ManagedTransaction, 'run'>;

export interface PreparedArticle {
  input: ArticleInput;
  articleId: string;
  ingestHash: string;
  personKeys: string[];
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const zeroCounters = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
});

export function addCounters(into: WriteCounters, more: WriteCounters): void {
  into.nodesCreated += more.nodesCreated;
  into.nodesDeleted += more.nodesDeleted;
  into.relationshipsCreated += more.relationshipsCreated;
  into.relationshipsDeleted += more.relationshipsDeleted;
}

export interface BatchOutcome {
  /** Articles written for the first time. */
  created: string[];
  /** Articles already present with another ingestHash, whose claims were replaced. */
  replaced: string[];
  /** Articles already present with the same ingestHash: nothing written. */
  unchanged: string[];
  counters: WriteCounters;
  /** Relations the extractor gave that could not become claims (no event, no organization …). */
  droppedRelations: number;
  /** Claim relationships written (created or already there), for throughput figures. */
  claims: number;
}

/**
 * The transaction with every statement's time logged at debug level (KG_LOG_LEVEL=debug), named by
 * its .cypher file: what grows with the graph shows per statement and batch (decision 0046). The
 * tallies' and summaries' helpers run their own statements on it, so they are timed too.
 */
function timedTransaction(tx: BatchTransaction): BatchTransaction {
  if (!log.isLevelEnabled('debug')) return tx;
  return {
    run: (async (query: string, params?: Record<string, unknown>) => {
      const t0 = performance.now();
      const result = await tx.run(query, params);
      log.debug({ ms: Math.round(performance.now() - t0), statement: statementName(query) }, 'statement');
      return result;
    }) as BatchTransaction['run'],
  };
}

async function run(
  tx: BatchTransaction,
  counters: WriteCounters,
  query: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult> {
  const result = await tx.run(query, params);
  const c = result.summary.counters.updates();
  counters.nodesCreated += c.nodesCreated ?? 0;
  counters.nodesDeleted += c.nodesDeleted ?? 0;
  counters.relationshipsCreated += c.relationshipsCreated ?? 0;
  counters.relationshipsDeleted += c.relationshipsDeleted ?? 0;
  return result;
}

/** The curators' corrections in force, as the resolver applies them. */
export async function readCurationRules(
  tx: BatchTransaction,
  counters: WriteCounters = zeroCounters(),
): Promise<CurationRules> {
  const rules: Required<CurationRules> = { redirects: new Map(), splits: new Map(), distinct: [] };
  const result = await run(tx, counters, Q.activeCurations);
  for (const r of result.records) {
    const action = r.get('action') as string;
    const fromId = r.get('fromId') as string;
    const intoId = r.get('intoId') as string;
    if (action === 'merge') rules.redirects.set(fromId, intoId);
    if (action === 'split')
      for (const a of (r.get('articleIds') as string[]) ?? []) rules.splits.set(splitKey(a, fromId), intoId);
    if (action === 'distinct') {
      // Each side's articles stay on that side (judgeEntities in ingest/curate/curation.ts computes the pins).
      const pins = JSON.parse((r.get('pins') as string | null) ?? '[]') as [string, string, string][];
      for (const [articleId, resolvedId, id] of pins) rules.splits.set(splitKey(articleId, resolvedId), id);
      rules.distinct.push({ a: fromId, b: intoId, curationId: r.get('id') as string });
    }
  }
  return rules;
}

async function loadPersonRegistry(
  tx: BatchTransaction,
  counters: WriteCounters,
  nameKeys: string[],
): Promise<PersonRegistry> {
  const registry = new PersonRegistry();
  if (nameKeys.length === 0) return registry;
  const result = await run(tx, counters, Q.personCandidates, { nameKeys });
  for (const r of result.records) {
    registry.addStored(r.get('resolvedId'), r.get('nameKey'), {
      postProvinces: r.get('postProvinces') ?? [],
      orgIds: r.get('orgIds') ?? [],
      seenIn: r.get('seenIn') ?? [],
      seats: r.get('seats') ?? [],
      seatDates: r.get('seatDates') ?? [],
    });
  }
  return registry;
}

/**
 * A row with every empty list made null, so the property is not stored: absent means none in this
 * graph, because neo4j-admin's CSV import (kg export --format csv) has no way to write [] and a
 * round trip must give the same graph (decision 0014). Readers take an absent list as empty.
 */
export function withoutEmptyLists<T extends object>(row: T): T {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Array.isArray(v) && v.length === 0 ? null : v]),
  ) as T;
}

/** The MENTIONS rows of one resolved article, as merge-mentions.cypher takes them. */
export function mentionRowsOf(r: ResolvedArticle): Record<string, unknown>[] {
  return ENTITY_LABELS.flatMap((label) =>
    r.mentions[label].map((m) =>
      withoutEmptyLists({
        articleId: r.article.id,
        entityId: m.entityId,
        resolvedId: m.resolvedId,
        spans: m.spans,
        nameKey: m.nameKey ?? null,
        postProvinces: m.postProvinces ?? null,
        orgIds: m.orgIds ?? null,
        articleProvince: m.articleProvince ?? null,
        seats: m.seats ?? null,
        asOf: m.nameKey ? (m.asOf ?? null) : null,
      }),
    ),
  );
}

export async function writeBatch(
  transaction: BatchTransaction,
  batch: PreparedArticle[],
  extractor: string,
): Promise<BatchOutcome> {
  const tx = timedTransaction(transaction);
  const counters = zeroCounters();
  const outcome: BatchOutcome = {
    created: [],
    replaced: [],
    unchanged: [],
    counters,
    droppedRelations: 0,
    claims: 0,
  };

  const states = await run(tx, counters, Q.articleStates, {
    ids: batch.map((a) => a.articleId),
  });
  // An article node without a hash was created just now by the locking MERGE: a new article.
  const stored = new Map(
    states.records.map((r) => [r.get('id') as string, (r.get('ingestHash') as string | null) ?? undefined]),
  );
  const todo = batch.filter((a) => {
    const hash = stored.get(a.articleId);
    if (hash === undefined) outcome.created.push(a.articleId);
    else if (hash === a.ingestHash) outcome.unchanged.push(a.articleId);
    else outcome.replaced.push(a.articleId);
    return hash !== a.ingestHash;
  });
  if (todo.length === 0) return outcome;

  if (outcome.replaced.length > 0) {
    // The name contexts the old version's person mentions fed, folded again once they are gone.
    const names = await personNamePairsOf(tx, outcome.replaced);
    // The bodies whose links the old version's claims fed, read before they go (decision 0053).
    const linkedBodies = await bodiesLinkedByArticles(tx, outcome.replaced);
    const deleted = await run(tx, counters, Q.deleteArticleClaims, {
      ids: outcome.replaced,
    });
    await run(tx, counters, Q.deleteArticleMentions, { ids: outcome.replaced });
    await run(tx, counters, Q.deleteUnheldPositions, {});
    await recountPersonNameContexts(tx, names);
    // The pairs the old version made claims on lose those claims: recount their summaries (pairs
    // whose node went with the article lost the summary with the node).
    await recountClaimSummaries(
      tx,
      pairsByType(
        deleted.records.map((r) => ({
          type: r.get('type') as string,
          fromId: r.get('fromId') as string,
          toId: r.get('toId') as string,
        })),
      ),
    );
    await refreshBodyLinks(tx, linkedBodies);
  }

  const curations = await readCurationRules(tx, counters);
  const persons = await loadPersonRegistry(
    tx,
    counters,
    [...new Set(todo.flatMap((a) => a.personKeys))].sort(),
  );
  const resolveStarted = performance.now();
  const resolved: ResolvedArticle[] = todo.map((a) =>
    resolveArticle(a.input, { persons, curations, extractor }),
  );
  if (log.isLevelEnabled('debug'))
    log.debug({ ms: Math.round(performance.now() - resolveStarted), statement: '(resolve)' }, 'statement');

  const all = <T>(pick: (r: ResolvedArticle) => T[]): T[] => resolved.flatMap(pick);
  await run(tx, counters, Q.mergeArticles, {
    rows: resolved.map((r) => withoutEmptyLists(r.article)),
  });
  // Each article to the day of its date (decision 0043): a replaced one whose date moved leaves its old day.
  await retallyArticleDays(
    tx,
    resolved.map((r) => r.article.id),
  );
  await run(tx, counters, Q.mergePersons, { rows: all((r) => r.persons) });
  // A stored body of kind 'other' takes the kind an article names: its tallies move (decision 0038).
  const kindless = await organizationsOfKindOther(
    tx,
    all((r) => r.organizations.map((o) => o.id)),
  );
  await run(tx, counters, Q.mergeOrganizations, { rows: all((r) => r.organizations) });
  await run(tx, counters, Q.mergeDocuments, { rows: all((r) => r.documents) });
  await run(tx, counters, Q.mergeEvents, { rows: all((r) => r.events) });
  await run(tx, counters, Q.mergePositions, { rows: all((r) => r.positions) });
  const mentionRows = resolved.flatMap(mentionRowsOf);
  await run(tx, counters, Q.mergeMentions, { rows: mentionRows });
  await addPersonNameContexts(tx, resolved);
  // Read before the claims are written: which participations are new to the graph (decision 0044).
  const joined = await newParticipations(tx, [
    ...all((r) => r.claims.CHAIRED),
    ...all((r) => r.claims.ATTENDED),
  ]);
  // Read before the claims and posts are written: the bodies of the people they may make officials (decision 0053).
  const bodiesBefore = await bodyLinksBefore(
    tx,
    all((r) => r.claims.HOLDS.map((c) => c.fromId)),
    all((r) => r.of),
  );
  for (const type of CLAIM_TYPES) {
    const rows = all((r) => r.claims[type]).map(({ key, fromId, toId, ...props }) => ({
      key,
      fromId,
      toId,
      props,
    }));
    if (rows.length === 0) continue;
    outcome.claims += rows.length;
    await run(tx, counters, Q.mergeClaim[type], { rows });
    // Every claim of a written article is new (an unchanged article is skipped, a replaced one had
    // its claims deleted above), so its pair's summary grows by it.
    await run(tx, counters, Q.addClaimSummaries[type], {
      rows: summaryRowsOf(rows.map((r) => ({ ...r, asOf: r.props.asOf }))),
      newestKept: NEWEST_EVIDENCE_KEPT,
    });
  }
  // The batch's events and those that gained an organizer are put in the tally of their profile
  // (decision 0033); an unchanged profile keeps its link, so a re-ingest counts nothing twice.
  await retallyEvents(tx, [
    ...all((r) => r.events.map((e) => e.id)),
    ...all((r) => r.claims.ORGANIZED.map((c) => c.toId)),
  ]);
  // People who joined an event share it with everyone taking part (decision 0044).
  await addCoParticipations(tx, joined);
  // Meetings that gained an organizer or a document date their pairs' first meeting (decision 0044).
  await raiseFirstMeetings(tx, [
    ...all((r) => r.claims.ORGANIZED.map((c) => c.toId)),
    ...all((r) => r.claims.ABOUT.map((c) => c.fromId)),
  ]);
  const structural = {
    OF: all((r) => r.of),
    PART_OF: all((r) => r.partOf),
    // A pair judged distinct is settled: the resolver's "possibly the same" is not written again.
    POSSIBLY_SAME_AS: all((r) => r.possiblySame).filter(
      (p) => !distinctJudgement(curations, p.fromId, p.toId),
    ),
  };
  for (const type of STRUCTURAL_TYPES) {
    if (structural[type].length > 0)
      await run(tx, counters, Q.mergeStructural[type], { rows: structural[type] });
  }
  const holders = [...new Set(all((r) => r.claims.HOLDS.map((c) => c.fromId)))].sort();
  const linked = await run(tx, counters, Q.linkUnresolvedPosts, {
    personIds: holders,
  });
  const moved = linked.records.filter((r) => Number(r.get('moved')) > 0);
  if (moved.length > 0) {
    await recountClaimSummaries(
      tx,
      pairsByType(
        moved.flatMap((r) => [
          { type: 'HOLDS', fromId: r.get('personId') as string, toId: r.get('fromPostId') as string },
          { type: 'HOLDS', fromId: r.get('personId') as string, toId: r.get('toPostId') as string },
        ]),
      ),
    );
    await run(tx, counters, Q.deleteUnheldPositions, {});
  }
  // The pairs of bodies the batch linked through its people and events (decision 0053).
  await addBodyLinks(tx, bodiesBefore, joined);
  // Implementer pairs and holders of the batch into their tallies (decision 0038), after the posts'
  // bodies (OF) are written: a holder's profile reads them. Unchanged keys keep their links.
  await retallyImplementers(
    tx,
    all((r) => r.claims.IMPLEMENTS),
  );
  await retallyHolders(
    tx,
    all((r) => r.claims.HOLDS.map((c) => c.fromId)),
  );
  await retallyAggregatesAt(tx, kindless);
  outcome.droppedRelations = resolved.reduce((n, r) => n + r.dropped.length, 0);
  return outcome;
}
