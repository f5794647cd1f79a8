// The one body-kind table (ingest/lexicon/shared/body-kinds.tsv) and its classifier, which the
// Vietnamese recogniser, entity resolution and the English recogniser all ask.
import { describe, expect, it } from 'vitest';
import { BODY_KIND_RULES, bodyKind } from '../../ingest/lexicon/shared/body-kinds.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

const kindsFound = (language: 'vi' | 'en', text: string): Record<string, string> =>
  Object.fromEntries(
    extractArticle({
      id: 'k',
      url: null,
      language,
      publishedAt: '2024-01-05',
      title: null,
      text,
    }).extraction.organizations.map((o) => [o.name, o.kind]),
  );

describe('the body-kind table', () => {
  it('has no row an earlier row shadows: each phrase, as a name, gets its own row’s kind', () => {
    const shadowed = BODY_KIND_RULES.flatMap((rule) =>
      rule.phrases
        .filter((phrase) => bodyKind(phrase, rule.language) !== rule.kind)
        .map(
          (phrase) =>
            `line ${rule.line}: "${phrase}" is ${bodyKind(phrase, rule.language)}, not ${rule.kind}`,
        ),
    );
    expect(shadowed).toEqual([]);
  });

  it('reads a Vietnamese body from its first words, the more specific head first', () => {
    expect(bodyKind('Ban Thường vụ Tỉnh ủy Lạng Sơn', 'vi')).toBe('standing-committee');
    expect(bodyKind('Ban Tuyên giáo Tỉnh ủy', 'vi')).toBe('party-commission');
    expect(bodyKind('Ban Chấp hành Trung ương Đảng', 'vi')).toBe('party-central');
    expect(bodyKind('Ban Chấp hành Đảng bộ tỉnh', 'vi')).toBe('party-committee');
    expect(bodyKind('Uỷ ban nhân dân tỉnh Cao Bằng', 'vi')).toBe('people-committee');
    expect(bodyKind('Bộ Y tế', 'vi')).toBe('ministry');
    expect(bodyKind('Bộ Chỉ huy quân sự tỉnh Cao Bằng', 'vi')).toBe('other');
    expect(bodyKind('Sở Tài chính', 'vi')).toBe('department');
    expect(bodyKind('Báo Nhân Dân', 'vi')).toBe('press');
    // Whole words: "Bảo tàng" is not "báo", and a word beginning with "bộ" is no ministry.
    expect(bodyKind('Bảo tàng Hồ Chí Minh', 'vi')).toBe('other');
    expect(bodyKind('Bội Châu', 'vi')).toBe('other');
  });

  it('reads an English body from its kind words, the more telling first', () => {
    expect(bodyKind('Inspection Commission of the Party Central Committee', 'en')).toBe(
      'inspection-committee',
    );
    expect(bodyKind('Standing Committee of the Cao Bang Provincial Party Committee', 'en')).toBe(
      'standing-committee',
    );
    expect(bodyKind('Ha Noi People’s Committee', 'en')).toBe('people-committee');
    expect(bodyKind("Lang Son People's Council", 'en')).toBe('people-council');
    expect(bodyKind('Party Committee of the Ministry of Health', 'en')).toBe('ministry');
    expect(bodyKind('Cao Bang Provincial Party Committee', 'en')).toBe('party-committee');
    expect(bodyKind('Vietnam Fatherland Front', 'en')).toBe('front-or-union');
    expect(bodyKind('Vietnam Airlines', 'en')).toBe('other');
  });

  it('is what both recognisers give the bodies they find', () => {
    const vi = kindsFound(
      'vi',
      'Ngày 5/1/2024, Ban Thường vụ Tỉnh ủy Cao Bằng và Bộ Chỉ huy quân sự tỉnh Cao Bằng tổ chức hội nghị.',
    );
    expect(vi['Ban Thường vụ Tỉnh ủy Cao Bằng']).toBe('standing-committee');
    expect(vi['Bộ Chỉ huy quân sự tỉnh Cao Bằng']).toBe('other');
    const en = kindsFound('en', 'The Cao Bang Provincial Veterans Association held a meeting on January 5.');
    expect(Object.values(en)).toContain('front-or-union');
  });
});
