// Speakers on a working trip whose first sentence has no meeting noun (decision 0102): "A led a
// working delegation to inspect …", "A paid a working visit to …" report the trip as a meeting's
// sentence does, so one who "said" something after it attends (the speaker cue of decision 0057).
// Our own sentences (invented Ha Tinh and Ninh Binh names), with the guard of 0057: a speaker in an
// article that reports no meeting attends nothing.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('speakers on a working trip with no meeting noun (decision 0102)', () => {
  it('a speaker after "led a working delegation to inspect" attends the trip', () => {
    const e = extract(
      'Secretary of the Ha Tinh provincial Party Committee Pham Van Dung on Thursday led a working delegation to inspect the Vung Ang seaport expansion. ' +
        'Director of the seaport management board Nguyen Thi Lan said the second berth would be finished in August.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Pham Van Dung']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Nguyen Thi Lan']);
  });

  it('a speaker after "paid a working visit to" attends it', () => {
    const e = extract(
      'Deputy Prime Minister Tran Van Hai on Monday paid a working visit to Ninh Binh province. ' +
        'Chairman of the Ninh Binh provincial People’s Committee Le Quang Tuan said the province had cleared land for the ring road.',
    );
    expect(peopleOf(e, 'ATTENDED')).toContain('Le Quang Tuan');
  });

  it('guard: one who "said" in an article reporting no meeting nor trip attends nothing', () => {
    const e = extract(
      'Minister of Construction Do Van Binh said on Tuesday that the North-South expressway would open in June.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });
});
