import { describe, expect, it } from 'vitest';
import { cleanArticle, matchTextOf } from '../../ingest/clean.ts';
import type { ArticleRecord } from '../../ingest/types.ts';

const record = (text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: 't',
  url: null,
  language: 'vi',
  publishedAt: null,
  title: null,
  text,
  ...extra,
});

describe('cleanArticle', () => {
  it('turns NFD input and NBSP into NFC text with plain spaces', () => {
    const nfd = 'Đảng ủy Khối\u00a0các cơ quan tỉnh'.normalize('NFD');
    const clean = cleanArticle(record(nfd));
    expect(clean.text).toBe('Đảng ủy Khối các cơ quan tỉnh');
    expect(clean.text).toBe(clean.text.normalize('NFC'));
  });

  it('keeps matchText the same length as text, lower case, with tones placed the new way', () => {
    const clean = cleanArticle(record('Ban Thường vụ Tỉnh uỷ Khánh Hoà họp.'));
    expect(clean.matchText.length).toBe(clean.text.length);
    expect(clean.matchText).toBe('ban thường vụ tỉnh ủy khánh hòa họp.');
  });

  it('keeps offsets aligned even for characters whose lower case is longer', () => {
    const text = 'İstanbul và Tỉnh uỷ';
    expect(matchTextOf(text).length).toBe(text.length);
  });

  it('drops page chrome: related links, counters, icon junk, a repeated title and captions', () => {
    const text = [
      'Tỉnh ủy sơ kết công tác quý I',
      'Ngày 3/4, Tỉnh ủy tổ chức hội nghị.',
      'Ảnh: toàn cảnh hội nghị',
      'Tin liên quan',
      'icon icon',
      'Lượt xem: 1234',
      'Tỉnh ủy sơ kết công tác quý I',
      'Ảnh: toàn cảnh hội nghị',
      'Hội nghị kết thúc lúc 11 giờ.',
    ].join('\n');
    const clean = cleanArticle(record(text, { title: 'Tỉnh ủy sơ kết công tác quý I' }));
    expect(clean.text).toBe(
      [
        'Tỉnh ủy sơ kết công tác quý I',
        'Ngày 3/4, Tỉnh ủy tổ chức hội nghị.',
        'Ảnh: toàn cảnh hội nghị',
        'Hội nghị kết thúc lúc 11 giờ.',
      ].join('\n'),
    );
  });

  it('moves a trailing byline and a source credit to authors', () => {
    const a = cleanArticle(record('Hội nghị đã thành công tốt đẹp.\n\nPhi Trường - Đức Minh'));
    expect(a.text).toBe('Hội nghị đã thành công tốt đẹp.');
    expect(a.authors).toEqual(['Phi Trường', 'Đức Minh']);
    const b = cleanArticle(record('Hội nghị đã thành công.\n\nTheo Trung tâm Truyền thông và Sự kiện'));
    expect(b.text).toBe('Hội nghị đã thành công.');
    expect(b.authors).toEqual(['Trung tâm Truyền thông và Sự kiện']);
    const c = cleanArticle(
      record(
        'Đại hội đã bầu 16 đại biểu chính thức và 2 đại biểu dự khuyết để đi dự Đại hội toàn quốc lần này./. Vân Thiêng – Phi Long',
      ),
    );
    expect(c.text.endsWith('./.')).toBe(true);
    expect(c.authors).toEqual(['Vân Thiêng', 'Phi Long']);
    const d = cleanArticle(record('Nội dung bài.\n\nTin, ảnh: Nhật Minh'));
    expect(d.authors).toEqual(['Nhật Minh']);
  });

  it('records photo credits as authors without removing the sentence around them', () => {
    const clean = cleanArticle(
      record('Đồng chí Lê Minh Khái phát biểu. (Ảnh: Phạm Minh Tuấn/TTXVN)\nHội nghị tiếp tục.'),
    );
    expect(clean.authors).toEqual(expect.arrayContaining(['Phạm Minh Tuấn', 'TTXVN']));
    expect(clean.text).toContain('Lê Minh Khái phát biểu.');
  });

  it('does not take a sentence ending the article for a byline', () => {
    const clean = cleanArticle(record('Ngày 4/10, Huyện ủy tổ chức hội nghị.\nHội nghị kết thúc.'));
    expect(clean.authors).toEqual([]);
    expect(clean.text).toContain('Hội nghị kết thúc.');
  });

  it('never throws, whatever the string', () => {
    const odd = [
      '',
      '\u0000\u0001',
      '\ud800',
      'x'.repeat(10_000),
      '\n\n\n',
      '....',
      'Theo',
      '\ufeffĐảng',
      '()',
    ];
    for (const text of odd) {
      const clean = cleanArticle(record(text));
      expect(clean.matchText.length).toBe(clean.text.length);
    }
  });
});

describe('a leading agency credit', () => {
  it('is not an author: "(LSO) – A teleconference was held …"', () => {
    const a = cleanArticle(
      record('(LSO) – A national teleconference was held on August 20 by the Secretariat.', {
        language: 'en',
      }),
    );
    expect(a.authors).toEqual([]);
    expect(a.text.startsWith('(LSO) –')).toBe(true);
  });

  it('is not an author in Vietnamese either: "(VOV) - Sáng 4/10, …"', () => {
    const a = cleanArticle(record('(VOV) - Sáng 4/10, Tỉnh ủy Sông Mây tổ chức hội nghị.\n\nTrần Văn An'));
    expect(a.authors).toEqual(['Trần Văn An']);
  });

  it('leaves a closing source credit as an author: "Theo TTXVN"', () => {
    const a = cleanArticle(record('(TTXVN) - Hội nghị diễn ra sáng nay.\n\nTheo TTXVN'));
    expect(a.authors).toEqual(['TTXVN']);
  });
});
