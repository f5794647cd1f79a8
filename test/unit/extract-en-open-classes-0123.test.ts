// Two classes of body names the sixteenth English held-out batch left open (decision 0121 §2,
// "Bodies not read whole"), pinned on sentences written for this file (invented people; real body
// forms; not the held-out sentences), each with a guard where the rule could over-reach (decision 0123).
import { describe, expect, it } from 'vitest';
import { bodyNamesOf, englishExtractor, postsOf, seatsOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-08-12');

describe('English bodies batch 16 left open (decision 0123)', () => {
  it('a centre named by its remit after "for" is a body, and its director holds a post there', () => {
    const e = extract(
      'Le Van Tien, director of the National Centre for Water Resources Planning and Investigation, said the reservoirs of the Central Highlands were full.',
    );
    expect(bodyNamesOf(e)).toEqual(['National Centre for Water Resources Planning and Investigation']);
    expect(seatsOf(e)).toEqual([
      'Le Van Tien | director | National Centre for Water Resources Planning and Investigation',
    ]);
  });

  it('a centre with no remit after it stays a venue, and "for" with a lower-case word after it opens none', () => {
    const e = extract(
      'The exhibition opened at the National Convention Centre on Monday and stays at the Exhibition Centre for two weeks.',
    );
    expect(bodyNamesOf(e)).toEqual([]);
  });

  it('an embassy named by nationality ends in the country abroad it sits in', () => {
    const e = extract(
      'Ambassador Dinh Thi Hong Nhung met staff of the Vietnamese Embassy in Thailand on Friday.',
    );
    expect(bodyNamesOf(e)).toEqual(['Vietnamese Embassy in Thailand']);
  });

  it('"in" and a word that is no country abroad do not join the embassy\'s name', () => {
    const e = extract('The Vietnamese Embassy in March opened a consular office for workers.');
    expect(bodyNamesOf(e)).toEqual(['Vietnamese Embassy']);
  });

  it('a bare "Embassy in <city>" with no word of its own before the head names no mission', () => {
    const e = extract('Embassy in Seoul hosts a trade seminar\n\nThe seminar drew 200 firms on Friday.');
    expect(bodyNamesOf(e)).toEqual([]);
  });

  it('"Secretary General" and "chief executive officer" are read whole, not cut to their first words', () => {
    const e = extract(
      'Pham Van Hoa, Secretary General of the Viet Nam Football Federation, and Tran Van Binh, the chief executive officer of Hoa Sen Group, attended the forum.',
    );
    expect(postsOf(e)).toEqual([
      'Pham Van Hoa | Secretary General',
      'Tran Van Binh | chief executive officer',
    ]);
  });

  it('a secretary and a chief executive with nothing after the post keep the shorter post', () => {
    const e = extract(
      'Pham Van Hoa, Secretary of the provincial Party Committee, and Tran Van Binh, the chief executive of Hoa Sen Group, attended the forum.',
    );
    expect(postsOf(e)).toEqual(['Pham Van Hoa | Secretary', 'Tran Van Binh | chief executive']);
  });
});
