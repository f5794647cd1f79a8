// The Vietnamese miss classes decision 0056 left open (its "Left" list; decision 0065), each pinned
// on sentences written for this file: several phrasings per class and the sentences that must NOT
// produce the thing. Real public names and posts, our own wording; no corpus or held-out text.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/types.ts';
import {
  bodyNamesOf as bodies,
  documentPairsOf as pairs,
  extractText,
  peopleOf as people,
  personNamesOf as names,
  postsOf as posts,
  seatsOf as seats,
} from '../support/extraction-views.ts';

const extract = (text: string, publishedAt: string | null = '2024-05-10') =>
  extractText(text, 'vi', publishedAt);
const eventDates = (e: Extraction): (string | null)[] => e.events.map((ev) => ev.date);

describe('1. a foreign leader or guest after a post and a country', () => {
  it('reads a Latin name after "Post Country"', () => {
    const e = extract('Chiều 12/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong.');
    expect(names(e)).toEqual(['Lawrence Wong', 'Phạm Minh Chính']);
    expect(seats(e)).toContain('Lawrence Wong | Thủ tướng | -');
    expect(people(e, 'ATTENDED')).toEqual(['Lawrence Wong', 'Phạm Minh Chính']);
  });

  it('reads a Sino-Vietnamese reading, which looks Vietnamese, by its position', () => {
    const e = extract('Sáng 3/4, Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.');
    expect(names(e)).toEqual(['Tô Lâm', 'Tập Cận Bình']);
    expect(seats(e)).toContain('Tập Cận Bình | Chủ tịch | -');
  });

  it('reads the country written as a state and an ambassador\'s "tại Việt Nam"', () => {
    const e = extract(
      'Ngày 6/6, Chủ tịch nước Lương Cường tiếp Tổng thống Cộng hòa Pháp Emmanuel Macron. Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam.',
    );
    expect(names(e)).toEqual(['Choi Young Sam', 'Emmanuel Macron', 'Lương Cường', 'Trần Hồng Hà']);
    expect(seats(e)).toEqual(
      expect.arrayContaining(['Emmanuel Macron | Tổng thống | -', 'Choi Young Sam | Đại sứ | -']),
    );
  });

  it('reads a minister named with a field and a country, and a one-word name', () => {
    const e = extract(
      'Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi và Bộ trưởng Quốc phòng Indonesia Sjafrie Sjamsoeddin dự lễ. Thủ tướng Campuchia Hun Manet cũng dự.',
    );
    expect(names(e)).toEqual(['Hun Manet', 'Iwaya Takeshi', 'Sjafrie Sjamsoeddin']);
  });

  it('reads no person where no name follows the country, or where a body does', () => {
    const e = extract(
      'Tổng thống Mỹ đã gửi thư chúc mừng. Đại sứ quán Nhật Bản tổ chức lễ kỷ niệm. Thủ tướng Singapore và phu nhân thăm Hội An.',
    );
    expect(names(e)).toEqual([]);
    // A Vietnamese holder is still read as before, country words or not.
    const e2 = extract('Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Lào. Ông Lào Văn Sử dự.');
    expect(names(e2)).toEqual(['Bùi Thanh Sơn', 'Lào Văn Sử']);
    // A province that opens with a country's name is the province ("Lào Cai", not Laos).
    const e3 = extract('Phó Chủ tịch Lào Cai Nguyễn Văn Sơn phát biểu.');
    expect(names(e3)).toEqual(['Nguyễn Văn Sơn']);
  });
});

