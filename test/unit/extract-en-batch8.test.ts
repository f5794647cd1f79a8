// The English classes the eighth held-out batch (test/fixtures/en-heldout 120–138, written before any
// rule saw it; decision 0076) showed missing, each pinned on sentences written for this file (public
// facts, our own wording; not the held-out sentences), with a guard where a rule could over-reach.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf as bodies,
  englishExtractor,
  peopleOf as people,
  personNamesOf as personNames,
  postsOf,
  seatsOf,
} from '../support/extraction-views.ts';

const extract = englishExtractor('2025-11-20');

describe('English attendance at personnel ceremonies and debates (decision 0076)', () => {
  it('whoever "handed over the decision" and "read the decision" attends the ceremony; the appointee named after is not said to', () => {
    const e = extract(
      'Deputy Prime Minister Le Thanh Long on Wednesday handed over the Prime Minister’s decision appointing Tran Van Thuan as Deputy Minister of Health at a ceremony in Ha Noi. ' +
        'Deputy Minister of Health Do Xuan Tuyen read the decision.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Do Xuan Tuyen', 'Le Thanh Long']);
    expect(e.events.map((x) => x.date)).toEqual(['2025-11-19']);
  });

  it('deputies who "discussed in groups" report the sitting: a deputy who said and a minister who explained attend', () => {
    const e = extract(
      'Deputies on Wednesday discussed in groups the draft Law on Railways as part of the ninth session of the 15th National Assembly. ' +
        'Deputy Tran Thi Nhi Ha said the bill was too long. ' +
        'Minister of Construction Tran Hong Minh explained that the law would cut procedures.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Tran Hong Minh', 'Tran Thi Nhi Ha']);
  });

  it('"pledged" to a meeting is a speaker’s part, as "said" is', () => {
    const e = extract(
      'The Politburo’s inspection team held a working session with the Dak Lak Provincial Party Committee on Monday. ' +
        'Provincial Party Secretary Nguyen Dinh Trung pledged that the province would cooperate.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Dinh Trung']);
  });

  it('guard: "explained" in an article reporting no meeting is no attendance', () => {
    const e = extract(
      'Minister of Construction Tran Hong Minh explained in an interview that fares would fall.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });
});

describe('English envoys and foreign ministers before their names (decision 0076)', () => {
  it('"Ambassador to <country>" before a Vietnamese name, and "Ambassador to Viet Nam" before a foreign one', () => {
    const e = extract(
      'Vietnamese Ambassador to Japan Pham Quang Hieu attended the forum in Tokyo on Monday. ' +
        'Korean Ambassador to Viet Nam Park Jin-woo also spoke at the forum.',
    );
    expect(personNames(e)).toEqual(['Park Jin-woo', 'Pham Quang Hieu']);
    expect(postsOf(e)).toEqual(['Park Jin-woo | Ambassador', 'Pham Quang Hieu | Ambassador']);
    expect(people(e, 'ATTENDED')).toEqual(['Park Jin-woo', 'Pham Quang Hieu']);
  });

  it('a foreign minister after "Minister of <portfolio>", alone and ending a run of posts, co-chairs', () => {
    const e = extract(
      'Deputy Prime Minister Bui Thanh Son and Lao Deputy Prime Minister and Minister of Foreign Affairs Thongsavanh Phomvihane co-chaired the meeting in Vientiane on Monday.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Bui Thanh Son', 'Thongsavanh Phomvihane']);
    expect(postsOf(e)).toEqual([
      'Bui Thanh Son | Deputy Prime Minister',
      'Thongsavanh Phomvihane | Deputy Prime Minister',
      'Thongsavanh Phomvihane | Minister',
    ]);
  });

  it('a bilateral body written with a tight dash is one body', () => {
    const e = extract(
      'Deputy Prime Minister Bui Thanh Son co-chaired the 46th meeting of the Viet Nam–Laos Intergovernmental Committee in Vientiane on Monday.',
    );
    expect(bodies(e)).toEqual(['Viet Nam–Laos Intergovernmental Committee']);
  });
});

