// The English classes decision 0092 left open and the twelfth held-out batch (test/fixtures/en-heldout
// 194–, written before any rule saw it; decision 0096) showed missing, each pinned on sentences
// written for this file (public facts, our own wording; not the held-out sentences), with a guard
// where a rule could over-reach.
import { describe, expect, it } from 'vitest';
import { bodyNamesOf as bodies, englishExtractor, seatsOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('English classes decision 0092 left open (decision 0096)', () => {
  it('a unit named with and without "Command" is one body, named by the longer form', () => {
    const e = extract(
      'The Military Region 9 Command on Monday held a conference in Can Tho. ' +
        'Lieutenant General Tran Vo Dung, Commander of Military Region 9, chaired the conference.',
    );
    expect(bodies(e)).toEqual(['Military Region 9 Command']);
    expect(seatsOf(e)).toEqual(['Tran Vo Dung | Commander | Military Region 9 Command']);
  });
});
