// The curators' review queue (decision 0012), for the GraphQL `reviewQueue` and `kg review`:
// possible duplicates without a judgement, strongest evidence first, then bodies the resolver could
// not place, then the pairs a curator judged unsure. One named Cypher query (review-queue.cypher)
// reads one page; the reason shown with each item is written here from what it returned.
import { cypher } from './cypher.ts';
import { int, type GraphReader } from './graph-reader.ts';
import type { PageWindow } from './paging.ts';

const REVIEW_QUEUE = cypher('review-queue');

export type ReviewKind = 'POSSIBLE_DUPLICATE' | 'UNRESOLVED_BODY';

export interface UnsureJudgement {
  id: string;
  by: string;
  at: string;
  reason: string | null;
}

/** One item as review-queue.cypher returns it. */
interface QueueRow {
  kind: ReviewKind;
  score: number;
  ids: string[];
  label: string;
  names: (string | null)[];
  articleCounts: number[];
  postProvinces?: string[][];
  seenIn?: string[][];
  sharedOrgIds?: string[];
  sharedPostProvinces?: string[];
  sharedSeenIn?: string[];
  articleIds?: string[];
  province?: string | null;
  unsure: UnsureJudgement | null;
}

export interface ReviewItem {
  kind: ReviewKind;
  /** Graph ids: the pair, or the one body. */
  ids: string[];
  /** Node label of the entities (Person, Organization …). */
  label: string;
  names: string[];
  articleCounts: number[];
  /** Strength of the evidence; higher first within a kind. */
  score: number;
  reason: string;
  /** The unsure judgement in force on the pair, if a curator made one. */
  unsure: UnsureJudgement | null;
}

const list = (xs: readonly string[] | undefined): string => (xs && xs.length ? xs.join(', ') : 'none');
const articles = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;

/** Why an item is in the queue, in words a curator can act on. */
export function reasonOf(row: QueueRow): string {
  const [a = '?', b = a] = row.names.map((n) => n ?? '?');
  if (row.kind === 'UNRESOLVED_BODY') {
    return (
      `"${a}" is named only by its kind in ${list(row.articleIds)}` +
      `${row.province ? ` (article province ${row.province})` : ''}; the resolver could not tell which body it is ` +
      `and kept it to its article (${row.score} statement${row.score === 1 ? '' : 's'} on it). ` +
      `Merge it into the body it is (kg merge <bodyId> ${row.ids[0]}).`
    );
  }
  const [na = 0, nb = 0] = row.articleCounts;
  const [pa = [], pb = []] = row.postProvinces ?? [];
  const parts = [
    `same name ("${a}"${a !== b ? ` / "${b}"` : ''})`,
    `posts in ${list(pa)} (${articles(na)}) vs ${list(pb)} (${articles(nb)})`,
    `bodies in common: ${list(row.sharedOrgIds)}`,
    `post provinces in common: ${list(row.sharedPostProvinces)}`,
    `seen in common: ${list(row.sharedSeenIn)}`,
  ];
  const judged = row.unsure
    ? `; judged unsure by ${row.unsure.by} at ${row.unsure.at}${row.unsure.reason ? ` (${row.unsure.reason})` : ''}`
    : '';
  return `${parts.join('; ')}${judged}. Decide: kg merge, kg distinct or kg unsure.`;
}

export async function readReviewQueue(
  reader: GraphReader,
  window: PageWindow,
): Promise<{ total: number; items: ReviewItem[] }> {
  const [row] = await reader.rows(REVIEW_QUEUE, { offset: int(window.offset), limit: int(window.limit) });
  const page = ((row?.page as QueueRow[] | undefined) ?? []).map((r) => ({
    kind: r.kind,
    ids: r.ids,
    label: r.label,
    names: r.names.map((n) => n ?? ''),
    articleCounts: r.articleCounts,
    score: r.score,
    reason: reasonOf(r),
    unsure: r.unsure ?? null,
  }));
  return { total: Number(row?.total ?? 0), items: page };
}