describe('2. an abbreviation defined in brackets and reused', () => {
  it('reads the later "EVN" as the body it abbreviates, in a post', () => {
    const e = extract(
      'Ngày 3/5, Tập đoàn Điện lực Việt Nam (EVN) tổ chức hội nghị. Tổng Giám đốc EVN Nguyễn Anh Tuấn chủ trì hội nghị.',
    );
    expect(bodies(e)).toEqual(['Tập đoàn Điện lực Việt Nam']);
    expect(e.organizations[0]!.aliases).toEqual(['EVN']);
    expect(seats(e)).toEqual(['Nguyễn Anh Tuấn | Tổng Giám đốc | Tập đoàn Điện lực Việt Nam']);
  });

  it("reads a name with a hyphen, and the abbreviation inside another body's name", () => {
    const e = extract(
      'Ngày 4/3, Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) khai trương trung tâm dữ liệu. Đảng ủy Viettel ban hành Kế hoạch số 20-KH/ĐU.',
    );
    expect(bodies(e)).toEqual(['Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Đảng ủy Viettel']);
    expect(pairs(e, 'ISSUED')).toEqual(['Đảng ủy Viettel | 20-KH/ĐU']);
  });

  it('reads a two-word name in brackets ("Vietnam Airlines") reused alone', () => {
    const e = extract(
      'Tổng công ty Hàng không Việt Nam (Vietnam Airlines) tổ chức hội nghị. Chủ tịch Hội đồng quản trị Vietnam Airlines Đặng Ngọc Hòa phát biểu.',
    );
    expect(bodies(e)).toContain('Tổng công ty Hàng không Việt Nam');
    expect(e.organizations.find((o) => o.name === 'Tổng công ty Hàng không Việt Nam')!.aliases).toEqual([
      'Vietnam Airlines',
    ]);
  });

  it('makes no body of a word in brackets never defined, nor of a place in brackets', () => {
    const e = extract('Viettel cho biết sẽ mở rộng mạng 5G. Sở Y tế (Hà Nội) khuyến cáo người dân.');
    expect(bodies(e)).toEqual(['Sở Y tế']);
  });
});

describe('3. two posts joined by "kiêm"', () => {
  it('gives a post without a body the body of the post after "kiêm"', () => {
    const e = extract('Chủ tịch kiêm Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng chủ trì hội nghị.');
    expect(seats(e)).toEqual([
      'Lê Mạnh Hùng | Chủ tịch | Tập đoàn Dầu khí Việt Nam',
      'Lê Mạnh Hùng | Tổng Giám đốc | Tập đoàn Dầu khí Việt Nam',
    ]);
  });

  it('reads both posts after the name', () => {
    const e = extract(
      'Ông Nguyễn Văn Hùng, Chủ tịch kiêm Tổng Giám đốc Tổng công ty Đường sắt Việt Nam, phát biểu.',
    );
    expect(seats(e)).toEqual([
      'Nguyễn Văn Hùng | Chủ tịch | Tổng công ty Đường sắt Việt Nam',
      'Nguyễn Văn Hùng | Tổng Giám đốc | Tổng công ty Đường sắt Việt Nam',
    ]);
  });

  it('keeps each post its own body ("Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh")', () => {
    const e = extract('Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Thái Bình Ngô Đông Hải dự hội nghị.');
    expect(posts(e)).toEqual(['Ngô Đông Hải | Bí thư', 'Ngô Đông Hải | Chủ tịch']);
    const e2 = extract('Đồng chí Lê Minh Hưng, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh, phát biểu.');
    expect(seats(e2)).toEqual(['Lê Minh Hưng | Bí thư | Tỉnh ủy', 'Lê Minh Hưng | Chủ tịch | HĐND tỉnh']);
  });

  it('does not lend a body backwards over "kiêm" to a post that has its own', () => {
    const e = extract('Giám đốc Sở Tài chính kiêm Trưởng ban Nguyễn Văn Dũng phát biểu.');
    expect(seats(e)).toContain('Nguyễn Văn Dũng | Giám đốc | Sở Tài chính');
    expect(seats(e)).not.toContain('Nguyễn Văn Dũng | Trưởng ban | Sở Tài chính');
    // A post that names its body by itself keeps none across "kiêm".
    const e2 = extract('Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu.');
    expect(seats(e2)).toEqual([
      'Bùi Thanh Sơn | Bộ trưởng | Bộ Ngoại giao',
      'Bùi Thanh Sơn | Phó Thủ tướng | -',
    ]);
  });
});

