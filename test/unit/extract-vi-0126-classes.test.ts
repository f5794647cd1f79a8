// Rules of decision 0126: classes the fifteenth and sixteenth held-out Vietnamese batches left open
// (0118, 0120, 0122). Every sentence is written for this file (invented names, real bodies and
// real kinds of documents) and differs from the batches' articles; each rule test fails on the
// rules before decision 0126, the guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extraction-views.ts';

const read = (text: string, publishedAt: string | null = '2025-11-20') => {
  const e = extractText(text, 'vi', publishedAt);
  return {
    persons: e.persons.map((p) => p.name),
    bodies: e.organizations.map((o) => o.name),
    events: e.events.map((x) => `${x.name} | ${x.date ?? '∅'}`),
    dates: e.events.map((x) => x.date ?? '∅'),
    issued: e.relations.filter((r) => r.type === 'ISSUED').map((r) => `${r.organization} | ${r.document}`),
    holds: e.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '∅'}`),
    attended: e.relations.filter((r) => r.type === 'ATTENDED').map((r) => r.person),
    chaired: e.relations.filter((r) => r.type === 'CHAIRED').map((r) => r.person),
  };
};

describe('the Prime Minister as the issuer of a document', () => {
  it('reads "<code> của Thủ tướng Chính phủ" as a body that issued it', () => {
    const r = read(
      'Ban Thường vụ Huyện ủy yêu cầu các xã thực hiện nghiêm Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ về phòng cháy, chữa cháy.',
    );
    expect(r.bodies).toContain('Thủ tướng Chính phủ');
    expect(r.issued).toContain('Thủ tướng Chính phủ | 20/CT-TTG');
  });

  it('reads the date between the code and "của"', () => {
    const r = read(
      'UBND tỉnh Quảng Trị đã triển khai Công điện số 115/CĐ-TTg ngày 3/11/2025 của Thủ tướng Chính phủ về ứng phó với bão.',
    );
    expect(r.issued).toContain('Thủ tướng Chính phủ | 115/CĐ-TTG');
  });

  it('reads "Thủ tướng" alone after a kind and a bare number', () => {
    const r = read('Sở Y tế quán triệt Chỉ thị 25 của Thủ tướng về công tác y tế dự phòng.');
    expect(r.bodies).toContain('Thủ tướng');
    expect(r.issued).toContain('Thủ tướng | Chỉ thị 25');
  });

  it('reads the passive "do Thủ tướng Chính phủ ban hành"', () => {
    const r = read(
      'Huyện Mường Lát được hỗ trợ theo Quyết định số 90/QĐ-TTg do Thủ tướng Chính phủ ban hành năm 2022.',
    );
    expect(r.issued).toContain('Thủ tướng Chính phủ | 90/QĐ-TTG');
  });

  it('reads the Prime Minister issuing a document he names right after', () => {
    const r = read(
      'Ngày 5/9/2025, Thủ tướng Chính phủ ban hành Chỉ thị số 31/CT-TTg về phòng, chống thiên tai.',
    );
    expect(r.issued).toContain('Thủ tướng Chính phủ | 31/CT-TTG');
  });

  it('leaves a Prime Minister who asks, rewards or is named a post, not a body (guard)', () => {
    for (const text of [
      'Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương khắc phục hậu quả mưa lũ.',
      'Ông Lê Văn Tám được tặng Bằng khen của Thủ tướng Chính phủ.',
      'Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì hội nghị ngày 3/10/2025.',
    ])
      expect(read(text).bodies).not.toContain('Thủ tướng Chính phủ');
  });

  it('gives the post to a name written right after the words (guard)', () => {
    const r = read(
      'Tỉnh thực hiện Công điện số 88/CĐ-TTg của Thủ tướng Chính phủ Phạm Minh Chính về cơn bão số 10.',
    );
    expect(r.bodies).not.toContain('Thủ tướng Chính phủ');
    expect(r.holds.some((h) => h.startsWith('Phạm Minh Chính | Thủ tướng'))).toBe(true);
  });
});
