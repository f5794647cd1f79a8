// The held-out Vietnamese set (test/fixtures/heldout-vi, decision 0040) through the extraction
// `kg extract` prints and the shared scorer: fails when its F1 falls below the floors, set a little
// under what decision 0091 measured on all 219 articles of the eleven batches (entities 0.995,
// relations 0.993), per class and overall. A floor, not an exact figure: a new rule may raise
// them; lowering one needs a decision record (0051 lowered named documents and the
// false-positives class for the fourth batch's misses that had no rule yet; 0056 lowered overall,
// lists and named-documents relations for the fifth batch's: foreign names, "Căn cứ …" and
// "được tổ chức theo …" as implementing, an abbreviation defined in brackets and reused; 0064
// raised false-positives and named-documents once the sixth batch's misses had rules; 0070 raised
// lists once the seventh's had; 0075 raised bugs once "Ban Quản lý dự án …" had a rule; 0080
// added the ninth batch once its misses had rules, leaving every floor as it was; 0085 the tenth,
// 0091 the eleventh and 0095 the twelfth, likewise; 0097 lowered overall entities and named
// documents, bugs, false-positives and lexicon relations for the thirteenth batch's real-length
// pages, whose misses mostly have no rule yet: a floor under what was measured with them; 0100 raised
// bugs entities and 0103 overall entities and lexicon relations back once rules covered them).
// The fourteenth batch (decision 0108) is held to a floor of its own, under what it measured, and
// left out of the class and overall floors, which stay those of batches 1–13; so are the fifteenth
// (decision 0113), the sixteenth (0120), the seventeenth (0124), the eighteenth (0131) and the nineteenth (0136).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HELDOUT_VI,
  SCORER,
  SCORER_TIMEOUT_MS,
  scoreCorpusByClass,
  scoreGroups,
  type HeldOutScores,
} from '../support/score-corpus.ts';
import { heldOutBatches, vietnameseBatchOf } from '../support/heldout-batches.ts';

/** Batches with a floor of their own ([entities F1, relations F1]), scored apart from the classes. */
const BATCH_FLOORS: Record<string, [number, number]> = {
  'batch 14': [0.96, 0.97], // as found 0.907 / 0.931 (decision 0108, gold to earlier conventions; 0.907 / 0.870 as first written); 0.955 / 0.939 after 0108's rules; 0.959 / 0.955 after 0111's; 0.962 / 0.976 after 0115's
  'batch 15': [0.97, 0.98], // as found 0.944 / 0.948 (decision 0113, gold to earlier conventions; 0.940 / 0.941 as first written); 0.962 / 0.971 after 0113's rules; 0.972 / 0.982 after 0118's
  'batch 16': [0.98, 0.96], // as found 0.944 / 0.930 (decision 0120, gold to earlier conventions; 0.944 / 0.917 as first written); 0.964 / 0.942 after 0120's rules; 0.994 / 0.968 after 0126's
  'batch 17': [0.99, 0.99], // as found 0.938 / 0.947 (decision 0124, gold to earlier conventions; 0.929 / 0.933 as first written); 0.981 / 0.990 after 0124's rules; 0.997 / 0.993 after 0132's (floor raised at the merge)
  'batch 18': [0.96, 0.95], // as found 0.945 / 0.890 (decision 0131, as first written, on 0126's rules); 0.954 / 0.930 after 0131's rules; 0.957 / 0.927 after 0132's, 0.968 / 0.955 after 0134's (floor raised at the merge)
  'batch 19': [0.91, 0.93], // as found 0.906 / 0.919 (decision 0136, gold to earlier conventions; 0.898 / 0.875 as first written, on 0132's rules); 0.914 / 0.933 after 0138
};
/** How many articles each of those batches holds: one left out of the scoring is a failure. */
const BATCH_SIZES: Record<string, number> = {
  'batch 14': 10,
  'batch 15': 8,
  'batch 16': 8,
  'batch 17': 8,
  'batch 18': 8,
  'batch 19': 6,
};
const ownFloor = (record: string) => `batch ${vietnameseBatchOf(path.basename(record))}` in BATCH_FLOORS;

