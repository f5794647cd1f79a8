import { describe, expect, it } from 'vitest';
import {
  englishBodyNames,
  vietnameseBodyName,
  vietnamesePostName,
} from '../../ingest/lexicon/shared/bilingual.ts';
import { findPlace } from '../../ingest/lexicon/shared/provinces.ts';

describe('bilingual body lexicon', () => {
  it('maps central bodies whatever the apostrophe, case or leading article', () => {
    expect(vietnameseBodyName('Politburo')).toEqual({ name: 'Bộ Chính trị', kind: 'party-central' });
    expect(vietnameseBodyName("the Party Central Committee's Secretariat")?.name).toBe('Ban Bí thư');
    expect(vietnameseBodyName('Party Central Committee’s Secretariat')?.name).toBe('Ban Bí thư');
    expect(vietnameseBodyName('central propaganda and training commission')?.name).toBe(
      'Ban Tuyên giáo Trung ương',
    );
    expect(vietnameseBodyName('Ministry of Education and Training')).toEqual({
      name: 'Bộ Giáo dục và Đào tạo',
      kind: 'ministry',
    });
  });

  it('fills province and city placeholders from the English name, with or without diacritics', () => {
    expect(vietnameseBodyName('Hanoi Party Committee')?.name).toBe('Thành ủy Hà Nội');
    expect(vietnameseBodyName('Hà Nội Party Committee')?.name).toBe('Thành ủy Hà Nội');
    expect(vietnameseBodyName('Lao Cai provincial Party Committee')?.name).toBe('Tỉnh ủy Lào Cai');
    expect(vietnameseBodyName('People’s Committee of Đồng Nai province')?.name).toBe(
      'Ủy ban nhân dân tỉnh Đồng Nai',
    );
    expect(vietnameseBodyName('Ho Chi Minh City Party Committee')?.name).toBe(
      'Thành ủy Thành phố Hồ Chí Minh',
    );
    expect(vietnameseBodyName('Ho Chi Minh City People’s Council')?.name).toBe(
      'Hội đồng nhân dân Thành phố Hồ Chí Minh',
    );
  });

  it('refuses a place of the wrong level rather than guessing', () => {
    // Hà Nội is a centrally-run city: it has a Thành ủy, not a Tỉnh ủy.
    expect(vietnameseBodyName('Hanoi Provincial Party Committee')).toBeNull();
    expect(vietnameseBodyName('Atlantis Provincial Party Committee')).toBeNull();
    expect(vietnameseBodyName('Committee for Something Unknown')).toBeNull();
  });

  it("uses the article's province for bodies named without one", () => {
    expect(vietnameseBodyName('Provincial Party Committee')?.name).toBe('Tỉnh ủy');
    expect(vietnameseBodyName('provincial Party Committee', { province: 'Lang Son' })?.name).toBe(
      'Tỉnh ủy Lạng Sơn',
    );
    expect(vietnameseBodyName('Provincial People’s Council', { province: 'Lạng Sơn' })?.name).toBe(
      'Hội đồng nhân dân tỉnh Lạng Sơn',
    );
  });

  it('maps posts and lists the English forms of a Vietnamese name', () => {
    expect(vietnamesePostName('Deputy Prime Minister')).toBe('Phó Thủ tướng');
    expect(vietnamesePostName('Permanent Deputy Secretary')).toBe('Phó Bí thư Thường trực');
    expect(vietnamesePostName('politburo member')).toBe('Ủy viên Bộ Chính trị');
    expect(vietnamesePostName('Grand Vizier')).toBeNull();
    expect(englishBodyNames('Bộ Chính trị')).toContain('Politburo');
  });

  it('knows places by any spelling', () => {
    expect(findPlace('Hanoi')).toEqual({ vietnamese: 'Hà Nội', level: 'city' });
    expect(findPlace('Ba Ria-Vung Tau')?.vietnamese).toBe('Bà Rịa - Vũng Tàu');
    expect(findPlace('Hung Yen')?.level).toBe('province');
    expect(findPlace('Springfield')).toBeNull();
  });
});
