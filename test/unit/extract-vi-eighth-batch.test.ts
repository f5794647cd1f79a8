// Rules for the classes the eighth held-out Vietnamese batch (vi-ho8-*, decision 0075) showed
// missing, and for classes decision 0070 left open. Every sentence is written for this file (real
// public posts where named, our own wording), differs from the batch's articles, and fails on the
// rules before decision 0075; the guards pass on both.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf as bodies,
  extractText,
  peopleOf as people,
  personNamesOf as names,
  seatsOf as seats,
} from '../support/extraction-views.ts';

const extract = (text: string) => extractText(text, 'vi', '2025-06-20');
const dates = (e: ReturnType<typeof extract>) => e.events.map((x) => x.date);

describe('a project management board named by lower-case words up to its province', () => {
  it('reads the board whole, and its short form before a director', () => {
    const e = extract(
      'Sáng 12/6, Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Nghệ An tổ chức lễ khánh thành trường học. Giám đốc Ban Quản lý dự án Hoàng Văn Minh báo cáo tại buổi lễ.',
    );
    expect(bodies(e)).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Nghệ An',
    ]);
    expect(seats(e)).toEqual([
      'Hoàng Văn Minh | Giám đốc | Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Nghệ An',
    ]);
    expect(people(e, 'ATTENDED')).toEqual(['Hoàng Văn Minh']);
  });

  it('ends the board at a bare "tỉnh" with its head\'s name right after it', () => {
    const e = extract(
      'Phó Giám đốc Ban Quản lý dự án nông nghiệp tỉnh Trần Văn Lộc trình bày báo cáo ngày 12/6.',
    );
    expect(seats(e)).toEqual(['Trần Văn Lộc | Phó Giám đốc | Ban Quản lý dự án nông nghiệp tỉnh']);
  });

  it('keeps the board to its head when no locality closes the lower-case words', () => {
    const e = extract('Ngày 12/6, Ban Quản lý dự án khởi công xây dựng cầu mới tại xã Tân Phú.');
    expect(bodies(e)).toEqual(['Ban Quản lý dự án']);
  });
});

describe("a people's council's standing committees", () => {
  it('reads "Ban Kinh tế - Ngân sách HĐND tỉnh …" and "Ban Dân tộc HĐND tỉnh" as bodies with heads', () => {
    const e = extract(
      'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Yên Bái Lê Thị Thu và Phó Trưởng Ban Dân tộc HĐND tỉnh Hà Văn Pằn cùng dự hội nghị ngày 12/6.',
    );
    expect(seats(e)).toEqual([
      'Hà Văn Pằn | Phó Trưởng Ban | Ban Dân tộc HĐND tỉnh',
      'Lê Thị Thu | Trưởng Ban | Ban Kinh tế - Ngân sách HĐND tỉnh Yên Bái',
    ]);
  });

  it('still reads the party\'s "Ban Kinh tế Trung ương" as before', () => {
    const e = extract('Trưởng Ban Kinh tế Trung ương Trần Lưu Quang phát biểu tại hội nghị ngày 12/6.');
    expect(seats(e)).toEqual(['Trần Lưu Quang | Trưởng Ban | Ban Kinh tế Trung ương']);
  });
});

describe('a hospital known by its proper name right before its head', () => {
  it('ends the hospital at its name, not one syllable into the holder ("Bệnh viện Bạch Mai Đào …")', () => {
    const e = extract(
      'Cùng dự có Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ và Giám đốc Bệnh viện Hữu nghị Việt Đức Dương Đức Hùng.',
    );
    expect(names(e)).toEqual(['Dương Đức Hùng', 'Đào Xuân Cơ']);
    expect(seats(e)).toEqual([
      'Dương Đức Hùng | Giám đốc | Bệnh viện Hữu nghị Việt Đức',
      'Đào Xuân Cơ | Giám đốc | Bệnh viện Bạch Mai',
    ]);
  });

  it('joins a bare "Bệnh viện" before a post\'s comma to the article\'s hospital, and gives its post to the name', () => {
    const e = extract(
      'Sáng 3/6, Bệnh viện Chợ Rẫy tổ chức hội nghị khoa học. Phó Giám đốc Bệnh viện, BSCKII Lê Văn Hòa phát biểu tại hội nghị.',
    );
    expect(seats(e)).toEqual(['Lê Văn Hòa | Phó Giám đốc | Bệnh viện Chợ Rẫy']);
  });
});

