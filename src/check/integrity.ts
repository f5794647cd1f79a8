// The graph's integrity invariants: what `kg check` and the API's `integrity` query count. Each is
// a named query, queries/cypher/integrity-<name>.cypher, answering one row { count, examples }.
// The words they compare with are data (ingest/lexicon/shared/integrity-words.tsv), turned here
// into the keys each query compares. Both the CLI and the API run them through `checkIntegrity`,
// each with its own way of running a named query, so the definitions exist once.
import { listCell, readLexicon } from '../../ingest/lexicon/shared/lexicon-file.ts';
import { PROVINCES } from '../../ingest/lexicon/shared/provinces.ts';
import { matchKey, nameKey, oldTonePlacement } from '../../ingest/text/normalise.ts';

export interface IntegrityInvariant {
  name: string;
  description: string;
  /** The query's name under queries/cypher/. */
  query: string;
}

export const INTEGRITY_INVARIANTS: readonly IntegrityInvariant[] = [
  {
    name: 'generic-body-shared',
    description:
      'bodies named only by their kind ("Tỉnh ủy", "Ban Thường vụ", "Sở Y tế" without a province) mentioned by 2+ articles: one node for many real bodies',
    query: 'integrity-generic-body-shared',
  },
  {
    name: 'bodiless-post-twin',
    description:
      'a person holds a post without its body beside the same role with its body ("Thủ tướng" and "Thủ tướng Chính phủ"): two nodes for one post',
    query: 'integrity-bodiless-post-twin',
  },
  {
    name: 'person-named-like-body-or-place',
    description:
      'persons whose name reads as a body or a place ("Ban Tổ chức", "Đoàn Than Quảng Ninh", "tỉnh Đồng Tháp")',
    query: 'integrity-person-named-like-body-or-place',
  },
  {
    name: 'doubled-word-in-body-name',
    description: 'bodies whose name has one word twice in a row ("Bộ Bộ Y tế")',
    query: 'integrity-doubled-word-in-body-name',
  },
  {
    name: 'events-same-day-shared-people',
    description:
      'two events of one date sharing their chair or 2+ participants: most likely one meeting told twice',
    query: 'integrity-events-same-day-shared-people',
  },
  {
    name: 'orphan-nodes',
    description:
      'entities no article mentions and nothing relates to (positions nobody holds); curated nodes excepted',
    query: 'integrity-orphan-nodes',
  },
  {
    name: 'event-tallies',
    description:
      "events not in the tallies of their month (and year), kind and organizers, or whose organizers' summaries do not carry their date: eventCounts would count them wrong, a province's events list them out of order (decisions 0033, 0062, 0069)",
    query: 'integrity-event-tallies',
  },
  {
    name: 'implementer-tallies',
    description:
      'bodies implementing a document not in the implementer tally of their kind and province (or tallied for one they no longer implement): implementerCounts would count them wrong (decision 0038)',
    query: 'integrity-implementer-tallies',
  },
  {
    name: 'holder-tallies',
    description:
      'people not in the holder tally of the posts they hold: holderCounts would count them wrong (decision 0038)',
    query: 'integrity-holder-tallies',
  },
  {
    name: 'first-meetings',
    description:
      "bodies whose first meeting about a document is not kept as the loader keeps it (missing, stray or another date): a document's diffusion would date them wrong (decision 0044)",
    query: 'integrity-first-meetings',
  },
  {
    name: 'article-days',
    description:
      'articles not counted on exactly the day of their publishedAt: the articles list of a date range would count them wrong (decision 0043)',
    query: 'integrity-article-days',
  },
  {
    name: 'co-participants',
    description:
      "pairs of people whose co-participant summary is not kept as the loader keeps it (missing, stray, or another count or latest event): a person's co-participants would rank or count them wrong (decisions 0044, 0053)",
    query: 'integrity-co-participants',
  },
  {
    name: 'body-links',
    description:
      "pairs of bodies whose link summary is not kept as the loader keeps it (missing, stray, or other shared people or events): a body's network would rank or count them wrong (decision 0053)",
    query: 'integrity-body-links',
  },
];

