// The one province table (ingest/lexicon/shared/provinces.tsv): its Vietnamese, English and 2025
// columns read by the one module every layer imports.
import { describe, expect, it } from 'vitest';
import { findPlace, lookupProvince, PROVINCES } from '../../ingest/lexicon/shared/provinces.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

describe('the province table', () => {
  it('holds the 63 units of 2024, Huế besides Thừa Thiên Huế, and 34 after the 2025 mergers', () => {
    // Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025; both names are read.
    expect(PROVINCES).toHaveLength(64);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(64);
    const after = PROVINCES.filter((p) => !p.mergedInto && p.name !== 'Thừa Thiên Huế');
    expect(after).toHaveLength(34);
  });

  it('merges every unit into a province of the table that became new that day, and only those', () => {
    const takers = new Set(PROVINCES.filter((p) => p.mergedInto).map((p) => p.mergedInto));
    for (const p of PROVINCES.filter((q) => q.mergedInto)) {
      const into = lookupProvince(p.mergedInto);
      expect(into, `${p.name} merged into ${p.mergedInto}`).not.toBeNull();
      expect(into!.newFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(into!.mergedInto).toBeNull();
    }
    for (const p of PROVINCES.filter((q) => q.newFrom)) expect(takers.has(p.name)).toBe(true);
    expect(lookupProvince('Hà Giang')?.mergedInto).toBe('Tuyên Quang');
    expect(lookupProvince('Tuyên Quang')?.newFrom).toBe('2025-07-01');
    expect(lookupProvince('Lạng Sơn')).toMatchObject({ newFrom: null, mergedInto: null });
  });

  it('reads English spellings, folded or listed, and a city as "<name> City"', () => {
    expect(findPlace('Lao Cai')).toEqual({ vietnamese: 'Lào Cai', level: 'province' });
    expect(findPlace('Ha Noi')).toEqual({ vietnamese: 'Hà Nội', level: 'city' });
    expect(findPlace('Hanoi')?.vietnamese).toBe('Hà Nội');
    expect(findPlace('Ba Ria-Vung Tau')?.vietnamese).toBe('Bà Rịa - Vũng Tàu');
    expect(findPlace('Hue City')?.vietnamese).toBe('Huế');
    expect(findPlace('Springfield')).toBeNull();
  });

  it('keeps the level word on a city that is also a person, in English only as listed', () => {
    // The graph's province is "Hồ Chí Minh" (bodies org:thanh-uy-ho-chi-minh …) ...
    expect(lookupProvince('TP.HCM')?.name).toBe('Hồ Chí Minh');
    expect(lookupProvince('Ho Chi Minh City')?.name).toBe('Hồ Chí Minh');
    // ... an English body name's Vietnamese form carries "Thành phố", as before the tables merged ...
    expect(findPlace('Ho Chi Minh City')).toEqual({ vietnamese: 'Thành phố Hồ Chí Minh', level: 'city' });
    expect(findPlace('HCMC')?.vietnamese).toBe('Thành phố Hồ Chí Minh');
    // ... and the man's name, or a Vietnamese-only spelling, is no English place.
    expect(findPlace('Ho Chi Minh')).toBeNull();
    expect(findPlace('hcm')).toBeNull();
    expect(findPlace('TP HCM')).toBeNull();
  });

  it('is where the Vietnamese recogniser learns that a province is a place, never a person', () => {
    // "Hà" is a family name, so without the table "Hà Giang" reads as a man's name.
    const text = 'Ông Hà Giang phát biểu tại hội nghị.';
    const { extraction } = extractArticle({
      id: 'p',
      url: null,
      language: 'vi',
      publishedAt: '2024-01-05',
      title: null,
      text,
    });
    expect(extraction.persons.map((p) => p.name)).not.toContain('Hà Giang');
  });
});
