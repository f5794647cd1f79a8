// Rules of decision 0122: two classes the sixteenth held-out Vietnamese batch left open (0120,
// classes 2 and 7) — a foreign agency's office in Viet Nam named by the agency's initials, and the
// post that heads it, "Trưởng đại diện". Every sentence is written for this file (invented names,
// real agencies) and differs from the batch's articles; each rule test fails on the rules before
// decision 0122, the guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extraction-views.ts';

const read = (text: string) => {
  const e = extractText(text, 'vi', '2025-11-20');
  return {
    persons: e.persons.map((p) => p.name),
    bodies: e.organizations.map((o) => o.name),
    holds: e.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '∅'}`),
  };
};

describe("a foreign agency's office in Viet Nam", () => {
  it('keeps "tại Việt Nam" in the name of an office named by initials', () => {
    const r = read('Văn phòng KOICA tại Việt Nam cam kết tài trợ 5 triệu USD cho tỉnh Quảng Trị.');
    expect(r.bodies).toContain('Văn phòng KOICA tại Việt Nam');
    expect(r.bodies).not.toContain('Văn phòng KOICA');
  });

  it('gives a director the whole office, "Văn phòng đại diện … tại Việt Nam"', () => {
    const r = read('Tham dự có bà Emily Carter, Giám đốc Văn phòng đại diện USAID tại Việt Nam.');
    expect(r.holds).toContain('Emily Carter | Giám đốc | Văn phòng đại diện USAID tại Việt Nam');
  });

  it('leaves a Vietnamese office and the place after it apart (guard)', () => {
    const r = read('Ông Hà Quốc Bảo, Chánh Văn phòng UBND tỉnh tại Đà Nẵng, báo cáo.');
    expect(r.holds).toContain('Hà Quốc Bảo | Chánh Văn phòng | Văn phòng UBND tỉnh');
  });
});

describe('the head of a foreign agency\'s office, "Trưởng đại diện"', () => {
  it('reads "Trưởng đại diện" as the post held in the office', () => {
    const r = read('Ông Tanaka Kenji, Trưởng đại diện Văn phòng JICA tại Việt Nam, phát biểu tại buổi lễ.');
    expect(r.holds).toContain('Tanaka Kenji | Trưởng đại diện | Văn phòng JICA tại Việt Nam');
  });

  it('reads the deputy, "Phó Trưởng đại diện", after the name', () => {
    const r = read(
      'Bà Kim Soo-yeon, Phó Trưởng đại diện Văn phòng KOICA tại Việt Nam, trao quà cho học sinh.',
    );
    expect(r.holds).toContain('Kim Soo-yeon | Phó Trưởng đại diện | Văn phòng KOICA tại Việt Nam');
  });
});
