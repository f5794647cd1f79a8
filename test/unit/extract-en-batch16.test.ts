// The English classes of the sixteenth held-out batch (test/fixtures/en-heldout 233–240, eight
// real-length articles written before any rule saw them; decision 0121) that a rule was written
// for, pinned on sentences written for this file (invented names, court and case, our own wording;
// not the held-out sentences), with a guard where the rule could over-reach.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-09-08');

describe('English classes of the sixteenth held-out batch (decision 0121)', () => {
  it('an appeal hearing is a meeting: its presiding judge chairs and those who speak at it attend', () => {
    const e = extract(
      'The High People’s Court in Da Nang on September 4 heard the appeals of three former officials of Kon Ray district. ' +
        'The appeal hearing was presided over by Judge Ho Thi Sen. ' +
        'At the hearing, defendant Y Ngoc Binh said he had followed the advice of the district’s land office. ' +
        'Lawyer Phan Thuan Khoa argued that the losses had been repaid. ' +
        'The court upheld the sentences.',
      '2025-09-05',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Ho Thi Sen']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Phan Thuan Khoa', 'Y Ngoc Binh']);
    expect(e.events.map((ev) => ev.date)).toEqual(['2025-09-04']);
  });

  it('a hearing only planned is no meeting: those quoted about it attend nothing', () => {
    const e = extract(
      'Lawyer Phan Thuan Khoa said on Thursday that his client would ask for a cassation hearing next year.',
      '2025-09-05',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });

  it('one who "briefed voters" at a meeting with voters and one who "called for" a rule at a forum speak there', () => {
    const e = extract(
      'Deputies of the Kon Tum delegation of National Assembly deputies met voters of Dak Ha commune on Saturday. ' +
        'Deputy Y Thi Hoan, Deputy Head of the delegation, briefed voters on the coming session. ' +
        'Retired teacher Dinh Van Sang called for more funds for village roads.',
      '2025-09-07',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Dinh Van Sang', 'Y Thi Hoan']);
  });

  it('"argued" or "called for" in an article that reports no meeting states no attendance', () => {
    const e = extract(
      'In a commentary published on Monday, economist Ho Van Ngai argued that land rents should fall, and called for a new law.',
      '2025-09-08',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });
});
