// The held-out Vietnamese set (test/fixtures/heldout-vi, decision 0040) through the extraction
// `kg extract` prints and the shared scorer: fails when its F1 falls below the floors, set a little
// under what decision 0064 measured on all 117 articles of the six batches (entities 0.991,
// relations 0.985), per class and overall. A floor, not an exact figure: a new rule may raise
// them; lowering one needs a decision record (0051 lowered named documents and the
// false-positives class for the fourth batch's misses that had no rule yet; 0056 lowered overall,
// lists and named-documents relations for the fifth batch's: foreign names, "Căn cứ …" and
// "được tổ chức theo …" as implementing, an abbreviation defined in brackets and reused; 0064
// raised false-positives and named-documents once the sixth batch's misses had rules).
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HELDOUT_VI,
  SCORER,
  SCORER_TIMEOUT_MS,
  scoreCorpusByClass,
  type HeldOutScores,
} from '../support/score-corpus.ts';

// [entities F1, relations F1] floors; what decision 0064 measured is in the comment.
const FLOORS: Record<string, [number, number]> = {
  bugs: [0.98, 0.98], // 1.000 / 1.000
  dates: [0.98, 0.98], // 1.000 / 0.992
  'false-positives': [0.98, 0.98], // 0.983 / 0.983 (fourth batch: a bare "MTTQ")
  lexicon: [0.98, 0.98], // 0.997 / 0.988
  lists: [0.98, 0.97], // 0.988 / 0.977 (fifth batch: foreign names, "tiếp" a guest)
  'named-documents': [0.98, 0.98], // 0.986 / 0.982 (fifth batch: "Viettel" reused, "Căn cứ …")
};

describe('held-out Vietnamese set (decision 0040)', () => {
  let scores: HeldOutScores;
  beforeAll(() => {
    expect(existsSync(SCORER), `the shared scorer is missing at ${SCORER}`).toBe(true);
    scores = scoreCorpusByClass(HELDOUT_VI);
  }, SCORER_TIMEOUT_MS);

  it('scores every article of every class', () => {
    expect(Object.keys(scores.classes).sort()).toEqual(Object.keys(FLOORS).sort());
    expect(scores.all.documents).toBeGreaterThanOrEqual(117);
  });

  it('holds entities ≥ 0.99 and relations ≥ 0.98 over all articles', () => {
    expect(scores.all.entities.f1).toBeGreaterThanOrEqual(0.99);
    expect(scores.all.relations.f1).toBeGreaterThanOrEqual(0.98);
  });

  // Named documents 1.000 since decision 0056 kept titles with commas, "trong tình hình mới" and
  // a yearly plan's year whole; events 0.978 (decision 0064).
  it('holds named documents ≥ 0.99 and events ≥ 0.97 over all articles', () => {
    expect(scores.all.categories.documents_named!.f1).toBeGreaterThanOrEqual(0.99);
    expect(scores.all.categories.events!.f1).toBeGreaterThanOrEqual(0.97);
  });

  it.each(Object.entries(FLOORS))('holds the floors of class %s', (name, [entities, relations]) => {
    const s = scores.classes[name]!;
    expect(s.entities.f1, `${name} entities`).toBeGreaterThanOrEqual(entities);
    expect(s.relations.f1, `${name} relations`).toBeGreaterThanOrEqual(relations);
  });
});
