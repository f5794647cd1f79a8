// The held-out Vietnamese set (test/fixtures/heldout-vi, decision 0040) through the extraction
// `kg extract` prints and the shared scorer: fails when its F1 falls below the floors, set a little
// under what decision 0051 measured on all 74 articles of the four batches (entities 0.991,
// relations 0.993), per class and overall. A floor, not an exact figure: a new rule may raise
// them; lowering one needs a decision record (0051 lowered named documents and the
// false-positives class for the fourth batch's misses that have no rule yet).
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HELDOUT_VI,
  SCORER,
  SCORER_TIMEOUT_MS,
  scoreCorpusByClass,
  type HeldOutScores,
} from '../support/score-corpus.ts';

// [entities F1, relations F1] floors; what decision 0051 measured is in the comment.
const FLOORS: Record<string, [number, number]> = {
  bugs: [0.98, 0.98], // 1.000 / 1.000
  dates: [0.98, 0.98], // 1.000 / 1.000
  'false-positives': [0.92, 0.96], // 0.935 / 0.971 (fourth batch: "Trưởng phòng …, ông Hà Nam," and a bare "MTTQ")
  lexicon: [0.98, 0.98], // 1.000 / 0.996
  lists: [0.98, 0.98], // 0.995 / 0.987
  'named-documents': [0.97, 0.98], // 0.988 / 1.000
};

describe('held-out Vietnamese set (decision 0040)', () => {
  let scores: HeldOutScores;
  beforeAll(() => {
    expect(existsSync(SCORER), `the shared scorer is missing at ${SCORER}`).toBe(true);
    scores = scoreCorpusByClass(HELDOUT_VI);
  }, SCORER_TIMEOUT_MS);

  it('scores every article of every class', () => {
    expect(Object.keys(scores.classes).sort()).toEqual(Object.keys(FLOORS).sort());
    expect(scores.all.documents).toBeGreaterThanOrEqual(74);
  });

  it('holds entities ≥ 0.99 and relations ≥ 0.99 over all articles', () => {
    expect(scores.all.entities.f1).toBeGreaterThanOrEqual(0.99);
    expect(scores.all.relations.f1).toBeGreaterThanOrEqual(0.99);
  });

  // Named documents 0.923: the fourth batch's title with commas ("Nghị quyết về đột phá phát triển
  // khoa học, công nghệ, …") is cut at the first comma; events 0.986.
  it('holds named documents ≥ 0.90 and events ≥ 0.97 over all articles', () => {
    expect(scores.all.categories.documents_named!.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.all.categories.events!.f1).toBeGreaterThanOrEqual(0.97);
  });

  it.each(Object.entries(FLOORS))('holds the floors of class %s', (name, [entities, relations]) => {
    const s = scores.classes[name]!;
    expect(s.entities.f1, `${name} entities`).toBeGreaterThanOrEqual(entities);
    expect(s.relations.f1, `${name} relations`).toBeGreaterThanOrEqual(relations);
  });
});
