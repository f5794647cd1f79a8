// Rules of decision 0118: classes decisions 0113 and 0115 left open — the sides of a meeting named
// after "Về phía … có", an embassy's diplomatic ranks as posts, a post given after the committees
// a designated official joins, "hứa" followed by what is pledged as a speech, and the board of a
// body ("Ban Giám đốc Công an tỉnh"). Every sentence is written for this file (invented names,
// real public posts, places and bodies); each test fails on the rules before decision 0118, the
// guards pass on both.
import { describe, expect, it } from 'vitest';
import { articleDateline, siteDate } from '../../ingest/read/dateline.ts';
import { bodyNamesOf, extractText, peopleOf, personNamesOf, postsOf } from '../support/extraction-views.ts';

const vi = (text: string) => extractText(text, 'vi', '2025-12-10');

describe('the sides of a meeting named after "Về phía … có"', () => {
  it('reads the guests and the hosts each side names as attending', () => {
    const e = vi(
      'Chiều 3/12, UBND tỉnh Hà Tĩnh tổ chức buổi làm việc với đoàn công tác tỉnh Gyeonggi (Hàn Quốc). Về phía khách có ông Park Jin-woo, Phó Tỉnh trưởng tỉnh Gyeonggi. Về phía tỉnh có các đồng chí Trần Thị Lan, Phó Chủ tịch UBND tỉnh và Hoàng Minh Đức, Giám đốc Sở Ngoại vụ.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Hoàng Minh Đức', 'Park Jin-woo', 'Trần Thị Lan']);
  });

  it('reads no list in "Về phía tỉnh," opening a statement (guard)', () => {
    const e = vi(
      'Sáng 4/12, Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Về phía tỉnh, các dự án của doanh nghiệp do ông Lê Văn Sơn làm giám đốc đã được cấp phép.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });
});

describe("an embassy's diplomatic ranks", () => {
  it('reads "Tham tán", "Tham tán Công sứ" and "Bí thư thứ hai" as posts in the embassy', () => {
    const e = vi(
      'Dự buổi tiếp có bà Kim Soo-jin, Tham tán Đại sứ quán Hàn Quốc tại Việt Nam; ông Lee Dong-hyun, Tham tán Công sứ Đại sứ quán Hàn Quốc tại Việt Nam và ông Choi Jae-won, Bí thư thứ hai Đại sứ quán Hàn Quốc tại Việt Nam.',
    );
    expect(postsOf(e)).toEqual([
      'Choi Jae-won | Bí thư thứ hai',
      'Kim Soo-jin | Tham tán',
      'Lee Dong-hyun | Tham tán Công sứ',
    ]);
    expect(e.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.organization)).toEqual([
      'Đại sứ quán Hàn Quốc tại Việt Nam',
      'Đại sứ quán Hàn Quốc tại Việt Nam',
      'Đại sứ quán Hàn Quốc tại Việt Nam',
    ]);
  });
});

describe('a post given after the committees a designated official joins', () => {
  it('gives the post after "tham gia …, … và giữ chức" to the one designated', () => {
    const e = vi(
      'Ban Thường vụ Tỉnh ủy Quảng Trị đã chỉ định Đại tá Phan Văn Tú tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2025 - 2030.',
    );
    expect(postsOf(e)).toEqual(['Phan Văn Tú | Bí thư']);
    expect(e.relations.find((r) => r.type === 'HOLDS_POSITION')?.organization).toBe('Đảng ủy Công an tỉnh');
  });

  it('gives no post across a sentence end or to a name when another name comes first (guard)', () => {
    expect(postsOf(vi('Đại tá Phan Văn Tú tham gia Ban Chấp hành. Và giữ chức vụ gì thì chưa rõ.'))).toEqual(
      [],
    );
    const e = vi('Đại tá Phan Văn Tú tham gia đoàn công tác cùng ông Lê Minh Hải và giữ chức Trưởng đoàn.');
    expect(postsOf(e).filter((p) => p.startsWith('Phan Văn Tú'))).toEqual([]);
  });
});

describe('"hứa" followed by what is pledged is a speech', () => {
  it('makes the one who pledges a speaker, so an attendant', () => {
    const e = vi(
      'Sáng 5/12, Công an tỉnh Nghệ An tổ chức lễ công bố quyết định về công tác cán bộ. Thượng tá Nông Minh Tiến hứa phát huy truyền thống của đơn vị. Trung tá Lò Văn Khải hứa cùng tập thể chỉ huy xây dựng đơn vị vững mạnh.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lò Văn Khải', 'Nông Minh Tiến']);
  });

  it('keeps the family name Hứa in a list (guard)', () => {
    expect(
      personNamesOf(
        vi('Dự hội nghị có các đồng chí: Lê Minh Hải, Bí thư Huyện ủy; Hứa Cùng Thành, Chủ tịch UBND huyện.'),
      ),
    ).toEqual(['Hứa Cùng Thành', 'Lê Minh Hải']);
  });
});

