// Speed changes of decision 0077, pinned where a shortcut could change an answer: each test is
// written so that a shortcut that leaves out a case gives a different answer.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf as people } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-07-21');

describe('a speaker counts from the sentence that reports the meeting (decision 0077)', () => {
  // The meeting's sentence names no person, so the participation gate left its chair's cue out of
  // the first search; the speaker rule must still find that sentence by the cue it holds.
  it('a meeting sentence without a person, known by its chair cue, starts the speakers', () => {
    const e = extract(
      'Nguyen Van Phuc said on Sunday that the harvest had been good. ' +
        'The conference was chaired by the Provincial People’s Committee. ' +
        'Tran Thi Mai said exports would grow this year.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Tran Thi Mai']);
  });

  it('with the cue in a sentence that names a person, the speaker after it attends as well', () => {
    const e = extract(
      'Nguyen Van Phuc said on Sunday that the harvest had been good. ' +
        'The conference was attended by Le Van Son. ' +
        'Tran Thi Mai said exports would grow this year.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Le Van Son', 'Tran Thi Mai']);
  });

  it('without a meeting no speaker attends', () => {
    const e = extract(
      'Nguyen Van Phuc said on Sunday that the harvest had been good. ' +
        'Tran Thi Mai said exports would grow this year.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });
});
