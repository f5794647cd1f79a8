// The graph read for export, a page at a time: Articles and Curations, then the entities, each in
// id order with keyset paging (queries/cypher/export-*-page.cypher), every node with its outgoing
// relationships. Nothing is held beyond one page, so a graph of any size streams in bounded memory.
import neo4j from 'neo4j-driver';
import { cypher, type NamedCypher } from '../api/cypher.ts';
import type { Row } from '../api/graph-reader.ts';
import { BOOKKEEPING_LABELS, NODE_LABELS } from '../../ingest/load/snapshot.ts';

/** Runs one named read query (a GraphReader with a budget for the page, or any equivalent). */
export type PageReader = (query: NamedCypher, params: Record<string, unknown>) => Promise<Row[]>;

export interface OutgoingRelationship {
  type: string;
  to: string;
  toLabels: string[];
  props: Record<string, unknown>;
  integerKeys: string[];
  /** For a relationship to a post: the post's body and role. */
  toBody?: string | null;
  toRole?: string | null;
}

/** Who chaired, attended or organized an Event (empty for other nodes). */
export interface Participant {
  type: 'CHAIRED' | 'ATTENDED' | 'ORGANIZED';
  from: string;
}

export interface ExportNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  integerKeys: string[];
  /** Properties stored as datetimes (the bookkeeping pages name them; the others hold none). */
  datetimeKeys?: string[];
  out: OutgoingRelationship[];
  participants: Participant[];
}

export interface ExportSelection {
  /** ISO date (YYYY-MM-DD): articles published on or after it, claims dated on or after it, what they mention. */
  since: string | null;
  /** Node labels to keep (and relationships whose two ends are kept); null keeps all. */
  labels: string[] | null;
  /** Nodes per read; each node comes with all its outgoing relationships. */
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 500;

/** A page query, and the bookkeeping label it reads (the bookkeeping query reads one label a time). */
interface PageQuery {
  query: NamedCypher;
  label?: string;
}

const PAGES: PageQuery[] = [
  { query: cypher('export-article-curation-page') },
  { query: cypher('export-entity-page') },
];
const BOOKKEEPING_PAGE = cypher('export-bookkeeping-page');
const BOOKKEEPING_PAGES: PageQuery[] = BOOKKEEPING_LABELS.map((label) => ({
  query: BOOKKEEPING_PAGE,
  label,
}));

/**
 * Every selected node with its selected outgoing relationships, page by page. `withBookkeeping` adds
 * the Source, FeedItem, Analysis and Community nodes (the whole-graph snapshot asks for them when it
 * selects everything: they have no date for --since and no place in the other formats).
 */
export async function* exportNodes(
  read: PageReader,
  selection: ExportSelection,
  withBookkeeping = false,
): AsyncGenerator<ExportNode> {
  const wholeGraph = selection.since === null && selection.labels === null;
  for (const { query, label } of withBookkeeping && wholeGraph ? [...PAGES, ...BOOKKEEPING_PAGES] : PAGES) {
    let after = '';
    for (;;) {
      const rows = await read(query, {
        after,
        limit: neo4j.int(selection.pageSize),
        labels: selection.labels,
        since: selection.since,
        ...(label ? { label } : {}),
      });
      for (const row of rows) yield row as unknown as ExportNode;
      if (rows.length < selection.pageSize) break;
      after = String(rows[rows.length - 1]!.id);
    }
  }
}

/** The labels --types accepts (Entity is implied by the five entity labels). */
export const EXPORT_LABELS: readonly string[] = NODE_LABELS;

/** Checks a --types list: known labels, at least one; the error names what is accepted. */
export function parseLabels(raw: string | undefined): string[] | null {
  if (raw === undefined) return null;
  const labels = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = labels.filter((l) => !EXPORT_LABELS.includes(l));
  if (labels.length === 0 || unknown.length > 0) {
    throw new RangeError(
      `--types ${JSON.stringify(raw)}: expected a comma-separated list of ${EXPORT_LABELS.join(', ')}` +
        (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  return labels;
}

/** Checks a --since date: YYYY-MM-DD, a real day. */
export function parseSince(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const day = new Date(`${raw}T00:00:00Z`);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(raw);
  if (!valid) throw new RangeError(`--since ${JSON.stringify(raw)}: expected a date as YYYY-MM-DD`);
  return raw;
}
