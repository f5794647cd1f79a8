// Rules of decision 0115: classes decisions 0108 and 0111 left open — family names that are more
// often something else ("Văn", "A"), the later members of a presidium list, a visit's span and a
// sitting inside it, bodies of a foreign party and of the head of government. Every sentence is
// written for this file (invented names, real public posts, places and bodies); each test fails
// on the rules before decision 0115, the guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText, peopleOf, postsOf, seatsOf } from '../support/extraction-views.ts';
import { articleDateline, siteDate } from '../../ingest/read/dateline.ts';

const vi = (text: string) => extractText(text, 'vi', '2025-12-10');
const personNames = (text: string) =>
  vi(text)
    .persons.map((p) => p.name)
    .sort();

describe('the family name "Văn", read only where a person starts', () => {
  it('reads "Văn" after a post\'s head as a family name, with the posts and the chair', () => {
    const e = vi('Chủ tọa phiên tòa là Thẩm phán Văn Hữu Phước, Phó Chánh án TAND tỉnh Nghệ An.');
    expect(e.persons.map((p) => p.name)).toEqual(['Văn Hữu Phước']);
    expect(postsOf(e)).toEqual(['Văn Hữu Phước | Phó Chánh án', 'Văn Hữu Phước | Thẩm phán']);
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Văn Hữu Phước']);
  });

  it('reads a list member opening with "Văn" after ";" when a post follows its comma', () => {
    const e = vi('Dự lễ có các đồng chí: Lê Minh Hải, Bí thư Huyện ủy; Văn Công Thành, Chủ tịch UBND huyện.');
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lê Minh Hải', 'Văn Công Thành']);
  });

  it('reads no person in "Văn" as a middle name, an office or a two-word place (guard)', () => {
    expect(personNames('Chánh Văn phòng Tỉnh ủy Trần Văn Lợi dự hội nghị.')).toEqual(['Trần Văn Lợi']);
    expect(personNames('Bí thư Huyện ủy Văn Chấn Hoàng Văn Nga chủ trì hội nghị.')).toEqual([
      'Hoàng Văn Nga',
    ]);
    expect(personNames('Các xã của huyện Văn Yên gồm: Văn Phú Đông, Mậu Đông và Đông Cuông.')).toEqual([]);
  });
});

describe('names opening with "A"', () => {
  it('reads "A" after a post\'s head and as a list member with a post', () => {
    expect(peopleOf(vi('Chính ủy A Lăng Tuấn phát biểu tại buổi lễ.'), 'ATTENDED')).toEqual(['A Lăng Tuấn']);
    const e = vi(
      'Dự hội nghị có các đồng chí: Lê Minh Hải, Bí thư Huyện ủy; A Pớt Hùng, Chủ tịch UBND huyện.',
    );
    expect(postsOf(e)).toEqual(['A Pớt Hùng | Chủ tịch', 'Lê Minh Hải | Bí thư']);
  });

  it('reads no person in the letter "A" of an enumeration or a place (guard)', () => {
    expect(personNames('Kết quả được chia thành các nhóm: A Lưới Nam Đông, nhóm B và nhóm C.')).toEqual([]);
    expect(personNames('Chủ tịch UBND huyện A Lưới Hồ Văn Ngọc dự hội nghị.')).toEqual(['Hồ Văn Ngọc']);
    expect(personNames('Phương án A Hội đồng đã thông qua.')).toEqual([]);
  });
});