/** A whole-graph check is not a request: `kg check` and the API's background check allow each query this long. */
export const WHOLE_CHECK_BUDGET_MS = 10 * 60_000;

/** Examples per invariant: 10 unless asked; at most this many. */
export const DEFAULT_EXAMPLES = 10;
export const MAX_EXAMPLES = 100;

export interface IntegrityExample {
  /** Graph ids of the nodes involved, the suspect first. */
  ids: string[];
  names: string[];
  /** Graph ids of the articles involved (at most 50). */
  articleIds: string[];
  /** What is wrong, in words. */
  note: string;
}

export interface IntegrityCount {
  name: string;
  description: string;
  count: number;
  examples: IntegrityExample[];
}

export interface IntegrityReport {
  invariants: IntegrityCount[];
}

/** Runs the named query of queries/cypher/ in a read transaction and returns its rows as plain values. */
export type RunNamedQuery = (
  queryName: string,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/** Characters read as spaces in bodies' folded names, in the queries and in the words alike. */
const SEPARATORS = [',', ';', ':', '.', '-', '–', '—', '(', ')', '"', '“', '”', '’', "'", '&', '/'];

/** A folded key with the separators as spaces and single spaces between words. */
function spacedKey(words: string): string {
  let key = nameKey(words);
  for (const c of SEPARATORS) key = key.split(c).join(' ');
  return key.replace(/\s+/g, ' ').trim();
}

/**
 * A lower-case phrase in both tone placements: names are stored as written, "Đảng uỷ" or "Đảng
 * ủy", and the queries compare them with diacritics (lower-cased, not folded).
 */
function bothTonePlacements(words: string): string[] {
  const unified = matchKey(words);
  const oldStyle = oldTonePlacement(unified);
  return oldStyle === unified ? [unified] : [unified, oldStyle];
}

const byLengthDescending = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

let parameters: Record<string, unknown> | undefined;

/** The word lists every integrity query may take (each uses the ones it names), read once. */
export function integrityParameters(): Record<string, unknown> {
  if (parameters) return parameters;
  const rows = readLexicon('integrity-words.tsv').map(([words = '', uses]) => ({
    words,
    uses: listCell(uses),
  }));
  const withUse = (use: string) => rows.filter((r) => r.uses.includes(use)).map((r) => r.words);
  parameters = {
    separators: SEPARATORS,
    genericWords: [...new Set([...withUse('kind'), ...withUse('level')].map(spacedKey))].sort(
      byLengthDescending,
    ),
    bodyStarts: [...new Set(withUse('person-start').flatMap(bothTonePlacements))].sort(byLengthDescending),
    placeWords: [...new Set(withUse('place-word').flatMap(bothTonePlacements))].sort(byLengthDescending),
    provinceKeys: [...new Set(PROVINCES.flatMap((p) => p.keys))].sort(byLengthDescending),
  };
  return parameters;
}

/** Every invariant's count and up to `limit` examples, in the order of INTEGRITY_INVARIANTS. */
export async function checkIntegrity(run: RunNamedQuery, limit = DEFAULT_EXAMPLES): Promise<IntegrityReport> {
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_EXAMPLES) {
    throw new RangeError(`limit ${limit} is out of range: 0 to ${MAX_EXAMPLES} examples per invariant`);
  }
  const params = { ...integrityParameters(), limit };
  const invariants: IntegrityCount[] = [];
  // One after another: each is a whole-graph pass, and the API's reader bounds the total time.
  for (const invariant of INTEGRITY_INVARIANTS) {
    const [row] = await run(invariant.query, params);
    invariants.push({
      name: invariant.name,
      description: invariant.description,
      count: Number(row?.count ?? 0),
      examples: (row?.examples as IntegrityExample[] | undefined) ?? [],
    });
  }
  return { invariants };
}

/** True when some invariant has a violation: what `kg check --strict` fails on. */
export function hasViolations(report: IntegrityReport): boolean {
  return report.invariants.some((i) => i.count > 0);
}
