import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageWithEvidence } from '../../ingest/detect-language.ts';
import { isRecordFileName } from '../../ingest/read/inputs.ts';

describe('detectLanguage', () => {
  it('reads Vietnamese prose as Vietnamese', () => {
    expect(
      detectLanguage(
        'Sáng nay, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt nghị quyết của Bộ Chính trị.',
      ),
    ).toBe('vi');
  });

  it('reads Vietnamese written without diacritics as Vietnamese', () => {
    expect(
      detectLanguage(
        'Sang nay, Tinh uy da to chuc hoi nghi quan triet cac nghi quyet cua Bo Chinh tri va duoc dong dao nguoi dan ung ho.',
      ),
    ).toBe('vi');
  });

  it('reads English prose as English, with or without diacritics in the names', () => {
    expect(detectLanguage('The Prime Minister chaired a meeting of the Government in Hanoi on Monday.')).toBe(
      'en',
    );
    expect(
      detectLanguage(
        'Thủ tướng Phạm Minh Chính chaired the meeting of the Government, which was attended by Võ Văn Thưởng.',
      ),
    ).toBe('en');
  });

  it('decides short texts by diacritic density', () => {
    expect(detectLanguage('Hội nghị tổng kết')).toBe('vi');
    expect(detectLanguage('Working session')).toBe('en');
  });

  it('falls back to Vietnamese for empty or letterless text', () => {
    expect(detectLanguage('')).toBe('vi');
    expect(detectLanguage('12/7/2024 — 05-CT/TW')).toBe('vi');
  });

  it('reports the counts behind its decision', () => {
    const evidence = detectLanguageWithEvidence('The committee and the council met in the city.');
    expect(evidence.englishWords).toBeGreaterThan(3);
    expect(evidence.vietnameseWords).toBe(0);
    expect(evidence.markDensity).toBe(0);
  });

  it('agrees with the language field of every dev-corpus record', () => {
    const dir = path.resolve(import.meta.dirname, '../../../shared/corpus/dev');
    const records = readdirSync(dir)
      .filter(isRecordFileName)
      .map(
        (f) =>
          JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
            id: string;
            language: string;
            text: string;
          },
      );
    expect(records.length).toBeGreaterThan(20);
    const wrong = records.filter((r) => detectLanguage(r.text) !== r.language).map((r) => r.id);
    expect(wrong).toEqual([]);
  });
});