// [entities F1, relations F1] floors; what decision 0091 measured is in the comment (0095, with the
// twelfth batch: bugs 1.000 / 1.000, dates 0.993 / 1.000, false-positives 0.984 / 0.988, lexicon
// 0.997 / 0.992, lists 0.997 / 0.995, named-documents 0.988 / 0.991).
const FLOORS: Record<string, [number, number]> = {
  bugs: [0.99, 0.99], // 1.000 / 1.000; with batch 13 (0097) 0.986 / 1.000, after 0100's rules 0.991 / 1.000
  dates: [0.99, 0.99], // 0.996 / 1.000 (after the ad hoc 'Trưởng đoàn' golds followed dev's convention)
  'false-positives': [0.97, 0.98], // with batch 13 (0097) 0.972 / 0.985, after 0100 0.975 / 0.993; 0.983 / 0.987 ('Công an nhân dân' inside a day's name; eleventh batch: a K'Ho name after a place)
  lexicon: [0.98, 0.98], // with batch 13 (0097) 0.993 / 0.977, after 0100 0.993 / 0.978, after 0103 0.996 / 0.981; 0.996 / 0.992 (seventh batch: a regiment, a business forum's speaker)
  lists: [0.98, 0.98], // 0.997 / 0.994
  'named-documents': [0.98, 0.98], // 0.991 / 0.991
};

describe('held-out Vietnamese set (decision 0040)', () => {
  let scores: HeldOutScores;
  let batches: HeldOutScores;
  beforeAll(() => {
    expect(existsSync(SCORER), `the shared scorer is missing at ${SCORER}`).toBe(true);
    scores = scoreCorpusByClass(HELDOUT_VI, (record) => !ownFloor(record));
    batches = scoreGroups(heldOutBatches('vi', HELDOUT_VI).filter((b) => b.name in BATCH_FLOORS));
  }, SCORER_TIMEOUT_MS);

  it('scores every article of every class', () => {
    expect(Object.keys(scores.classes).sort()).toEqual(Object.keys(FLOORS).sort());
    expect(scores.all.documents).toBeGreaterThanOrEqual(249);
  });

  // Entities 0.988 with the thirteenth batch as found (decision 0097; 0.994 without it); 0.989 / 0.988 after 0100;
  // 0.9901 / 0.990 after 0103, so the entities floor is back at 0.99.
  it('holds entities ≥ 0.99 and relations ≥ 0.98 over all articles', () => {
    expect(scores.all.entities.f1).toBeGreaterThanOrEqual(0.99);
    expect(scores.all.relations.f1).toBeGreaterThanOrEqual(0.98);
  });

  // Named documents 1.000 since decision 0056 kept titles with commas, "trong tình hình mới" and
  // a yearly plan's year whole; events 0.986 (decision 0091). With the thirteenth batch 0.988 / 0.982
  // (decision 0097: one resolution named only in a table of vote results is missed).
  it('holds named documents ≥ 0.98 and events ≥ 0.97 over all articles', () => {
    expect(scores.all.categories.documents_named!.f1).toBeGreaterThanOrEqual(0.98);
    expect(scores.all.categories.events!.f1).toBeGreaterThanOrEqual(0.97);
  });

  it.each(Object.entries(BATCH_FLOORS))('holds the floors of %s', (name, [entities, relations]) => {
    const s = batches.classes[name]!;
    expect(s.documents, name).toBe(BATCH_SIZES[name]);
    expect(s.entities.f1, `${name} entities`).toBeGreaterThanOrEqual(entities);
    expect(s.relations.f1, `${name} relations`).toBeGreaterThanOrEqual(relations);
  });

  it.each(Object.entries(FLOORS))('holds the floors of class %s', (name, [entities, relations]) => {
    const s = scores.classes[name]!;
    expect(s.entities.f1, `${name} entities`).toBeGreaterThanOrEqual(entities);
    expect(s.relations.f1, `${name} relations`).toBeGreaterThanOrEqual(relations);
  });
});