describe('4. "Căn cứ …" and "Thực hiện …" opening a sentence as implementing', () => {
  it('gives the document of "Căn cứ …," to the body after the comma', () => {
    const e = extract(
      'Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy Quảng Ninh ban hành Kế hoạch số 20-KH/TU.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Tỉnh ủy Quảng Ninh | 57-NQ/TW']);
    expect(pairs(e, 'ISSUED')).toEqual(['Bộ Chính trị | 57-NQ/TW', 'Tỉnh ủy Quảng Ninh | 20-KH/TU']);
  });

  it('takes the body after the comma over the article\'s body ("Thực hiện …, Sở …")', () => {
    const e = extract(
      'Ngày 2/3, UBND tỉnh Hà Tĩnh tổ chức hội nghị. Thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị, Sở Nội vụ đã ban hành hướng dẫn.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Sở Nội vụ | 45-CT/TW']);
    const e2 = extract(
      'Căn cứ Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, Ban Thường vụ Huyện ủy Tiên Du đã ban hành Kế hoạch số 45-KH/HU.',
    );
    expect(pairs(e2, 'IMPLEMENTS')).toEqual(['Ban Thường vụ Huyện ủy Tiên Du | 21-KL/TW']);
  });

  it('cites, not implements, the grounds of a ruling ("Căn cứ Quy định …, Ủy ban Kiểm tra quyết định kỷ luật")', () => {
    const e = extract(
      'Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương, Ủy ban Kiểm tra Tỉnh ủy Bắc Giang quyết định thi hành kỷ luật.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual([]);
  });

  it('reads no document relation from "căn cứ" without a document', () => {
    const e = extract(
      'Căn cứ vào tình hình thực tế, Sở Y tế đề xuất phương án. Bộ Quốc phòng xây dựng căn cứ hậu cần mới.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual([]);
  });
});

describe('5. a sitting dated only as today or yesterday', () => {
  it('dates "Hôm qua" / "Chiều qua" to the day before the article\'s date', () => {
    const e = extract(
      'Hôm qua, Chính phủ họp phiên họp thường kỳ tháng 4. Thủ tướng Phạm Minh Chính chủ trì.',
    );
    expect(eventDates(e)).toEqual(['2024-05-09']);
    const e2 = extract('Chiều qua, HĐND tỉnh Bắc Ninh khai mạc kỳ họp thứ 5.', '2024-07-01');
    expect(eventDates(e2)).toEqual(['2024-06-30']);
  });

  it('dates "Sáng nay … kỳ họp thứ 5" to the article\'s date', () => {
    const e = extract('Sáng nay, HĐND tỉnh Bắc Ninh khai mạc kỳ họp thứ 5.');
    expect(eventDates(e)).toEqual(['2024-05-10']);
  });

  it("guesses no date without a cue, nor without the article's date", () => {
    expect(eventDates(extract('HĐND tỉnh Bắc Ninh khai mạc kỳ họp thứ 5.'))).toEqual([null]);
    expect(eventDates(extract('Hôm qua, HĐND tỉnh Bắc Ninh khai mạc kỳ họp thứ 5.', null))).toEqual([null]);
    // "năm qua", "thời gian qua" are periods, not yesterday.
    expect(
      eventDates(extract('Trong năm qua, HĐND tỉnh đã tổ chức kỳ họp thứ 5 và thời gian qua đã giám sát.')),
    ).toEqual([null]);
  });
});

