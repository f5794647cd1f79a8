// The batches of the held-out sets, in the order they were written (issue 12): each batch was
// committed before the rules were run on it, so its score on the tree of that commit is the
// unseen figure, and later a floor. Vietnamese articles name their batch in their id ("vi-ho-…" is
// the first, "vi-ho3-…" the third, in class folders); the English folder is flat, its batches are
// id ranges listed in its batches.tsv.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ArticleGroup } from './score-corpus.ts';
import { isRecordFileName } from '../../ingest/read/inputs.ts';

/** One English batch: the ids `en-heldout-<first>` … `<last>` and the decision that recorded it. */
export interface IdRangeBatch {
  batch: number;
  first: number;
  last: number;
  decision: string;
}

/** The batch a Vietnamese held-out id belongs to ("vi-ho-bug-01" → 1, "vi-ho4-list-03" → 4), or null. */
export function vietnameseBatchOf(id: string): number | null {
  const m = /^vi-ho(\d*)-/.exec(id);
  return m ? Number(m[1] || 1) : null;
}

/** Reads `batches.tsv` (batch, first, last, decision; `#` comments); throws on a malformed or overlapping row. */
export function parseIdRangeBatches(tsv: string, source: string): IdRangeBatch[] {
  const batches: IdRangeBatch[] = [];
  for (const [i, line] of tsv.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [batch, first, last, decision = ''] = line.split('\t');
    const nums = [batch, first, last].map((x) => (/^\d+$/.test(x ?? '') ? Number(x) : NaN));
    if (nums.some(Number.isNaN) || nums[1]! > nums[2]!)
      throw new Error(
        `${source}:${i + 1}: expected "batch<TAB>first<TAB>last<TAB>decision" with first ≤ last`,
      );
    const overlap = batches.find((b) => nums[1]! <= b.last && b.first <= nums[2]!);
    if (overlap) throw new Error(`${source}:${i + 1}: ids overlap batch ${overlap.batch}`);
    batches.push({ batch: nums[0]!, first: nums[1]!, last: nums[2]!, decision });
  }
  return batches;
}

/**
 * The articles of a held-out set grouped by batch ("batch 1", "batch 2" …, in order). Vietnamese:
 * every record of every class folder under `root`, by its id; English: the records of the flat
 * folder `root`, by the id ranges of its batches.tsv. An article outside every batch is an error,
 * so a new article is not scored silently with none.
 */
export function heldOutBatches(language: 'vi' | 'en', root: string): ArticleGroup[] {
  const byBatch = new Map<number, string[]>();
  const add = (batch: number | null, file: string) => {
    if (batch === null) throw new Error(`${file} belongs to no batch of the held-out set`);
    byBatch.set(batch, [...(byBatch.get(batch) ?? []), file]);
  };
  if (language === 'vi') {
    for (const d of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()))
      for (const name of readdirSync(path.join(root, d.name)).filter(isRecordFileName))
        add(vietnameseBatchOf(name), path.join(root, d.name, name));
  } else {
    const tsv = path.join(root, 'batches.tsv');
    const batches = parseIdRangeBatches(readFileSync(tsv, 'utf8'), tsv);
    for (const name of readdirSync(root).filter(isRecordFileName)) {
      const n = /-(\d+)\.json$/.exec(name);
      const num = n ? Number(n[1]) : NaN;
      add(batches.find((b) => b.first <= num && num <= b.last)?.batch ?? null, path.join(root, name));
    }
  }
  return [...byBatch.entries()]
    .sort(([a], [b]) => a - b)
    .map(([batch, records]) => ({ name: `batch ${batch}`, records: records.sort() }));
}
