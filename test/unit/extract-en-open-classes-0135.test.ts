// The English classes decision 0129 left open (issue 12), each a class of phrasing pinned on sentences
// written for this file (invented officials, our own wording; never a held-out sentence), with guards
// where a rule could over-reach (decision 0135).
import { describe, expect, it } from 'vitest';
import { englishExtractor, peopleOf, personNamesOf } from '../support/extraction-views.ts';

const extract = englishExtractor('2025-10-10');

describe('places, relics and schools named after people are no persons (decision 0135)', () => {
  it('a name before a lower-case relic, site, museum, temple or school word names a place', () => {
    const e = extract(
      'Secretary Hoang Van Thanh offered incense at the Kim Son historical site on Monday. ' +
        'The delegation then visited the Dong Loc relic site, the Tran Quoc Hung museum and the Le Van Tam temple. ' +
        'Pupils of the Ngo Minh Chau high school and the Pham Van Duc primary school sang at the Bui Xuan Lam memorial house.',
    );
    expect(personNamesOf(e)).toEqual(['Hoang Van Thanh']);
  });

  it('guard: a person named before a lower-case verb or noun that is no place stays a person', () => {
    const e = extract(
      'Chairman Dang Quoc Bao visited the school on Monday. Principal Vu Thi Lan said the museum would open in May.',
    );
    expect(personNamesOf(e)).toEqual(['Dang Quoc Bao', 'Vu Thi Lan']);
  });

  it('the homeland or birthplace of a historical figure, or a place named after one, holds no person', () => {
    const e = extract(
      'Deputy Secretary Luong Thi Hanh attended the ceremony in Kim Dong commune. ' +
        'The commune is the birthplace of General Tran Dai Nghia and the hometown of President Ton Duc Thang. ' +
        'The new school is named after Professor Ta Quang Buu, and the square was built in honour of General Nguyen Chi Thanh.',
    );
    expect(personNamesOf(e)).toEqual(['Luong Thi Hanh']);
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Luong Thi Hanh']);
  });

  it('leaders a province gave the nation, "starting with" or "such as" a figure of history, are no persons', () => {
    const e = extract(
      'Secretary Phan Duc Hung said Ha Tinh had given the country many revolutionaries, starting with General Secretary Tran Phu. ' +
        'The land also produced many talented leaders, such as General Secretary Ha Huy Tap and Le Hong Phong.',
    );
    expect(personNamesOf(e)).toEqual(['Phan Duc Hung']);
  });

  it('guard: living officials listed "starting with" at a meeting stay persons', () => {
    const e = extract(
      'The conference heard reports from several leaders, starting with Deputy Minister Cao Van Khanh. ' +
        'Delegates such as Vice Chairwoman Trinh Thi Nga also spoke.',
    );
    expect(personNamesOf(e)).toEqual(['Cao Van Khanh', 'Trinh Thi Nga']);
  });

  it('following the example or the teachings of a figure of history names no person', () => {
    const e = extract(
      'Minister Do Van Hai urged officers to follow the example of General Nguyen Son and to study the teachings of President Ho Chi Minh.',
    );
    expect(personNamesOf(e)).toEqual(['Do Van Hai']);
  });
});
