// Rule of decision 0136: the one class of the nineteenth held-out Vietnamese batch that a data line
// covers in the time the batch left — the supreme court and procuracy by their initials and level word
// ("VKSND tối cao", "TAND tối cao"). Every sentence is written for this file (invented names, real
// bodies, kinds of documents with invented numbers) and differs from the batch's articles; the rule
// tests fail on the rules before decision 0136, the guard passes on both.
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

describe('the supreme court and procuracy by their initials', () => {
  it('reads "Phó Viện trưởng VKSND tối cao" as the Supreme Procuracy, not a bare "VKSND"', () => {
    const r = read(
      'Sáng 10/6, Viện kiểm sát nhân dân tỉnh Hà Tĩnh tổ chức hội nghị sơ kết. Dự hội nghị có bà Trần Thị Mai, Phó Viện trưởng VKSND tối cao.',
    );
    expect(r.holds).toContain('Trần Thị Mai | Phó Viện trưởng | VKSND tối cao');
    expect(r.bodies).toContain('VKSND tối cao');
    expect(r.bodies).not.toContain('VKSND');
  });

  it('reads "Phó Chánh án TAND tối cao" as the Supreme Court', () => {
    const r = read(
      'Chiều 3/9, ông Lê Văn Tâm, Phó Chánh án TAND tối cao, làm việc với Tòa án nhân dân tỉnh Bắc Ninh.',
    );
    expect(r.holds).toContain('Lê Văn Tâm | Phó Chánh án | TAND tối cao');
    expect(r.bodies).not.toContain('TAND');
  });

  it('still reads a provincial procuracy by its initials and locality (guard)', () => {
    const r = read('Ông Hoàng Đức Lâm, Viện trưởng VKSND tỉnh Quảng Trị, báo cáo tại hội nghị.');
    expect(r.holds).toContain('Hoàng Đức Lâm | Viện trưởng | VKSND tỉnh Quảng Trị');
  });
});