describe('presidium and attendance lists to their last member', () => {
  it('reads a later member whose family name no list holds ("…; Mẫn Minh Đức, Chủ nhiệm …")', () => {
    const e = vi(
      'Sáng 9/12, Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX khai mạc. Đoàn Chủ tịch đại hội gồm các đồng chí: Lê Hồng Vinh, Bí thư Tỉnh ủy; Trần Quốc Bảo, Phó Bí thư Tỉnh ủy; Hoàng Thị Mai, Chủ tịch UBND tỉnh; Mẫn Minh Đức, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.',
    );
    expect(peopleOf(e, 'CHAIRED')).toEqual([
      'Hoàng Thị Mai',
      'Lê Hồng Vinh',
      'Mẫn Minh Đức',
      'Trần Quốc Bảo',
    ]);
  });

  it('reads an unlisted family name first in a list after "các đồng chí:"', () => {
    expect(
      personNames(
        'Dự hội nghị có các đồng chí: Mẫn Minh Đức, Bí thư Tỉnh ủy; Trần Quốc Bảo, Phó Bí thư Tỉnh ủy.',
      ),
    ).toEqual(['Mẫn Minh Đức', 'Trần Quốc Bảo']);
  });

  it('reads no person in a list of places after ":" (guard)', () => {
    expect(personNames('Các địa phương tham gia gồm: Tây Nguyên Đắk Lắk, Bí thư Tỉnh ủy dự.')).toEqual([]);
  });

  it('reads no verb inside a body\'s name: "Trưởng Ban Chỉ đạo; đồng chí B" keeps B in the list', () => {
    const e = vi(
      'Sáng 9/12, Báo Nghệ An tổ chức lễ trao giải. Dự buổi lễ có đồng chí Lê Hồng Vinh, Trưởng Ban Chỉ đạo; đồng chí Trần Minh Phúc, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lê Hồng Vinh', 'Trần Minh Phúc']);
  });

  it("reads a commissar's pledge on behalf of the unit as a speech at its ceremony", () => {
    const e = vi(
      'Sáng 9/12, Sư đoàn 316 tổ chức lễ kỷ niệm. Thay mặt cán bộ, chiến sĩ đơn vị, Đại tá Lò Văn Tài, Chính ủy Sư đoàn 316 hứa sẽ phát huy truyền thống.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Lò Văn Tài']);
  });

  it('reads no speech in "hứa hẹn" (holds promise) (guard)', () => {
    const e = vi(
      'Sáng 9/12, Sở Công Thương tỉnh Nghệ An tổ chức hội nghị. Giám đốc Sở Công Thương Trần Văn Hùng hứa hẹn nhiều triển vọng cho ngành.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });
});

describe("a visit's span and a sitting inside it, in one sentence", () => {
  const datesOf = (text: string, publishedAt: string | null = '2025-12-10') =>
    extractText(text, 'vi', publishedAt).events.map((e) => e.date);

  it('reads the visit by its first day and the talks on the day inside the span as a second meeting', () => {
    expect(
      datesOf(
        'Nhân dịp chuyến thăm và làm việc tại tỉnh Nghệ An từ ngày 14 đến 16.11, chiều 15.11, đoàn đại biểu tỉnh Xiêng Khoảng do đồng chí Lê Văn Tám, Phó Chủ tịch UBND tỉnh dẫn đầu đã hội đàm với lãnh đạo tỉnh.',
      ),
    ).toEqual(['2025-11-14', '2025-11-15']);
  });

  it('reads one meeting when no meeting noun follows the day inside the span (guard)', () => {
    expect(
      datesOf(
        'Từ ngày 14 đến 16/11, Hội đồng nhân dân tỉnh Nghệ An tổ chức kỳ họp thứ 30, sáng 15/11 thảo luận tổ.',
      ),
    ).toEqual(['2025-11-14']);
  });
});

describe("a saved page's site date without a time", () => {
  const page = (siteLine: string, body: string) =>
    `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN\nTrang chủ | Tin tức | Chính quyền | Văn bản | Liên hệ\n${siteLine}\n\n${body}`;
  const datesOf = (text: string) => extractText(text, 'vi', null).events.map((e) => e.date);

  it('gives the year of an undated day, over a later year the text names', () => {
    expect(
      datesOf(
        page(
          'Thứ Hai, 08/12/2025',
          'Ngày 5/12, UBND tỉnh Nghệ An tổ chức Hội nghị sơ kết giai đoạn I, triển khai giai đoạn II (2026-2030) và kế hoạch đến ngày 31/1/2026.',
        ),
      ),
    ).toEqual(['2025-12-05']);
  });

  it('bounds the days: a day and month after the site date is of the year before', () => {
    expect(
      datesOf(page('Thứ Hai, 05/01/2026', 'Ngày 29/12, Sở Nội vụ tỉnh Nghệ An tổ chức hội nghị tổng kết.')),
    ).toEqual(['2025-12-29']);
  });

  it('is never the article\'s "today", and a dateline with a time still wins (guards)', () => {
    expect(
      datesOf(page('Thứ Hai, 08/12/2025', 'Sáng nay, Sở Nội vụ tỉnh Nghệ An tổ chức hội nghị tổng kết.')),
    ).toEqual([null]);
    // The reader dates such a record by its dateline (ingest/read/record.ts); the site's date is then not read.
    const withDateline = page(
      'Thứ Hai, 08/12/2025',
      'Thứ Sáu, 14/11/2024 09:15\nNgày 13/11, Sở Nội vụ tổ chức hội nghị.',
    );
    expect([articleDateline(withDateline), siteDate(withDateline)]).toEqual(['2024-11-14', null]);
  });
});

describe("bodies: a foreign party's central committee, a department named in sentence case", () => {
  it("reads a partner party's central committee whole, as the body of the post", () => {
    const e = vi(
      'Đồng chí Xay-xổm-phon Phôm-vi-hản, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch Quốc hội Lào dự hội nghị.',
    );
    expect(e.organizations.map((o) => o.name)).toContain(
      'Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào',
    );
    expect(seatsOf(e)).toContain(
      'Xay-xổm-phon Phôm-vi-hản | Ủy viên | Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào',
    );
  });

  it('reads the unit of "Trưởng phòng Tổng hợp" and of a dashed name before its parent body', () => {
    expect(seatsOf(vi('Ông Lê Văn Nam, Trưởng phòng Tổng hợp, phát biểu.'))).toEqual([
      'Lê Văn Nam | Trưởng phòng | phòng Tổng hợp',
    ]);
    expect(
      seatsOf(vi('Bà Trần Thị Hoa, Phó Trưởng phòng Kế hoạch - Tài chính Sở Y tế, dự hội nghị.')),
    ).toEqual(['Trần Thị Hoa | Phó Trưởng phòng | phòng Kế hoạch - Tài chính Sở Y tế']);
  });

  it('reads no department in a room named alone, nor in a bare "Trưởng phòng" (guards)', () => {
    expect(vi('Đoàn đã tham quan Phòng Truyền thống, Phòng Hội nghị của đơn vị.').organizations).toEqual([]);
    expect(seatsOf(vi('Trưởng phòng, ông Lê Văn Nam, cho biết kết quả.'))).toEqual([
      'Lê Văn Nam | Trưởng phòng | -',
    ]);
  });
});
