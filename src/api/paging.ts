// Relay paging over offsets: `after` is the opaque cursor of the last edge seen, `first` the page
// size (capped, so no client can ask one query for the whole graph). Offsets are enough here: the
// graph changes only by ingest, and every list has a total order (name or date, then id).
import { badInput } from './errors.ts';
import type { ConnectionRow } from './model.ts';

export const MAX_PAGE_SIZE = 100;

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

export function cursorAt(index: number): string {
  return Buffer.from(CURSOR_PREFIX + index, 'utf8').toString('base64url');
}

export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  defaultSize = 20,
): PageWindow {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(
      `first: ${limit} is out of range; ask for 0 to ${MAX_PAGE_SIZE} items and page on with \`after\`.`,
      'first',
    );
  }
  if (after === null || after === undefined || after === '') return { offset: 0, limit };
  const decoded = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const index = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(index) || index < 0) {
    throw badInput(
      `after: ${JSON.stringify(after)} is not a cursor this API gave; pass \`pageInfo.endCursor\` of the previous page.`,
      'after',
    );
  }
  return { offset: index + 1, limit };
}

/** Builds a connection from one page of items and the total count. */
export function connectionOf<T, E extends { cursor: string }>(
  items: T[],
  total: number,
  window: PageWindow,
  toEdge: (item: T, cursor: string) => E,
): ConnectionRow<E> {
  const edges = items.map((item, i) => toEdge(item, cursorAt(window.offset + i)));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: window.offset + edges.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
