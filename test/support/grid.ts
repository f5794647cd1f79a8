// What the class grids share (decisions 0094 names, 0104 bodies, 0105 documents and events, 0107
// relations): the shared scorer's keys, a cell's shape, the misses a test holds to its known list,
// and the markdown table a `*_GRID_TABLE=1` run prints. Each grid keeps its own shapes, contexts and
// outcome rule.

import type { Extraction } from '../../ingest/types.ts';
import { extractText } from './extraction-views.ts';

// The scorer's `norm` (../shared/tools/score-extraction.mjs), copied rather than imported: importing
// the scorer would make it read its corpus. Old-style tone marks moved, lower case, spaces folded,
// punctuation trimmed at the ends.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const oldNewTone = new RegExp(`([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');
export const norm = (s: string | null | undefined): string =>
  s == null
    ? ''
    : s
        .normalize('NFD')
        .replace(oldNewTone, '$1$3$2')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\s\u00a0]+/gu, ' ')
        .replace(/^[\s.,;:()"'“”‘’\-–]+|[\s.,;:()"'“”‘’\-–]+$/gu, '');

/** The scorer's `normCode`: a document code in upper case with no spaces. */
export const normCode = (c: string | null | undefined): string =>
  c == null ? '' : c.normalize('NFC').toUpperCase().replace(/\s+/gu, '');

/** One cell: a shape in a context, and what the real `extract` made of it. */
export interface GridCell<Outcome extends string = string> {
  /** "shape @ context", the known-miss lists' key. */
  readonly key: string;
  /** The table's row (a shape's class, or a relation's cue). */
  readonly shape: string;
  /** The table's column. */
  readonly context: string;
  readonly outcome: Outcome;
}

/** The cells that are not found, as key → outcome: what a grid's test holds to its known misses. */
export const missesOf = <Outcome extends string>(
  cells: readonly Pick<GridCell<Outcome>, 'key' | 'outcome'>[],
): Record<string, Outcome> =>
  Object.fromEntries(cells.filter((c) => c.outcome !== 'found').map((c) => [c.key, c.outcome]));

/**
 * A markdown table: one row per shape class, one column per context, "found/of" and the misses'
 * kinds by their first letter (`kinds` in the order given; every outcome but "found", sorted, where
 * omitted); an empty cell where the grid has no such pair.
 */
export function tableOf(
  cells: readonly GridCell[],
  options: { rowTitle?: string; kinds?: readonly string[] } = {},
): string {
  const shapes = [...new Set(cells.map((c) => c.shape))];
  const contexts = [...new Set(cells.map((c) => c.context))];
  const kinds =
    options.kinds ?? [...new Set(cells.map((c) => c.outcome))].filter((k) => k !== 'found').sort();
  const cell = (cs: readonly GridCell[]) => {
    if (cs.length === 0) return '';
    const found = cs.filter((c) => c.outcome === 'found').length;
    const rest = kinds
      .map((k) => [k, cs.filter((c) => c.outcome === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n}${k[0]}`);
    return `${found}/${cs.length}${rest.length ? ` ${rest.join(' ')}` : ''}`;
  };
  const rows = shapes.map((s) => {
    const mine = cells.filter((c) => c.shape === s);
    return `| ${s} | ${contexts.map((x) => cell(mine.filter((c) => c.context === x))).join(' | ')} | ${cell(mine)} |`;
  });
  return [
    `| ${options.rowTitle ?? 'shape'} | ${contexts.join(' | ')} | all |`,
    `| --- | ${contexts.map(() => '---').join(' | ')} | --- |`,
    ...rows,
    `| **all** | ${contexts.map((x) => cell(cells.filter((c) => c.context === x))).join(' | ')} | ${cell(cells)} |`,
  ].join('\n');
}

/** A context of a grid: a short article of our own written around a shape. */
export interface GridContext<Shape> {
  readonly id: string;
  readonly article: (shape: Shape) => string;
}

/**
 * Each shape in each context through the real `extract` (dated 2025-05-20): one cell per pair, keyed
 * "keyOf(shape) @ context", in the row of the shape's class.
 */
export function runCells<
  Shape extends { readonly shape: string },
  Context extends GridContext<Shape>,
  Outcome extends string,
>(
  language: 'vi' | 'en',
  shapes: readonly Shape[],
  contexts: readonly Context[],
  keyOf: (shape: Shape) => string,
  outcomeOf: (e: Extraction, shape: Shape, context: Context) => Outcome,
): GridCell<Outcome>[] {
  const cells: GridCell<Outcome>[] = [];
  for (const shape of shapes)
    for (const context of contexts) {
      const e = extractText(context.article(shape), language, '2025-05-20');
      cells.push({
        key: `${keyOf(shape)} @ ${context.id}`,
        shape: shape.shape,
        context: context.id,
        outcome: outcomeOf(e, shape, context),
      });
    }
  return cells;
}
