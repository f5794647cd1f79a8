// Rule of decision 0138: a department named after its holder's post that repeats the head ("Cục
// trưởng Cục …", "Vụ trưởng Vụ …") by a sentence-case run no field of fields.txt covers. Every
// sentence is written for this file (invented names, kinds of real departments) and differs from the
// held-out batches; the rule tests fail on the rules before decision 0138, the guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extraction-views.ts';

const read = (text: string, publishedAt: string | null = '2025-06-10') => {
  const e = extractText(text, 'vi', publishedAt);
  return {
    bodies: e.organizations.map((o) => o.name),
    holds: e.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '∅'}`),
  };
};

describe('a department named after its holder post by a sentence-case run', () => {
  it('reads "Cục trưởng Cục Chuyển đổi số quốc gia" as the department and its head', () => {
    const r = read('Ông Lê Văn Tâm, Cục trưởng Cục Chuyển đổi số quốc gia, đã dự hội nghị trực tuyến.');
    expect(r.bodies).toContain('Cục Chuyển đổi số quốc gia');
    expect(r.holds).toContain('Lê Văn Tâm | Cục trưởng | Cục Chuyển đổi số quốc gia');
  });

  it('reads "Phó Cục trưởng Cục Tần số vô tuyến điện" with its deputy', () => {
    const r = read('Bà Đinh Thị Hạnh, Phó Cục trưởng Cục Tần số vô tuyến điện, trình bày báo cáo.');
    expect(r.holds).toContain('Đinh Thị Hạnh | Phó Cục trưởng | Cục Tần số vô tuyến điện');
  });

  it('still reads a department by its field, not the holder after it (guard)', () => {
    const r = read('Cục trưởng Cục Thuế Phan Văn Lực dự hội nghị.');
    expect(r.holds).toContain('Phan Văn Lực | Cục trưởng | Cục Thuế');
    expect(r.bodies).not.toContain('Cục Thuế Phan Văn Lực');
  });

  it('does not read a capitalised head alone, without the post, as a department (guard)', () => {
    const r = read('Cục Tần số vô tuyến điện cũng có mặt tại buổi làm việc.');
    expect(r.bodies).not.toContain('Cục Tần số vô tuyến điện');
  });
});

const chairs = (text: string) =>
  extractText(text, 'vi', '2025-07-20')
    .relations.filter((r) => r.type === 'CHAIRED')
    .map((r) => r.person);

describe('the members listed in a congress presidium after its chair', () => {
  const congress =
    'Sáng 20/7, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đồng chí Lò Văn Khải, Bí thư Đảng ủy xã, thay mặt Đoàn Chủ tịch điều hành đại hội.';

  it('reads each member after "Cùng trong Đoàn Chủ tịch có các đồng chí:" as chairing', () => {
    const c = chairs(
      `${congress} Cùng trong Đoàn Chủ tịch có các đồng chí: Vi Thị Nguyệt, Phó Bí thư Đảng ủy xã; Hà Quang Định, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.`,
    );
    expect(c).toEqual(expect.arrayContaining(['Lò Văn Khải', 'Vi Thị Nguyệt', 'Hà Quang Định']));
  });

  it('does not make the guests listed after "Dự đại hội có" chairs (guard)', () => {
    const c = chairs(
      `${congress} Dự đại hội có các đồng chí: Vi Thị Nguyệt, Phó Bí thư Đảng ủy xã; Hà Quang Định, Chủ tịch UBND xã.`,
    );
    expect(c).not.toContain('Vi Thị Nguyệt');
    expect(c).not.toContain('Hà Quang Định');
  });
});
