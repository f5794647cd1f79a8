// Runs the shared scorer on the project's own English held-out articles (test/fixtures/en-heldout,
// written before the rules were run on them; decisions 0041, 0052 and 0057) through `kg extract`, and
// fails below floors set a little under the measured scores (83 articles after 0057: entities 0.994,
// relations 0.990, IMPLEMENTS strict 0.862; the tree before 0057 scores 0.991 / 0.979 and 0.800 and
// fails them): a rule that gains one dev sentence and loses a class shows here.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HELDOUT_EN_CORPUS,
  SCORER,
  SCORER_TIMEOUT_MS,
  scoreCorpus,
  type Summary,
} from '../support/score-corpus.ts';

describe('held-out score (en)', () => {
  let summary: Summary;
  const f1 = (category: string) => summary.categories[category]!.f1;
  beforeAll(() => {
    expect(existsSync(SCORER), `the shared scorer is missing at ${SCORER}`).toBe(true);
    summary = scoreCorpus(HELDOUT_EN_CORPUS, 'en');
  }, SCORER_TIMEOUT_MS);

  it('scores every held-out article', () => expect(summary.documents).toBeGreaterThanOrEqual(83));
  it('entities micro-F1 ≥ 0.99 (issue 12 target 0.95)', () =>
    expect(summary.entities.f1).toBeGreaterThanOrEqual(0.99));
  // 0.994 on batches 1–4 alone; the fifth batch, harder, holds the 83 at 0.990 (decision 0057)
  it('relations micro-F1 ≥ 0.985 (issue 12 target 0.90)', () =>
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.985));
  it('persons, coded and named documents and events F1 ≥ 0.98 (issue 12: named documents, events ≥ 0.80)', () => {
    for (const category of ['persons', 'documents', 'documents_named', 'events'])
      expect(f1(category), category).toBeGreaterThanOrEqual(0.98);
  });
  it('chairs, attendees, posts and issuers F1 ≥ 0.98', () => {
    for (const category of ['CHAIRED', 'ATTENDED', 'HOLDS_POSITION', 'ISSUED'])
      expect(f1(category), category).toBeGreaterThanOrEqual(0.98);
  });
  it('implementers named strictly F1 ≥ 0.85 (0.752 before decision 0052, 0.821 after; 0.862 after 0057)', () =>
    expect(f1('IMPLEMENTS_strict')).toBeGreaterThanOrEqual(0.85));
});
