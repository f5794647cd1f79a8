// A listed place right before a holder's name (organizations.ts placeBeforeNameAt): a place opening
// with a syllable that is also a family name (Hà, Lâm, Quảng, Cao) is no part of the name after it,
// and ends the body before it. Seen when decision 0094 listed "Quảng" as a family name and "Báo
// Quảng Ninh Phạm Văn Thành" became a person "Quảng Ninh Phạm Văn" (vi-ho11-fp-03); "Hà Tĩnh" and
// "Lâm Đồng" failed the same way before it. Sentences written for this file, invented names.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf as bodies,
  extractText,
  personNamesOf as people,
  seatsOf as seats,
} from '../support/extraction-views.ts';

const extract = (text: string) => extractText(text, 'vi', '2025-11-20');

describe('a listed place, then a holder’s name', () => {
  it.each([
    ['Báo Quảng Ninh', 'Tổng Biên tập Báo Quảng Ninh Phạm Văn Thành chủ trì buổi làm việc.'],
    ['Báo Hà Tĩnh', 'Tổng Biên tập Báo Hà Tĩnh Phạm Văn Thành chủ trì buổi làm việc.'],
    ['Báo Lâm Đồng', 'Tổng Biên tập Báo Lâm Đồng Phạm Văn Thành chủ trì buổi làm việc.'],
    ['Báo Cao Bằng', 'Tổng Biên tập Báo Cao Bằng Phạm Văn Thành chủ trì buổi làm việc.'],
  ])('keeps the place in the body "%s" and out of the name', (body, text) => {
    const e = extract(text);
    expect(people(e)).toEqual(['Phạm Văn Thành']);
    expect(bodies(e)).toEqual([body]);
    expect(seats(e)).toEqual([`Phạm Văn Thành | Tổng Biên tập | ${body}`]);
  });

  it('keeps the place out of the name after a body whose name takes no place', () => {
    const e = extract('Chủ tịch Hội Nông dân Lâm Đồng Trần Thị Mai phát biểu tại hội nghị.');
    expect(people(e)).toEqual(['Trần Thị Mai']);
  });

  it('still reads a Chăm name opening with "Quảng" (guard)', () => {
    const e = extract('Ông Quảng Đại Tuyên, Phó Chủ tịch UBND tỉnh Ninh Thuận, chủ trì buổi làm việc.');
    expect(people(e)).toEqual(['Quảng Đại Tuyên']);
  });

  it('still reads a name whose first syllables are no listed place (guard)', () => {
    const e = extract('Tổng Biên tập Báo Nhân Dân Lê Quốc Minh chủ trì buổi làm việc.');
    expect(people(e)).toEqual(['Lê Quốc Minh']);
  });
});
