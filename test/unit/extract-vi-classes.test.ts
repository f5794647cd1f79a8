// Vietnamese rule classes pinned on sentences written for these tests (not corpus text): each
// block is one class of phrasing from issue 12, with a sentence that fails without its rule.
import { describe, expect, it } from 'vitest';
import { documentPairsOf, extractText, peopleOf as people } from '../support/extraction-views.ts';

const extract = (text: string, publishedAt: string | null = '2024-05-10') =>
  extractText(text, 'vi', publishedAt);
const issued = (e: Parameters<typeof documentPairsOf>[0]) => documentPairsOf(e, 'ISSUED');

describe('Vietnamese chair and attendance across sentences and post words', () => {
  it('keeps the chair when the next sentence opens with "Cùng dự có"', () => {
    const e = extract(
      'Sáng 5/3, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung chủ trì hội nghị. Cùng dự có Phó Bí thư Thường trực Tỉnh ủy Hoàng Nghĩa Hiếu.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Nguyễn Đức Trung']);
    expect(people(e, 'ATTENDED')).toEqual(['Hoàng Nghĩa Hiếu']);
  });

  it('does not read "dự" in "Ủy viên dự khuyết" as the verb, so the guest list runs on', () => {
    const e = extract(
      'Ngày 8/6, Tỉnh ủy Lào Cai tổ chức hội nghị. Dự hội nghị có đồng chí Đặng Xuân Phong, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy và đồng chí Trịnh Xuân Trường, Chủ tịch UBND tỉnh.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Trịnh Xuân Trường', 'Đặng Xuân Phong']);
  });

  it('gives every co-chair of "đồng chủ trì" the chair', () => {
    const e = extract(
      'Ngày 10/5, Chủ tịch UBND tỉnh Lê Văn Hưởng và Bí thư Tỉnh ủy Đỗ Trọng Hưng đồng chủ trì hội nghị. Phó Thủ tướng Trần Hồng Hà dự và phát biểu chỉ đạo.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Lê Văn Hưởng', 'Đỗ Trọng Hưng']);
    expect(people(e, 'ATTENDED')).toEqual(['Trần Hồng Hà']);
  });
});

describe('Vietnamese co-issuers and bare-numbered documents', () => {
  it('gives each body of "của Bộ Chính trị và Ban Bí thư" the document', () => {
    const e = extract(
      'Các chi bộ quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị và Ban Bí thư.',
    );
    expect(issued(e)).toEqual(['Ban Bí thư | 35-CT/TW', 'Bộ Chính trị | 35-CT/TW']);
  });

  it('gives each body of "A và B ban hành" the document', () => {
    const e = extract('Năm 2019, Bộ Chính trị và Ban Bí thư ban hành Kết luận 50-KL/TW.');
    expect(issued(e)).toEqual(['Ban Bí thư | 50-KL/TW', 'Bộ Chính trị | 50-KL/TW']);
  });

  it('reads "Chỉ thị số 17" without a code as a named document that the body implements', () => {
    const e = extract('Đảng ủy xã Tà Xùa tổ chức học tập Chỉ thị số 17 của Ban Thường vụ Huyện ủy.');
    expect(e.documents.map((d) => d.name)).toContain('Chỉ thị số 17');
    const implemented = e.relations.filter((r) => r.type === 'IMPLEMENTS').map((r) => r.document);
    expect(implemented).toContain('Chỉ thị số 17');
  });

  it('links "các Chỉ thị 05 và 35" to the coded directives of the same article', () => {
    const e = extract(
      'Bộ Chính trị ban hành Chỉ thị 05-CT/TW và Chỉ thị 35-CT/TW. Huyện ủy Mường Tè tiếp tục thực hiện các Chỉ thị 05 và 35.',
    );
    expect(e.documents.map((d) => d.code ?? d.name).sort()).toEqual(['05-CT/TW', '35-CT/TW']);
    const implemented = e.relations
      .filter((r) => r.type === 'IMPLEMENTS')
      .map((r) => `${r.organization} | ${r.document}`)
      .sort();
    expect(implemented).toEqual(['Huyện ủy Mường Tè | 05-CT/TW', 'Huyện ủy Mường Tè | 35-CT/TW']);
  });

  it('names "Chỉ thị 05 và 35" without codes as two documents, and one name per number', () => {
    const e = extract(
      'Huyện ủy sơ kết các Chỉ thị 05 và 35. Nghị quyết số 12 được quán triệt; Nghị quyết 12 đi vào cuộc sống.',
    );
    expect(e.documents.map((d) => d.name).sort()).toEqual(['Chỉ thị 05', 'Chỉ thị 35', 'Nghị quyết số 12']);
  });

  it('does not take the head of a code or a state code for a bare number', () => {
    const e = extract('UBND tỉnh ban hành Quyết định số 1828/QĐ-UBND và Nghị quyết 18-NQ/TW.');
    expect(e.documents.map((d) => d.code ?? d.name).sort()).toEqual(['18-NQ/TW', '1828/QĐ-UBND']);
  });

  it('reads the congress resolution of a district party organisation', () => {
    const e = extract(
      'Đảng bộ xã tập trung thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Mường Tè lần thứ XXI.',
    );
    expect(e.documents.map((d) => d.name)).toContain(
      'Nghị quyết Đại hội đại biểu Đảng bộ huyện Mường Tè lần thứ XXI',
    );
  });
});
