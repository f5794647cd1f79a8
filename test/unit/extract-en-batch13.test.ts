// The English class of the thirteenth held-out batch (test/fixtures/en-heldout 212–216, five
// real-length articles written before any rule saw them; decision 0101) that a rule was written
// for, pinned on sentences written for this file (invented provincial names, our own wording; not
// the held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('English classes of the thirteenth held-out batch (decision 0101)', () => {
  it('on a working trip, one the leader "heard a report from" and one who "told the delegation" attend it', () => {
    const e = extract(
      'Secretary of the Quang Tri provincial Party Committee Le Van Khang on Tuesday led a working delegation to inspect the Cam Lo port project. ' +
        'At the port, Khang heard a report from Tran Van Tien, Director of the port management board. ' +
        'Chairman of the Gio Linh district People’s Committee Ho Thi Mai told the delegation that the site would be cleared in June.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Le Van Khang']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Ho Thi Mai', 'Tran Van Tien']);
  });

  it('the one who hears the report is not its reporter: "heard a report from" gives the person after it', () => {
    const e = extract(
      'Chairman of the Nghe An provincial People’s Committee Bui Duc Long on Monday chaired a meeting on flood recovery. ' +
        'Long heard reports from Director of the provincial Department of Agriculture Nguyen Van Hoa.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Bui Duc Long']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Nguyen Van Hoa']);
  });
});