describe('6. a host who reports to a visiting delegation attends', () => {
  it('reads "Báo cáo với đoàn, Post X cho biết …" as X attending', () => {
    const e = extract(
      'Ngày 5/5, Thứ trưởng Bộ Y tế Trần Văn Thuấn làm việc với UBND tỉnh Lào Cai. Báo cáo với đoàn, Phó Chủ tịch UBND tỉnh Hoàng Quốc Khánh cho biết tỉnh đã hoàn thành kế hoạch.',
    );
    expect(people(e, 'ATTENDED')).toContain('Hoàng Quốc Khánh');
  });

  it('reads "Báo cáo kết quả …, X …" and "Phát biểu tại buổi làm việc, X …" as X attending', () => {
    const e = extract(
      'Ngày 7/5, đoàn công tác của Bộ Nội vụ làm việc tại tỉnh Yên Bái. Báo cáo kết quả thực hiện kế hoạch, Giám đốc Sở Nội vụ Nguyễn Văn Thành cho biết đã sắp xếp xong bộ máy. Phát biểu tại buổi làm việc, Chủ tịch UBND tỉnh Trần Huy Tuấn đề nghị Bộ hỗ trợ.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyễn Văn Thành', 'Trần Huy Tuấn']);
  });

  it('does not make a person named after "Báo cáo của …" a second speaker', () => {
    const e = extract(
      'Báo cáo của Chính phủ cho thấy tăng trưởng đạt 6%. Phó Thủ tướng Hồ Đức Phớc nói thêm.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });
});

describe('7. a bare MTTQ, HĐND or UBND with nothing to resolve to', () => {
  it('makes no body of a bare abbreviation the article does not name in full', () => {
    const e = extract(
      'Ngày 2/4, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị. Đại diện MTTQ, các đoàn thể và HĐND đã dự.',
    );
    expect(bodies(e)).toEqual(['Hội Nông dân tỉnh Nghệ An']);
  });

  it('still joins a bare form to the one body the article names in full', () => {
    const e = extract(
      'Ngày 2/4, UBND tỉnh Gia Lai tổ chức hội nghị. Phó Chủ tịch UBND Nguyễn Tuấn Anh chủ trì. Đại diện Ủy ban MTTQ Việt Nam tỉnh Gia Lai và MTTQ dự.',
    );
    expect(bodies(e)).toEqual(['UBND tỉnh Gia Lai', 'Ủy ban MTTQ Việt Nam tỉnh Gia Lai']);
    expect(seats(e)).toEqual(['Nguyễn Tuấn Anh | Phó Chủ tịch | UBND tỉnh Gia Lai']);
  });

  it('keeps a bare form with its level word for the resolver to place ("HĐND tỉnh", "UBND xã")', () => {
    const e = extract('Ngày 9/4, tại xã Tân Hòa, lãnh đạo HĐND tỉnh và UBND xã tiếp xúc cử tri.');
    expect(bodies(e)).toEqual(['HĐND tỉnh', 'UBND xã']);
    // A list closed by one level word shares it: "HĐND" of "HĐND, UBND tỉnh" is the province's.
    const e2 = extract('Ngày 9/4, đại diện lãnh đạo HĐND, UBND tỉnh đã dự lễ khởi công.');
    expect(bodies(e2)).toEqual(['HĐND', 'UBND tỉnh']);
  });
});

describe('8. military posts and their bodies', () => {
  it('reads the region, the military region and the provincial command of a post', () => {
    const e = extract(
      'Chuẩn Đô đốc Phạm Văn Hoành, Tư lệnh Vùng 3 Hải quân, dự lễ. Chính ủy Quân khu 7 Trần Vinh Ngọc và Đại tá Lê Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Đồng Nai, cùng dự.',
    );
    expect(seats(e)).toEqual([
      'Lê Văn Sơn | Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh Đồng Nai',
      'Phạm Văn Hoành | Tư lệnh | Vùng 3 Hải quân',
      'Trần Vinh Ngọc | Chính ủy | Quân khu 7',
    ]);
  });

  it('makes no body of "Vùng" as a word of geography', () => {
    const e = extract('Vùng Tây Nguyên có nhiều tiềm năng. Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên phát biểu.');
    expect(bodies(e)).toEqual(['Tỉnh ủy Gia Lai']);
  });
});

describe('9. Huế, a centrally-run city since 2025, and Thừa Thiên Huế, the old province', () => {
  it("keeps the city's bodies and the province's apart in one article", () => {
    const e = extract(
      'Ngày 5/1, UBND thành phố Huế tổ chức lễ công bố. Nguyên Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương, nay là Chủ tịch UBND thành phố Huế, phát biểu. Thành ủy Huế gửi lời cảm ơn.',
    );
    expect(bodies(e)).toEqual(['Thành ủy Huế', 'UBND thành phố Huế', 'UBND tỉnh Thừa Thiên Huế']);
  });

  it('reads "Thừa Thiên - Huế" and "TP Huế" as places, and "Huế" in a name as a name', () => {
    const e = extract(
      'Tỉnh ủy Thừa Thiên - Huế tổ chức hội nghị. Phó Chủ tịch HĐND TP Huế Lê Thị Huế phát biểu.',
    );
    expect(bodies(e)).toEqual(['HĐND TP Huế', 'Tỉnh ủy Thừa Thiên - Huế']);
    expect(names(e)).toEqual(['Lê Thị Huế']);
  });
});
