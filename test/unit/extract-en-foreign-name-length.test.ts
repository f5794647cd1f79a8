// Foreign names after a post of one word and of four (decision 0102): Indonesians often go by one
// name ("Foreign Minister Sugiono", "President Prabowo" — real public facts), a Philippine name has
// two family names and a suffix ("President Ferdinand Romualdez Marcos Jr."). Our own sentences, with
// guards: a Vietnamese short reference after a post and the one-word short form of a longer name
// are no new person.
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf, personNamesOf, postsOf, seatsOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-12-01');

describe('foreign names of one word and of four after a post (decision 0102)', () => {
  it('one word after a post with its country, and after a portfolio', () => {
    const e = extract(
      'Deputy Prime Minister Bui Thanh Son on Friday held talks with Indonesian Foreign Minister Sugiono in Jakarta. ' +
        'Minister of Foreign Affairs Sugiono said the two sides would meet again in March.',
    );
    expect(personNamesOf(e)).toEqual(['Bui Thanh Son', 'Sugiono']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Bui Thanh Son', 'Sugiono']);
  });

  it('one word after a title: "Dr. Sugiono chaired the seminar"', () => {
    const e = extract(
      'A seminar on maritime trade was held in Hanoi on Friday. Dr. Sugiono chaired the seminar.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Sugiono']);
  });

  it('four words and a suffix after a post', () => {
    const e = extract(
      'President Luong Cuong on Tuesday held talks with Philippine President Ferdinand Romualdez Marcos Jr. in Hanoi.',
    );
    expect(personNamesOf(e)).toEqual(['Ferdinand Romualdez Marcos Jr.', 'Luong Cuong']);
    expect(postsOf(e)).toContain('Ferdinand Romualdez Marcos Jr. | President');
  });

  it('a body the bilingual lexicon names whole after a post is no place and one-word name', () => {
    // "General Director of Vietnam Electricity": not a post of Vietnam held by "Electricity" (found
    // where 0102's one-word names met 0104's body grid).
    const e = extract(
      'A meeting on power supply was held in Hanoi on Monday. Tran Van Hoa, General Director of Vietnam Electricity, spoke at the meeting.',
    );
    expect(personNamesOf(e)).toEqual(['Tran Van Hoa']);
    expect(seatsOf(e)).toContain('Tran Van Hoa | General Director | Vietnam Electricity');
  });

  it('guard: the one-word short form of a longer name is no new person', () => {
    const e = extract(
      'President Luong Cuong on Monday received President of Indonesia Prabowo Subianto in Hanoi. ' +
        'President Prabowo thanked Viet Nam for the welcome.',
    );
    expect(personNamesOf(e)).toEqual(['Luong Cuong', 'Prabowo Subianto']);
  });

  it('guard: the one-word family name of a longer name read after a post is no new person', () => {
    const e = extract(
      'President Luong Cuong met President Joko Widodo on Monday. President Widodo thanked Viet Nam.',
    );
    expect(personNamesOf(e)).toEqual(['Joko Widodo', 'Luong Cuong']);
  });

  it('guard: a Vietnamese given name after a post is no foreign name ("Chairman Duc said")', () => {
    const e = extract(
      'The provincial People’s Committee met on Monday. Acting Chairman Duc said the road would open in May.',
    );
    expect(personNamesOf(e)).toEqual([]);
  });

  it('guard: a place after a post is no name ("Ambassador Japan", "President of Laos")', () => {
    const e = extract(
      'The two sides held talks in Vientiane on Monday. The President of Laos welcomed the delegation.',
    );
    expect(personNamesOf(e)).toEqual([]);
  });
});
