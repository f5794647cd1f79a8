// Rules of decision 0103: classes the thirteenth held-out Vietnamese batch (vi-ho13-*, real-length
// pages) left open after decision 0100 — a post chain in the next sentence, a topic name whose
// comma is followed by the main clause's subject, personnel grammar. Every sentence is written for
// this file (invented names, real public posts) and differs from the batch's articles; each test of
// a class fails on the rules before decision 0103, the guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extraction-views.ts';

/** "person | role | body" of every HOLDS_POSITION, sorted. */
function holds(text: string): string[] {
  return extractText(text, 'vi', '2025-12-02')
    .relations.filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '-'}`)
    .sort();
}

describe('a post chain stated after the name in another way', () => {
  it('gives the chain of "Đồng chí hiện là …" to the person the sentence before named', () => {
    expect(
      holds(
        'Sáng 2/12, Sở Nội vụ tỉnh Nam Định tổ chức hội nghị tổng kết năm. Chủ trì hội nghị có đồng chí Đào Minh Quang. Đồng chí hiện là Phó Chủ tịch UBND tỉnh Nam Định, Bí thư Đảng ủy Sở Nội vụ.',
      ),
    ).toEqual([
      'Đào Minh Quang | Bí thư | Đảng ủy Sở Nội vụ',
      'Đào Minh Quang | Phó Chủ tịch | UBND tỉnh Nam Định',
    ]);
  });

  it('gives no post across two sentences (guard)', () => {
    expect(
      holds(
        'Chủ trì hội nghị có đồng chí Đào Minh Quang. Hội nghị kéo dài một ngày. Ông hiện là Phó Chủ tịch UBND tỉnh Nam Định.',
      ),
    ).toEqual([]);
  });

  it('reads "Ông A hiện giữ chức P" with no comma', () => {
    expect(
      holds(
        'Sáng 2/12, Sở Tư pháp tỉnh Hòa Bình tổ chức hội nghị. Ông Lò Văn Sơn hiện giữ chức Giám đốc Sở Tư pháp tỉnh Hòa Bình.',
      ),
    ).toEqual(['Lò Văn Sơn | Giám đốc | Sở Tư pháp tỉnh Hòa Bình']);
  });
});

describe('"Đối với đồng chí A, <post> <verb> …": the post is the main clause\'s subject', () => {
  it('gives the topic person no post', () => {
    expect(
      holds(
        'Sáng 2/12, Thành ủy Cần Thơ tổ chức hội nghị. Đối với đồng chí Trương Văn Lộc, Bí thư Thành ủy ghi nhận những đóng góp của đồng chí.',
      ),
    ).toEqual([]);
  });

  it('still gives a post closed by a comma after the topic name (guard)', () => {
    expect(
      holds(
        'Đối với đồng chí Trương Văn Lộc, Phó Bí thư Thành ủy Cần Thơ, hội nghị ghi nhận những đóng góp của đồng chí.',
      ),
    ).toEqual(['Trương Văn Lộc | Phó Bí thư | Thành ủy Cần Thơ']);
  });
});

describe('personnel grammar', () => {
  it('gives the post of "bổ nhiệm P đối với ông A" to A', () => {
    expect(
      holds(
        'Sáng 2/12, UBND tỉnh Phú Thọ công bố quyết định về bổ nhiệm Phó Giám đốc Sở Y tế đối với ông Hà Quang Vinh.',
      ),
    ).toEqual(['Hà Quang Vinh | Phó Giám đốc | Sở Y tế']);
  });

  it('reads "được điều động giữ chức" with no second verb', () => {
    expect(
      holds(
        'Đồng chí Hà Quang Vinh, Bí thư Đảng ủy phường Lê Chân, được điều động giữ chức Phó Trưởng Ban Tổ chức Thành ủy.',
      ),
    ).toEqual([
      'Hà Quang Vinh | Bí thư | Đảng ủy phường Lê Chân',
      'Hà Quang Vinh | Phó Trưởng Ban | Ban Tổ chức Thành ủy',
    ]);
  });

  it('reads "điều động, bổ nhiệm ông A, P1, đến nhận công tác và giữ chức P2"', () => {
    expect(
      holds(
        'UBND tỉnh Phú Thọ quyết định điều động, bổ nhiệm ông Hà Quang Vinh, Phó Giám đốc Sở Y tế, đến nhận công tác và giữ chức Giám đốc Sở Nội vụ tỉnh Phú Thọ.',
      ),
    ).toEqual([
      'Hà Quang Vinh | Giám đốc | Sở Nội vụ tỉnh Phú Thọ',
      'Hà Quang Vinh | Phó Giám đốc | Sở Y tế',
    ]);
  });

  it('still reads "trao quyết định bổ nhiệm ông A giữ chức P" and "được bầu giữ chức" (guards)', () => {
    expect(
      holds(
        'Phó Chủ tịch UBND tỉnh Phú Thọ Nguyễn Thanh Hải trao quyết định bổ nhiệm ông Hà Quang Vinh giữ chức Phó Giám đốc Sở Y tế tỉnh Phú Thọ.',
      ),
    ).toEqual([
      'Hà Quang Vinh | Phó Giám đốc | Sở Y tế tỉnh Phú Thọ',
      'Nguyễn Thanh Hải | Phó Chủ tịch | UBND tỉnh Phú Thọ',
    ]);
    expect(
      holds('Ông Nguyễn Thanh Hải được bầu giữ chức Chủ tịch UBND tỉnh Phú Thọ nhiệm kỳ 2021-2026.'),
    ).toEqual(['Nguyễn Thanh Hải | Chủ tịch | UBND tỉnh Phú Thọ']);
  });
});

describe("a plan's year on a page with no date is not the article's year", () => {
  const dates = (text: string, publishedAt: string | null = null) =>
    extractText(text, 'vi', publishedAt).events.map((e) => e.date);

  it("dates nothing when the only year is a plan's or a budget's", () => {
    expect(
      dates('Sáng 9/12, UBND tỉnh Ninh Bình tổ chức hội nghị bàn giải pháp thực hiện kế hoạch năm 2026.'),
    ).toEqual([null]);
    expect(
      dates('Sáng 9/12, HĐND tỉnh Ninh Bình khai mạc kỳ họp thứ 12, xem xét dự toán ngân sách năm 2026.'),
    ).toEqual([null]);
  });

  it('dates nothing when the plan year is later than the year reviewed', () => {
    expect(
      dates(
        'Sáng 9/12, UBND tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.',
      ),
    ).toEqual([null]);
  });

  it('still dates by the year reviewed, a written year or the publication date (guards)', () => {
    expect(dates('Sáng 9/12, UBND tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2025.')).toEqual([
      '2025-12-09',
    ]);
    expect(dates('Sáng 9/12/2025, UBND tỉnh Ninh Bình tổ chức hội nghị bàn kế hoạch năm 2026.')).toEqual([
      '2025-12-09',
    ]);
    expect(
      dates(
        'Sáng 9/12, UBND tỉnh Ninh Bình tổ chức hội nghị bàn kế hoạch năm 2026.',
        '2025-12-09T10:00:00+07:00',
      ),
    ).toEqual(['2025-12-09']);
  });
});

describe("a saved page's furniture in capitals names no body", () => {
  const bodies = (text: string) =>
    extractText(text, 'vi', '2025-12-09')
      .organizations.map((o) => o.name)
      .sort();

  it('reads no body in the masthead above the menu nor in the lines under "XEM THÊM"', () => {
    expect(
      bodies(
        'BÁO NHÂN DÂN\nTRANG CHỦ | CHÍNH TRỊ | KINH TẾ\nSáng 9/12, Tỉnh ủy Ninh Bình tổ chức hội nghị. Đồng chí Đoàn Minh Huấn, Bí thư Tỉnh ủy Ninh Bình chủ trì.\nXEM THÊM\nBAN TUYÊN GIÁO TỈNH ỦY NINH BÌNH\nĐẢNG BỘ TỈNH NINH BÌNH',
      ),
    ).toEqual(['Tỉnh ủy Ninh Bình']);
  });

  it('still reads a body in a heading in capitals that says something of it, and in prose (guard)', () => {
    expect(
      bodies(
        'ĐẢNG BỘ TỈNH NINH BÌNH TỔ CHỨC HỘI NGHỊ\nSáng 9/12, Ban Tuyên giáo Tỉnh ủy Ninh Bình tổ chức hội nghị.',
      ),
    ).toEqual(['Ban Tuyên giáo Tỉnh ủy Ninh Bình', 'Tỉnh ủy Ninh Bình', 'ĐẢNG BỘ TỈNH NINH BÌNH']);
  });
});

describe('foreign bodies in Vietnamese text', () => {
  const bodies = (text: string) =>
    extractText(text, 'vi', '2025-12-09')
      .organizations.map((o) => o.name)
      .sort();

  it("reads a state body followed by its country as that country's body", () => {
    expect(
      bodies(
        'Sáng 9/12, Bộ Ngoại giao Nhật Bản và Bộ Ngoại giao Việt Nam tổ chức tham vấn chính trị lần thứ 10.',
      ),
    ).toEqual(['Bộ Ngoại giao Nhật Bản', 'Bộ Ngoại giao Việt Nam']);
    expect(bodies('Chính phủ Pháp cam kết tiếp tục hỗ trợ các dự án y tế tại tỉnh Thừa Thiên Huế.')).toEqual([
      'Chính phủ Pháp',
    ]);
  });

  it('keeps "Quốc hội" and "Quốc hội Campuchia" apart', () => {
    const e = extractText(
      'Sáng 9/12, Phó Chủ tịch Quốc hội Nguyễn Đức Hải tiếp đoàn công tác của Quốc hội Campuchia.',
      'vi',
      '2025-12-09',
    );
    expect(e.organizations.map((o) => o.name).sort()).toEqual(['Quốc hội', 'Quốc hội Campuchia']);
    expect(e.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.organization)).toEqual([
      'Quốc hội',
    ]);
  });

  it("reads a partner country's ruling party named whole", () => {
    expect(
      bodies('Chiều 9/12, đoàn đại biểu cấp cao Đảng Nhân dân Cách mạng Lào thăm tỉnh Nghệ An.'),
    ).toEqual(['Đảng Nhân dân Cách mạng Lào']);
  });
});
