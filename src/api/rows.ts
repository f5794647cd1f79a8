// Turning Cypher result rows (already plain values) into the model the resolvers use.
import { isNodeTypeName, NODE_TYPES, type EvidenceRow, type GraphNode, type NodeTypeName } from './model.ts';
import type { Row } from './graph-reader.ts';

/** Tags a property map returned for a known label. */
export function nodeOf<T extends GraphNode>(type: T['__typename'], props: unknown): T {
  return { ...(props as Row), __typename: type } as T;
}

/** Tags a property map that carries its labels as `__labels` (queries over any label). */
export function nodeFromLabelled(props: unknown): GraphNode | null {
  const { __labels, ...rest } = props as Row & { __labels?: string[] };
  const type = (__labels ?? []).find(isNodeTypeName) ?? preferredType(__labels ?? []);
  return type ? ({ ...rest, __typename: type } as GraphNode) : null;
}

function preferredType(labels: string[]): NodeTypeName | undefined {
  return NODE_TYPES.find((t) => labels.includes(t));
}

/** Evidence newest first, then in reading order within an article, so a client's first items are the latest. */
export function evidenceOf(value: unknown): EvidenceRow[] {
  const rows = (Array.isArray(value) ? value : []) as EvidenceRow[];
  return rows
    .filter((e) => e && typeof e.articleId === 'string')
    .sort(
      (a, b) =>
        (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
        a.articleId.localeCompare(b.articleId) ||
        a.sentenceIndex - b.sentenceIndex ||
        a.start - b.start,
    );
}
