// Runs the shared scorer on the English dev articles through `kg extract`, as reviewers do,
// and fails below issue 6's targets (entities micro-F1 ≥ 0.90, relations micro-F1 ≥ 0.80).
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEV_CORPUS,
  SCORER,
  SCORER_TIMEOUT_MS,
  scoreDevCorpus,
  type Summary,
} from '../support/score-corpus.ts';

describe('dev corpus score (en)', () => {
  let summary: Summary;
  beforeAll(() => {
    expect(existsSync(SCORER), `the shared scorer is missing at ${SCORER}`).toBe(true);
    expect(existsSync(DEV_CORPUS), `the shared dev corpus is missing at ${DEV_CORPUS}`).toBe(true);
    summary = scoreDevCorpus('en');
  }, SCORER_TIMEOUT_MS);

  it('scores every English dev article', () => expect(summary.documents).toBeGreaterThanOrEqual(10));
  it('entities micro-F1 ≥ 0.90', () => expect(summary.entities.f1).toBeGreaterThanOrEqual(0.9));
  it('relations micro-F1 ≥ 0.80', () => expect(summary.relations.f1).toBeGreaterThanOrEqual(0.8));
  it('persons F1 ≥ 0.90', () => expect(summary.categories.persons!.f1).toBeGreaterThanOrEqual(0.9));
  it('coded documents F1 ≥ 0.90', () => expect(summary.categories.documents!.f1).toBeGreaterThanOrEqual(0.9));
});