describe('English names of the Central Highlands’ peoples (decision 0076)', () => {
  it('"Y …" and "H’…" names after a post are persons, and end the body before them', () => {
    const e = extract(
      'Secretary of the Dak Lak Provincial Party Committee Y Vinh Tor chaired the conference on Monday. ' +
        "H'Ma Phu, Vice Chairwoman of the provincial People's Council, attended.",
    );
    expect(personNames(e)).toEqual(["H'Ma Phu", 'Y Vinh Tor']);
    expect(bodies(e)).toContain('Dak Lak Provincial Party Committee');
    expect(people(e, 'CHAIRED')).toEqual(['Y Vinh Tor']);
  });

  it('guard: a place with "Y" and one word, or "Y" before an English word, is no name', () => {
    const e = extract('Tourists crowded Y Ty commune on Monday, and Generation Y Voters came too.');
    expect(personNames(e)).toEqual([]);
  });
});

describe('English posts kept, left and acting (decision 0076)', () => {
  it('"relieved A of his duties as <post>" gives no post; "remains <post>" gives one', () => {
    const e = extract(
      'The National Assembly on Friday relieved Nguyen Hong Dien of his duties as Minister of Industry and Trade. ' +
        'Tran Hong Ha remains Deputy Prime Minister.',
    );
    expect(postsOf(e)).toEqual(['Tran Hong Ha | Deputy Prime Minister']);
  });

  it('a post owned by "its" or a possessive, then a comma and the name, is that name’s', () => {
    const e = extract(
      'The Hai Phong People’s Council on Tuesday opened its session under the chair of its chairman, Le Van Thanh. ' +
        'The city’s mayor, Nguyen Van Tung, attended.',
    );
    expect(postsOf(e)).toEqual(['Le Van Thanh | chairman', 'Nguyen Van Tung | mayor']);
  });

  it('"was named acting minister of …" in lower case is the acting post', () => {
    const e = extract(
      'Deputy Minister of Health Do Xuan Tuyen was named acting minister of health on Tuesday.',
    );
    expect(postsOf(e)).toEqual(['Do Xuan Tuyen | Deputy Minister', 'Do Xuan Tuyen | acting minister']);
  });
});

describe('English mentions that are no person or body (decision 0076)', () => {
  it('a figure of history recalled with the year after the name is not a person; a recent year leaves one', () => {
    const old = extract(
      'The Nghe An Provincial Party Committee held a ceremony on Monday. ' +
        'Secretary Nguyen Duc Trung spoke, recalling that President Ho Chi Minh returned to his home village in 1957 and 1961.',
    );
    expect(personNames(old)).toEqual(['Nguyen Duc Trung']);
    const recent = extract(
      'The Nghe An Provincial Party Committee held a ceremony on Monday. ' +
        'Trung recalled that Prime Minister Pham Minh Chinh visited the province in 2023.',
    );
    expect(personNames(recent)).toEqual(['Pham Minh Chinh']);
  });

  it('a town right after "in" is no person; a person in the possessive after "In" stays one', () => {
    const e = extract(
      'The congress of the Kien Giang Provincial Party Committee opened in Ha Tien on Tuesday. ' +
        'Chairman of the provincial People’s Committee Lam Minh Thanh attended. ' +
        'In Pham Minh Chinh’s view, the province would grow by 8 per cent.',
    );
    expect(personNames(e)).toEqual(['Lam Minh Thanh', 'Pham Minh Chinh']);
  });

  it('"GDP grew" names no body; "the GDP chief" still does', () => {
    const growth = extract(
      'The Government held its regular meeting on Saturday. Minister of Finance Nguyen Van Thang reported that GDP grew by 8 per cent.',
    );
    expect(bodies(growth)).toEqual(['Government']);
    const army = extract('The GDP chief, General Trinh Van Quyet, visited the unit on Monday.');
    expect(bodies(army)).toEqual(['GDP']);
  });

  it('"the National Assembly House" is a building; a province before "Party congress" makes no body', () => {
    const e = extract(
      'Bac Ninh Party congress opens. The session took place at the National Assembly House on Monday. ' +
        'The Lao People’s Revolutionary Party sent a delegation.',
    );
    expect(bodies(e)).toEqual(['Lao People’s Revolutionary Party']);
  });
});

describe('seats of the batch-8 classes (decision 0076)', () => {
  it('an envoy’s post names no body of its own', () => {
    const e = extract('Vietnamese Ambassador to Malaysia Dinh Ngoc Linh met the delegation on Monday.');
    expect(seatsOf(e)).toEqual(['Dinh Ngoc Linh | Ambassador | -']);
  });
});