describe("the board of a body's directors", () => {
  it('reads "Ban Giám đốc" and "Ban Giám hiệu" with their body as a body', () => {
    const e = vi(
      'Thứ trưởng đề nghị Ban Giám đốc Công an tỉnh Quảng Trị tiếp tục nâng cao chất lượng công tác. Ban Giám hiệu Trường THPT Phan Bội Châu đã khen thưởng học sinh.',
    );
    expect(bodyNamesOf(e)).toEqual(
      expect.arrayContaining([
        'Ban Giám đốc Công an tỉnh Quảng Trị',
        'Ban Giám hiệu Trường THPT Phan Bội Châu',
      ]),
    );
  });

  it('reads no body in "Ban Giám đốc" alone (guard)', () => {
    expect(bodyNamesOf(vi('Dự lễ có Ban Giám đốc, lãnh đạo các phòng nghiệp vụ.'))).toEqual([]);
  });
});

describe("a saved page's long-form site date", () => {
  const page = [
    'BÁO HÀ TĨNH',
    'Chính trị    Kinh tế    Xã hội',
    'Thứ Sáu, ngày 5 tháng 12 năm 2025',
    '',
    'Tỉnh ủy Hà Tĩnh làm việc với đoàn công tác tỉnh Gyeonggi',
    '',
    'Chiều 4.12, tại trụ sở Tỉnh ủy, đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy Hà Tĩnh chủ trì buổi làm việc với đoàn công tác tỉnh Gyeonggi (Hàn Quốc). Năm 2026 là năm kỷ niệm 30 năm hợp tác của hai địa phương.',
  ].join('\n');

  it('reads "ngày 5 tháng 12 năm 2025" as the site date, never the dateline', () => {
    expect(siteDate(page)).toBe('2025-12-05');
    expect(articleDateline(page)).toBeNull();
    expect(articleDateline('BÁO X\nngày 5 tháng 12 năm 2025 14:30\n\nTin')).toBe('2025-12-05');
  });

  it("dates the page's meetings in the site date's year, not a year the text names", () => {
    const e = extractText(page, 'vi', null);
    expect(e.events.map((ev) => ev.date)).toEqual(['2025-12-04']);
  });
});

describe('a document titled by what it regulates ("Nghị quyết quy định …")', () => {
  it('reads the adopted title whole, past the comma of "cán bộ, công chức"', () => {
    const e = vi(
      'Tại kỳ họp, HĐND tỉnh Nghệ An đã thông qua Nghị quyết về bảng giá đất năm 2026 và Nghị quyết quy định mức hỗ trợ cán bộ, công chức, viên chức nghỉ việc trước tuổi nghỉ hưu.',
    );
    expect(e.documents.map((d) => d.name)).toEqual([
      'Nghị quyết về bảng giá đất năm 2026',
      'Nghị quyết quy định mức hỗ trợ cán bộ, công chức, viên chức nghỉ việc trước tuổi nghỉ hưu',
    ]);
  });

  it('reads no document in "quy định" as the verb of one named before (guard)', () => {
    const e = vi(
      'Nghị quyết quy định rõ trách nhiệm của các sở, ngành. Nghị quyết quy định mức chi cho từng xã.',
    );
    expect(e.documents).toEqual([]);
  });
});

describe('a school named up to its proper name, then "và"', () => {
  it('ends the name at the proper name, not at the place of the noun joined by "và"', () => {
    const e = vi('Đoàn đã trao 50 suất quà cho học sinh Trường Tiểu học Kim Đồng và điểm trường bản Nà Hẩu.');
    expect(bodyNamesOf(e)).toEqual(['Trường Tiểu học Kim Đồng']);
  });

  it('still reads a sentence-case name on to its locality (guard)', () => {
    expect(bodyNamesOf(vi('Quỹ Đầu tư phát triển tỉnh Gia Lai đã ký kết hợp tác.'))).toEqual([
      'Quỹ Đầu tư phát triển tỉnh Gia Lai',
    ]);
  });
});