describe('a foreign head of state or party by a post that holds its state', () => {
  it('reads the holder after "Chủ tịch nước" and a country', () => {
    const e = extract('Ngày 12/6, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch nước Lào Thongloun Sisoulith.');
    expect(names(e)).toEqual(['Phạm Minh Chính', 'Thongloun Sisoulith']);
    expect(people(e, 'ATTENDED')).toEqual(['Phạm Minh Chính', 'Thongloun Sisoulith']);
  });

  it('gives the foreign holder the posts chained before ("Tổng Bí thư, Chủ tịch nước Lào X")', () => {
    const e = extract(
      'Sáng 12/6, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.',
    );
    expect(seats(e)).toEqual([
      'Thongloun Sisoulith | Chủ tịch nước | -',
      'Thongloun Sisoulith | Tổng Bí thư | -',
      'Trần Thanh Mẫn | Chủ tịch | Quốc hội',
    ]);
  });

  it("does not give a foreign holder's post to the Vietnamese name before its comma", () => {
    const e = extract(
      'Ngày 12/6, Thủ tướng Phạm Minh Chính, Chủ tịch nước Lào Thongloun Sisoulith cùng dự lễ.',
    );
    expect(seats(e)).toEqual(['Phạm Minh Chính | Thủ tướng | -', 'Thongloun Sisoulith | Chủ tịch nước | -']);
  });

  it('still reads a Vietnamese holder of a fused post', () => {
    const e = extract('Ngày 12/6, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki.');
    expect(names(e)).toEqual(['Ito Naoki', 'Lương Cường']);
  });
});

describe('an inspection commission "họp kỳ thứ N" (a sitting named by its number)', () => {
  it('is a dated session, over a day range written "Từ ngày 8 đến 10/6"', () => {
    expect(dates(extract('Từ ngày 8 đến 10/6, Ủy ban Kiểm tra Tỉnh ủy Sơn La họp kỳ thứ 25.'))).toEqual([
      '2025-06-08',
    ]);
    expect(dates(extract('Chiều 12/6, UBKT Huyện ủy Mường La họp kỳ thứ 40 để xem xét kỷ luật.'))).toEqual([
      '2025-06-12',
    ]);
  });

  it('reads a dated delegation visit by its verbs ("thăm và làm việc")', () => {
    expect(
      dates(extract('Từ ngày 9 đến 11/6, đoàn đại biểu Tỉnh ủy Quảng Ninh thăm và làm việc tại Hàn Quốc.')),
    ).toEqual(['2025-06-09']);
    expect(dates(extract('Đoàn sẽ thăm và làm việc tại Hàn Quốc trong năm tới.'))).toEqual([]);
  });

  it('is no event when a period is counted ("trong kỳ thứ hai")', () => {
    expect(dates(extract('Ngày 12/6, chi bộ báo cáo kết quả trong kỳ thứ hai của năm.'))).toEqual([]);
  });
});

describe("a youth union of a commune or ward ('Đoàn xã …')", () => {
  it('reads "Bí thư Đoàn phường Hòa Bình X" as a post in the ward\'s youth union', () => {
    const e = extract('Sáng 12/6, Bí thư Đoàn phường Hòa Bình Nguyễn Văn An dự hội nghị.');
    expect(seats(e)).toEqual(['Nguyễn Văn An | Bí thư | Đoàn phường Hòa Bình']);
  });

  it('does not read a working team that visits a commune as a body ("đoàn xã")', () => {
    const e = extract('Sáng 12/6, đoàn công tác về xã Phú Lương khảo sát mô hình nông nghiệp.');
    expect(bodies(e)).toEqual([]);
  });
});

describe('a heading in capitals that names a body and the meeting', () => {
  it('ends the body before "LẦN THỨ"', () => {
    const e = extract(
      'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 5\nChiều 12/6, Tỉnh ủy Gia Lai tổ chức hội nghị.',
    );
    expect(bodies(e).filter((b) => /LẦN THỨ/u.test(b))).toEqual([]);
  });
});

describe('an association of foreign businesses "… Nhật Bản tại …"', () => {
  it("reads the country and the place as the association's, not as a person", () => {
    const e = extract(
      'Ngày 12/6, Phó Chủ tịch UBND thành phố Hải Phòng Lê Anh Quân tiếp ông Tanaka Hiroshi, Chủ tịch Hiệp hội Doanh nghiệp Nhật Bản tại Hải Phòng.',
    );
    expect(names(e)).toEqual(['Lê Anh Quân', 'Tanaka Hiroshi']);
    expect(seats(e)).toContain('Tanaka Hiroshi | Chủ tịch | Hiệp hội Doanh nghiệp Nhật Bản tại Hải Phòng');
  });
});

describe('a ward or commune named after a person, with no post before its body', () => {
  it('reads the three syllables as the place, not as a holder', () => {
    const e = extract('Chiều 5/6, UBND phường Lý Thường Kiệt tổ chức hội nghị đối thoại với Nhân dân.');
    expect(names(e)).toEqual([]);
    expect(bodies(e)).toEqual(['UBND phường Lý Thường Kiệt']);
  });

  it('still reads the name after a post and the body as its holder', () => {
    const e = extract('Chiều 5/6, Phó Chủ tịch UBND xã Đinh Công Tráng phát biểu tại hội nghị.');
    expect(seats(e)).toEqual(['Đinh Công Tráng | Phó Chủ tịch | UBND xã']);
  });
});
