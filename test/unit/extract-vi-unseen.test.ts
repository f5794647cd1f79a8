// Rules added for the classes the held-out set (test/fixtures/heldout-vi, decision 0040) showed
// missing. Each sentence is written for this file (real public facts, our own wording), differs
// from the held-out articles, and fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import {
  bodyNamesOf as bodies,
  documentPairsOf as pairs,
  extractText,
  peopleOf as people,
  personNamesOf as names,
  postsOf as posts,
} from '../support/extraction-views.ts';

const extract = (text: string) => extractText(text, 'vi', '2024-06-01');

describe('posts across a list of names', () => {
  it('gives "Post1 A, Post2 B" each post to the name written after it', () => {
    const e = extract(
      'Dự hội nghị có Bí thư Tỉnh ủy Hưng Yên Nguyễn Hữu Nghĩa, Chủ tịch UBND tỉnh Trần Quốc Văn.',
    );
    expect(posts(e)).toEqual(['Nguyễn Hữu Nghĩa | Bí thư', 'Trần Quốc Văn | Chủ tịch']);
  });

  it('gives a repeated post to each name ("Thứ trưởng A, Thứ trưởng B")', () => {
    const e = extract('Cùng dự có Thứ trưởng Lê Tấn Dũng, Thứ trưởng Nguyễn Văn Phúc.');
    expect(posts(e)).toEqual(['Lê Tấn Dũng | Thứ trưởng', 'Nguyễn Văn Phúc | Thứ trưởng']);
    expect(people(e, 'ATTENDED')).toEqual(['Lê Tấn Dũng', 'Nguyễn Văn Phúc']);
  });

  it('gives a plural post to every member of its list, up to a member with a post of its own', () => {
    const e = extract(
      'Tham dự có các Phó Chủ tịch UBND tỉnh Đặng Văn Minh, Nguyễn Ngọc Tuấn và Giám đốc Sở Tài chính Lê Văn Hoài.',
    );
    expect(posts(e)).toEqual([
      'Lê Văn Hoài | Giám đốc',
      'Nguyễn Ngọc Tuấn | Phó Chủ tịch',
      'Đặng Văn Minh | Phó Chủ tịch',
    ]);
  });

  it('gives a plural post to "hai Post A và B"', () => {
    const e = extract('Dự buổi làm việc có hai Phó Bí thư Tỉnh ủy Lê Quang Hùng và Phạm Anh Tuấn.');
    expect(posts(e)).toEqual(['Lê Quang Hùng | Phó Bí thư', 'Phạm Anh Tuấn | Phó Bí thư']);
  });

  it('still reads "A, Post1, Post2" as one person\'s chain', () => {
    const e = extract('Đồng chí Nguyễn Văn Thắng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.');
    expect(posts(e)).toEqual(['Nguyễn Văn Thắng | Bí thư', 'Nguyễn Văn Thắng | Chủ tịch']);
  });
});

describe('names whose family name is not in the list', () => {
  it('reads a name after a body and its place when a middle name marks it', () => {
    const e = extract('Bí thư Huyện ủy Nậm Pồ Lò Văn Chiến chủ trì buổi làm việc.');
    expect(names(e)).toEqual(['Lò Văn Chiến']);
    const e2 = extract(
      'Phó Chủ tịch UBND huyện Mường Chà Mùa A Vảng dự lễ. Chủ tịch UBND xã Sín Thầu Pờ Thị Lan cũng dự.',
    );
    expect(names(e2)).toContain('Pờ Thị Lan');
  });

  it('reads an unlisted family name before "Văn"/"Thị" and a given name', () => {
    const e = extract('Dự hội nghị có ông Phìn Văn Páo, Chủ tịch UBND xã Y Tý.');
    expect(names(e)).toEqual(['Phìn Văn Páo']);
    const e2 = extract('Phó Chủ tịch HĐND tỉnh Xồng Thị Mai phát biểu tại kỳ họp.');
    expect(names(e2)).toEqual(['Xồng Thị Mai']);
  });

  it('reads Khmer and Gia Rai family names (Kim, Sơn, Rah Lan)', () => {
    const e = extract(
      'Cùng dự có Phó Chủ tịch UBND tỉnh Sóc Trăng Kim Ngọc Thái, Chủ tịch Hội Nông dân tỉnh Sơn Thị Ánh và Chủ tịch UBND tỉnh Gia Lai Rah Lan Chung.',
    );
    expect(names(e)).toEqual(['Kim Ngọc Thái', 'Rah Lan Chung', 'Sơn Thị Ánh']);
  });

  it('keeps a place with "Văn" in it a place', () => {
    const e = extract(
      'Huyện ủy Đồng Văn tổ chức hội nghị. Bí thư Huyện ủy Đồng Văn Lương Văn Chiến chủ trì.',
    );
    expect(names(e)).toEqual(['Lương Văn Chiến']);
    expect(e.organizations.map((o) => o.name)).toContain('Huyện ủy Đồng Văn');
  });
});

describe('army, police and courts', () => {
  it('reads a command named with the military region it commands', () => {
    const e = extract('Bộ Tư lệnh Quân khu 2 tổ chức diễn tập tại Phú Thọ.');
    expect(bodies(e)).toContain('Bộ Tư lệnh Quân khu 2');
  });

  it('reads a border post named by its place, and its political officer', () => {
    const e = extract('Thiếu tá Lầu A Sình, Chính trị viên Đồn Biên phòng Mù Cả dự lễ.');
    expect(bodies(e)).toEqual(['Đồn Biên phòng Mù Cả']);
    expect(posts(e)).toEqual(['Lầu A Sình | Chính trị viên']);
  });

  it('reads a police department whose field is written in lower case', () => {
    const e = extract('Đại tá Lê Văn Tuấn, Trưởng Phòng Cảnh sát giao thông Công an tỉnh báo cáo.');
    expect(bodies(e)).toContain('Phòng Cảnh sát giao thông Công an tỉnh');
    expect(posts(e)).toEqual(['Lê Văn Tuấn | Trưởng Phòng']);
  });

  it('reads the supreme court and procuracy with their heads', () => {
    const e = extract(
      'Dự phiên họp có Chánh án Tòa án nhân dân tối cao Lê Minh Trí và Viện trưởng Viện kiểm sát nhân dân tối cao Nguyễn Huy Tiến.',
    );
    expect(bodies(e)).toEqual(['Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao']);
    expect(posts(e)).toEqual(['Lê Minh Trí | Chánh án', 'Nguyễn Huy Tiến | Viện trưởng']);
  });
});

describe('false positives', () => {
  it('does not read a conference centre as a body', () => {
    const e = extract(
      'Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh Hà Giang, do UBND tỉnh Hà Giang tổ chức.',
    );
    expect(bodies(e)).toEqual(['UBND tỉnh Hà Giang']);
  });

  it('leaves out bodies followed by a plural of localities ("… các xã, phường")', () => {
    const e = extract(
      'Tham dự có Thường trực Huyện ủy Bảo Lâm và lãnh đạo Đảng ủy, UBND các xã, thị trấn trên địa bàn.',
    );
    expect(bodies(e)).toEqual(['Huyện ủy Bảo Lâm', 'Thường trực Huyện ủy Bảo Lâm']);
  });

  it('keeps a bare body named on its own', () => {
    const e = extract('Ngày 3/6, HĐND tỉnh Bến Tre khai mạc kỳ họp. Đại diện MTTQ tỉnh cũng dự.');
    expect(bodies(e)).toContain('MTTQ tỉnh');
  });

  it('does not list a late leader who is only remembered or quoted', () => {
    const e = extract(
      'Bí thư Tỉnh ủy Lê Minh Hưng chủ trì hội nghị. Đồng chí nhắc lời cố Thủ tướng Võ Văn Kiệt: “Có những lúc cần phải đổi mới”.',
    );
    expect(names(e)).toEqual(['Lê Minh Hưng']);
  });
});

describe('documents', () => {
  it('gives documents listed after "Đó là" (no colon) the issuer and implementer of the announcing sentence', () => {
    const e = extract(
      'Ngày 4/6, Đảng ủy Sở Y tế quán triệt hai chỉ thị của Ban Bí thư. Đó là Chỉ thị số 25-CT/TW và Chỉ thị số 38-CT/TW.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Ban Bí thư | 25-CT/TW', 'Ban Bí thư | 38-CT/TW']);
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Đảng ủy Sở Y tế | 25-CT/TW', 'Đảng ủy Sở Y tế | 38-CT/TW']);
  });

  it('keeps "Đó là" before anything but a document a sentence of its own', () => {
    const e = extract(
      'Đảng ủy Sở Y tế quán triệt hai chỉ thị của Ban Bí thư. Đó là nhiệm vụ trọng tâm của năm nay.',
    );
    expect(e.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });

  it('reads the congress resolution of a sector organisation with words of any case in its name', () => {
    const e = extract(
      'Đảng ủy Quân khu 7 quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Quân khu 7 lần thứ XI, nhiệm kỳ 2020 - 2025.',
    );
    expect(e.documents.map((d) => d.name)).toEqual([
      'Nghị quyết Đại hội đại biểu Đảng bộ Quân khu 7 lần thứ XI, nhiệm kỳ 2020 - 2025',
    ]);
  });
});

describe('attendance cues', () => {
  it('makes the members and hosts of a visiting delegation attend', () => {
    const e = extract(
      'Ngày 5/6, đoàn công tác Trung ương làm việc với Tỉnh ủy Sơn La. Tham gia đoàn có đồng chí Nguyễn Hải Trung. Tiếp đoàn có đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy. Cùng đi có đồng chí Hoàng Quốc Khánh.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Hoàng Quốc Khánh', 'Nguyễn Hải Trung', 'Nguyễn Hữu Đông']);
  });

  it('makes every speaker of "A, B lần lượt phát biểu" and a paper\'s author attend', () => {
    const e = extract(
      'Tại hội nghị, các đồng chí Trần Văn Sơn, Lê Thị Hồng Vân lần lượt phát biểu. Đồng chí Hà Văn Tám, Giám đốc Sở Nội vụ tham luận về cải cách hành chính.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Hà Văn Tám', 'Lê Thị Hồng Vân', 'Trần Văn Sơn']);
  });
});

describe('given names that are also province names', () => {
  // Checked, already right: a province spelling inside a name of three or more syllables, or after
  // an honorific, stays part of the name; the province before a name is still the body's place.
  it('keeps "Hòa Bình", "Huế", "Hà Tĩnh", "Quảng Nam" in a person\'s name', () => {
    const e = extract(
      'Chủ tịch UBND tỉnh Nguyễn Hòa Bình chủ trì. Dự có Phó Bí thư Tỉnh ủy Trần Thị Huế, ông Trần Quảng Nam và bà Đỗ Thị Hà Tĩnh.',
    );
    expect(names(e)).toEqual(['Nguyễn Hòa Bình', 'Trần Quảng Nam', 'Trần Thị Huế', 'Đỗ Thị Hà Tĩnh']);
    expect(bodies(e)).toEqual(['Tỉnh ủy', 'UBND tỉnh']);
  });

  it("reads a province written before a name as the body's place", () => {
    const e = extract('Phó Chủ tịch UBND tỉnh Hà Nam Trần Xuân Dưỡng dự hội nghị.');
    expect(names(e)).toEqual(['Trần Xuân Dưỡng']);
    expect(bodies(e)).toEqual(['UBND tỉnh Hà Nam']);
  });
});

// Decision 0048: the classes the third held-out batch (vi-ho3-*) and the second's open misses
// (vi-ho2-*) showed missing. Every sentence below is written for this file and fails on the code
// before its rule; the guards pass on both.
describe('speakers listed before a speech verb (decision 0048)', () => {
  it('makes every member of "Post1 A, Post2 B phát biểu" attend', () => {
    const e = extract(
      'Giám đốc Sở Tài chính Nguyễn Văn Hải, Giám đốc Sở Y tế Trần Thị Mai phát biểu ý kiến tại hội nghị.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyễn Văn Hải', 'Trần Thị Mai']);
  });

  it('makes every member of "Các đại biểu A, B phát biểu" attend', () => {
    const e = extract('Các đại biểu Lê Văn Bình, Phan Thị Thu và Đỗ Minh Tâm phát biểu tham luận.');
    expect(people(e, 'ATTENDED')).toEqual(['Lê Văn Bình', 'Phan Thị Thu', 'Đỗ Minh Tâm']);
  });

  it('still leaves out a name the speaker acts on behalf of', () => {
    const e = extract(
      'Thừa ủy quyền của Thủ tướng Phạm Minh Chính, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà trao quyết định.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Phạm Thị Thanh Trà']);
  });
});

describe('issuers of documents (decision 0048)', () => {
  it('gives a document both issuers of "của Bộ Chính trị, Ban Bí thư"', () => {
    const e = extract(
      'Sáng 6/3, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị triển khai Kết luận số 121-KL/TW của Bộ Chính trị, Ban Bí thư về tổng kết Nghị quyết số 18-NQ/TW.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Ban Bí thư | 121-KL/TW', 'Bộ Chính trị | 121-KL/TW']);
  });

  it('does not make a body that opens the next clause a co-issuer', () => {
    const e = extract(
      'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành kế hoạch tổ chức đại hội.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Bộ Chính trị | 35-CT/TW']);
  });

  it('does not make a central body that a verb follows after the comma a co-issuer', () => {
    const e = extract(
      'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Bí thư ban hành Hướng dẫn số 26-HD/TW về công tác nhân sự.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Ban Bí thư | 26-HD/TW', 'Bộ Chính trị | 35-CT/TW']);
  });

  it('gives the documents of a sentence the issuer named in the next ("Các nghị quyết này do … ban hành")', () => {
    const e = extract(
      'Chiều 2/4, Đảng ủy Bộ Tài chính quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW. Hai nghị quyết này do Bộ Chính trị ban hành đầu năm 2025.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Bộ Chính trị | 57-NQ/TW', 'Bộ Chính trị | 59-NQ/TW']);
  });

  it('does not take the body that leads the work on those documents as their issuer', () => {
    const e = extract(
      'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW. Nghị quyết này do Ban Tuyên giáo Tỉnh ủy chủ trì triển khai.',
    );
    expect(pairs(e, 'ISSUED')).toEqual([]);
  });
});

describe('bodies and posts of the National Assembly, the army and the police (decision 0048)', () => {
  it("reads the National Assembly's Ethnic Council and its members", () => {
    const e = extract(
      'Dự có Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kđăm và các Ủy viên Hội đồng Dân tộc Hà Thị Nga, Lò Văn Muôn.',
    );
    expect(bodies(e)).toEqual(['Hội đồng Dân tộc']);
    expect(posts(e)).toEqual([
      'Hà Thị Nga | Ủy viên',
      'Lò Văn Muôn | Ủy viên',
      'Y Thanh Hà Niê Kđăm | Chủ tịch',
    ]);
  });

  it('reads a coast guard region command and a border post commander', () => {
    const e = extract(
      'Đại tá Trần Văn Xuân, Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 4 và Thiếu tá Vàng A Pó, Đồn trưởng Đồn Biên phòng A Pa Chải dự lễ.',
    );
    expect(bodies(e)).toEqual(['Bộ Tư lệnh Vùng Cảnh sát biển 4', 'Đồn Biên phòng A Pa Chải']);
    expect(posts(e)).toEqual(['Trần Văn Xuân | Chính ủy', 'Vàng A Pó | Đồn trưởng']);
  });

  it('reads a police department whose field starts "An ninh"', () => {
    const e = extract('Trưởng phòng An ninh chính trị nội bộ Hà Văn Tuấn dự hội nghị.');
    expect(bodies(e)).toEqual(['phòng An ninh chính trị nội bộ']);
  });

  it('reads "Quân khu" alone as the numbered military region the article names, in a chain of posts', () => {
    const e = extract(
      'Ngày 4/1, Đảng ủy Quân khu 7 tổ chức hội nghị. Trung tướng Trần Vinh Ngọc, Chính ủy Quân khu, Bí thư Đảng ủy Quân khu chủ trì hội nghị.',
    );
    expect(posts(e)).toEqual(['Trần Vinh Ngọc | Bí thư', 'Trần Vinh Ngọc | Chính ủy']);
  });
});

describe('meeting dates (decision 0048)', () => {
  it('dates a meeting whose span follows a duration ("Trong hai ngày, từ 3 đến 4/5")', () => {
    const e = extract('Trong hai ngày, từ 3 đến 4/5, HĐND tỉnh Hà Nam tổ chức kỳ họp thứ 18.');
    expect(e.events.map((v) => v.date)).toEqual(['2024-05-03']);
  });

  it('dates a sitting held with "họp phiên"', () => {
    const e = extract('Ngày 12/4, Thường trực HĐND tỉnh Vĩnh Long họp phiên thường kỳ tháng 4.');
    expect(e.events.map((v) => v.date)).toEqual(['2024-04-12']);
  });
});

describe('buildings and Ê Đê names (decision 0048)', () => {
  it('does not read an administrative centre building as a body, but keeps the public-service centre', () => {
    const e = extract('Hội nghị diễn ra tại Trung tâm Hành chính tỉnh Bình Định.');
    expect(bodies(e)).toEqual([]);
    const e2 = extract('Ông Lê Văn Nam, Giám đốc Trung tâm Hành chính công tỉnh dự hội nghị.');
    expect(bodies(e2)).toEqual(['Trung tâm Hành chính công tỉnh']);
  });

  it('reads an Ê Đê name opening with "H\'" right after a commune body as a person', () => {
    const e = extract("Chủ tịch Hội Liên hiệp Phụ nữ xã H'Nhi Êban dự hội nghị.");
    expect(names(e)).toEqual(["H'Nhi Êban"]);
  });

  it('keeps places with "H\'" in them places', () => {
    const e = extract(
      "Bí thư Huyện ủy Ea H'leo Nguyễn Văn Hùng và Chủ tịch UBND xã H'Bông Rơ Châm Nghel dự hội nghị.",
    );
    expect(bodies(e)).toEqual(["Huyện ủy Ea H'leo", "UBND xã H'Bông"]);
    expect(names(e)).toEqual(['Nguyễn Văn Hùng', 'Rơ Châm Nghel']);
  });
});

describe('bodies and posts of ministries, corporations, universities and banks (decision 0051)', () => {
  it('reads a national university by its place and a university named by two fields', () => {
    const e = extract(
      'Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh Vũ Hải Quân dự lễ. Hiệu trưởng Trường Đại học Sư phạm Nguyễn Văn Minh phát biểu.',
    );
    expect(bodies(e)).toEqual(['Trường Đại học Sư phạm', 'Đại học Quốc gia Thành phố Hồ Chí Minh']);
    expect(posts(e)).toEqual(['Nguyễn Văn Minh | Hiệu trưởng', 'Vũ Hải Quân | Giám đốc']);
  });

  it("keeps a university named after a person, and stops a corporation's name at its holder's", () => {
    const e = extract(
      'Hiệu trưởng Trường Đại học Phạm Văn Đồng Nguyễn Thị Hoa dự. Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng chủ trì.',
    );
    expect(names(e)).toEqual(['Lê Mạnh Hùng', 'Nguyễn Thị Hoa']);
    expect(bodies(e)).toContain('Tập đoàn Dầu khí Việt Nam');
    expect(bodies(e)).toContain('Trường Đại học Phạm Văn Đồng');
  });

  it('reads state banks, the State Audit, a ministry department and a bureau', () => {
    const e = extract(
      'Phó Tổng Kiểm toán nhà nước Hà Thị Mỹ Dung và Phó Tổng Giám đốc Ngân hàng Chính sách xã hội Nguyễn Đức Hải dự. Vụ trưởng Vụ Pháp chế Trần Văn Đạt, Cục trưởng Cục Hàng hải Lê Đỗ Mười cùng dự.',
    );
    expect(bodies(e)).toEqual(['Cục Hàng hải', 'Ngân hàng Chính sách xã hội', 'Vụ Pháp chế']);
    expect(posts(e)).toEqual([
      'Hà Thị Mỹ Dung | Phó Tổng Kiểm toán nhà nước',
      'Lê Đỗ Mười | Cục trưởng',
      'Nguyễn Đức Hải | Phó Tổng Giám đốc',
      'Trần Văn Đạt | Vụ trưởng',
    ]);
  });

  it('reports UVTW as the post it abbreviates, and a court deputy "thường trực" in lower case', () => {
    const e = extract(
      'Đồng chí Lê Minh Hưng, UVTW Đảng, Trưởng Ban Tổ chức Trung ương dự. Phó Chánh án thường trực Tòa án nhân dân tỉnh Trần Văn Bình báo cáo.',
    );
    expect(posts(e)).toEqual([
      'Lê Minh Hưng | Trưởng Ban',
      'Lê Minh Hưng | Ủy viên Trung ương Đảng',
      'Trần Văn Bình | Phó Chánh án thường trực',
    ]);
  });

  // A guard for the "Vụ" head added here (it passes on the tree before, which had no "Vụ"; the
  // head without the guard read "VỤ CHÍNH TRỊ" in a dev heading).
  it('does not read a syllable of a heading in capitals as a body', () => {
    const e = extract('TẬP TRUNG THỰC HIỆN THẮNG LỢI NHIỆM VỤ CHÍNH TRỊ NĂM 2025');
    expect(bodies(e)).toEqual([]);
  });
});

describe('holders after a place word, Ê Đê names and numbered wards (decision 0051)', () => {
  it('reads a two-word name after "Tỉnh ủy" that the province table does not list as the holder', () => {
    const e = extract('Phó Trưởng ban Dân vận Tỉnh ủy Lê Hùng phát biểu tham luận tại hội nghị.');
    expect(names(e)).toEqual(['Lê Hùng']);
    expect(posts(e)).toEqual(['Lê Hùng | Phó Trưởng ban']);
    const province = extract('Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Duy Lâm dự hội nghị.');
    expect(bodies(province)).toEqual(['Tỉnh ủy Hà Tĩnh']);
  });

  it('reads an Ê Đê man\'s name opening with "Y" after a body, and keeps "Y Tý" a place', () => {
    // "Lê" inside the name is a Kinh family name; it does not end the name, nor make "Y Khoa" a place.
    const e = extract('Phó Chủ tịch UBND huyện Y Khoa Lê Niê Buôn dự lễ.');
    expect(names(e)).toEqual(['Y Khoa Lê Niê Buôn']);
    const place = extract('Chủ tịch UBND xã Y Tý Thào Văn Chư dự lễ.');
    expect(bodies(place)).toEqual(['UBND xã Y Tý']);
    expect(names(place)).toEqual(['Thào Văn Chư']);
  });

  it('keeps the number of a ward of 2025, not a count after a place', () => {
    const e = extract(
      'Chủ tịch UBND phường Sài Gòn 2 Trần Minh Tâm dự. HĐND tỉnh Cao Bằng 5 năm qua đã họp 20 kỳ.',
    );
    expect(bodies(e)).toEqual(['HĐND tỉnh Cao Bằng', 'UBND phường Sài Gòn 2']);
    expect(posts(e)).toEqual(['Trần Minh Tâm | Chủ tịch']);
  });

  it('does not read a street named like a body as one', () => {
    const e = extract('Buổi lễ diễn ra tại số 12 phố Trường Chinh và đường Bộ Đội Biên Phòng.');
    expect(bodies(e)).toEqual([]);
  });
});

describe('chairs, hosts and an issuer two sentences on (decision 0051)', () => {
  it('reads two people who run the meeting as its chairs', () => {
    const e = extract(
      'Chủ tịch HĐND tỉnh Lê Văn A và Phó Chủ tịch HĐND tỉnh Trần Thị B điều hành phiên họp.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Lê Văn A', 'Trần Thị B']);
    const guard = extract('Phó Chủ tịch UBND tỉnh Lê Văn C điều hành công tác kinh tế của tỉnh.');
    expect(people(guard, 'CHAIRED')).toEqual([]);
  });

  it('reads hosts who receive and work with a delegation as attending', () => {
    const e = extract(
      'Đoàn công tác của Bộ Nội vụ làm việc tại tỉnh Cà Mau. Tiếp và làm việc với đoàn có Chủ tịch UBND tỉnh Phạm Thành Ngại.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Phạm Thành Ngại']);
  });

  it('gives the issuer to documents named two sentences before, over a sentence with none', () => {
    const e = extract(
      'Ban Thường vụ Tỉnh ủy quán triệt Chỉ thị số 41-CT/TW và Chỉ thị số 42-CT/TW. Bí thư Tỉnh ủy Lê Văn A chủ trì.\n\nHai chỉ thị này đều do Ban Bí thư ban hành.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Ban Bí thư | 41-CT/TW', 'Ban Bí thư | 42-CT/TW']);
  });
});

describe('"sáng nay" and first sittings (decision 0051)', () => {
  it('dates a meeting held "sáng nay" by the page\'s dateline, else the publication date', () => {
    const e = extract(
      'Thứ Hai, 2/6/2025 10:30 (GMT+7)\n\nSáng nay, Sở Nội vụ tỉnh Hưng Yên tổ chức hội nghị giao ban.',
    );
    expect(e.events.map((v) => v.date)).toEqual(['2025-06-02']);
    const plain = extract('Chiều nay, Sở Y tế tỉnh Bắc Ninh tổ chức hội nghị tập huấn.');
    expect(plain.events.map((v) => v.date)).toEqual(['2024-06-01']);
  });

  it('dates a first sitting', () => {
    const e = extract('Ngày 2/5, Thường trực Tỉnh ủy Ninh Bình họp phiên đầu tiên sau hợp nhất.');
    expect(e.events.map((v) => v.date)).toEqual(['2024-05-02']);
  });
});

const namedDocuments = (text: string) =>
  extract(text)
    .documents.filter((d) => !d.code)
    .map((d) => d.name)
    .sort();

describe('documents named by their subject (decision 0056)', () => {
  it('keeps a list inside a title, "…, …, … và …" to the sentence end', () => {
    expect(
      namedDocuments(
        'Ngày 5/10, Đảng ủy Bộ Công Thương quán triệt Nghị quyết về bảo đảm an ninh năng lượng, phát triển hạ tầng điện và chuyển đổi xanh.',
      ),
    ).toEqual(['Nghị quyết về bảo đảm an ninh năng lượng, phát triển hạ tầng điện và chuyển đổi xanh']);
  });

  it('still ends a title at a comma that opens a clause or the next name', () => {
    expect(
      namedDocuments(
        'Tỉnh ủy quán triệt Nghị quyết về phát triển kinh tế tư nhân, đồng thời giao các sở và ngành xây dựng kế hoạch.',
      ),
    ).toEqual(['Nghị quyết về phát triển kinh tế tư nhân']);
    expect(
      namedDocuments(
        'Hội nghị học tập Nghị quyết về công tác dân tộc, Nghị quyết về phát triển văn hóa và Quy định về kiểm soát quyền lực.',
      ),
    ).toEqual([
      'Nghị quyết về công tác dân tộc',
      'Nghị quyết về phát triển văn hóa',
      'Quy định về kiểm soát quyền lực',
    ]);
  });

  it('keeps "trong tình hình mới" and its kin in a title, and ends it at "và" before another document', () => {
    expect(
      namedDocuments(
        'Ban Thường vụ Tỉnh ủy học tập Nghị quyết về công tác dân tộc trong giai đoạn mới và Kết luận số 14-KL/TW của Bộ Chính trị.',
      ),
    ).toEqual(['Nghị quyết về công tác dân tộc trong giai đoạn mới']);
    expect(
      namedDocuments('Các chi bộ quán triệt Nghị quyết về phát triển kinh tế tư nhân trong toàn Đảng bộ.'),
    ).toEqual(['Nghị quyết về phát triển kinh tế tư nhân']);
  });

  it('keeps the year of a yearly plan, budget or price list in its title', () => {
    expect(
      namedDocuments(
        'Kỳ họp thông qua Nghị quyết về dự toán ngân sách năm 2026 và Nghị quyết về bảng giá đất năm 2026.',
      ),
    ).toEqual(['Nghị quyết về bảng giá đất năm 2026', 'Nghị quyết về dự toán ngân sách năm 2026']);
  });
});

describe('bodies of the National Assembly, the Youth Union, the navy and ministries (decision 0056)', () => {
  it("reads a National Assembly committee of 2025, and a bare 'Ủy ban' after it as that committee", () => {
    const e = extract(
      'Ủy ban Quốc phòng, An ninh và Đối ngoại họp phiên toàn thể. Chủ nhiệm Ủy ban Lê Tấn Tới chủ trì.',
    );
    expect(bodies(e)).toEqual(['Ủy ban Quốc phòng, An ninh và Đối ngoại']);
    expect(e.organizations[0]!.aliases).toEqual(['Ủy ban']);
    expect(posts(e)).toEqual(['Lê Tấn Tới | Chủ nhiệm']);
    const other = extract('Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính Phạm Thị Hồng Yến dự.');
    expect(bodies(other)).toEqual(['Ủy ban Kinh tế và Tài chính']);
    expect(posts(other)).toEqual(['Phạm Thị Hồng Yến | Phó Chủ nhiệm']);
  });

  it('reads the Youth Union\'s central committee, so its secretary\'s name starts after "Đoàn"', () => {
    const e = extract('Bí thư Trung ương Đoàn Nguyễn Minh Triết dự lễ ra quân.');
    expect(names(e)).toEqual(['Nguyễn Minh Triết']);
    expect(bodies(e)).toEqual(['Trung ương Đoàn']);
  });

  it('reads naval regions and the navy command', () => {
    const e = extract(
      'Bộ Tư lệnh Quân chủng Hải quân tổ chức hội nghị. Đại tá Phạm Văn Hòa, Chính ủy Vùng 4 Hải quân dự.',
    );
    expect(bodies(e)).toEqual(['Bộ Tư lệnh Quân chủng Hải quân', 'Quân chủng Hải quân', 'Vùng 4 Hải quân']);
  });

  it("reads a foreign ministry's regional department and a young entrepreneurs' association", () => {
    const e = extract(
      'Dự có Phó Vụ trưởng Vụ Châu Âu Nguyễn Thị Hoa. Hội Doanh nhân trẻ tỉnh Bắc Ninh tổ chức diễn đàn.',
    );
    expect(bodies(e)).toEqual(['Hội Doanh nhân trẻ tỉnh Bắc Ninh', 'Vụ Châu Âu']);
    expect(posts(e)).toEqual(['Nguyễn Thị Hoa | Phó Vụ trưởng']);
  });
});

describe('"thành phố" before a holder (decision 0056)', () => {
  it('reads a name after "thành phố" as the holder, not a street after "phố"', () => {
    const e = extract('Chủ tịch UBND thành phố Trần Sỹ Thanh dự hội nghị.');
    expect(names(e)).toEqual(['Trần Sỹ Thanh']);
    expect(posts(e)).toEqual(['Trần Sỹ Thanh | Chủ tịch']);
  });

  it('reads "Thành phố" written with a capital as the locality word before the place or the holder', () => {
    const e = extract(
      'Thành ủy Thành phố Hà Nội tổ chức hội nghị. Chủ tịch HĐND Thành phố Nguyễn Ngọc Tuấn dự.',
    );
    expect(bodies(e)).toEqual(['HĐND Thành phố', 'Thành ủy Thành phố Hà Nội']);
    expect(posts(e)).toEqual(['Nguyễn Ngọc Tuấn | Chủ tịch']);
  });

  it('still reads a name after "phố" as a street', () => {
    const e = extract('Hội nghị diễn ra tại số 5 phố Nguyễn Du, do UBND quận Hai Bà Trưng tổ chức.');
    expect(names(e)).toEqual([]);
  });
});

describe('chairs, speakers and hosts of sittings, visits and talks (decision 0056)', () => {
  it('reads running any sitting, leading a delegation and making a working trip as chairing', () => {
    const e = extract(
      'Phó Chủ tịch Quốc hội Vũ Hồng Thanh điều hành phiên giải trình. Bí thư Tỉnh ủy Nguyễn Văn Gấu dẫn đầu đoàn đại biểu dâng hương.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Nguyễn Văn Gấu', 'Vũ Hồng Thanh']);
    const visit = extract(
      'Ngày 10/5, Trưởng Ban Tổ chức Trung ương Lê Minh Hưng có chuyến thăm và làm việc tại tỉnh Cà Mau.',
    );
    expect(people(visit, 'CHAIRED')).toEqual(['Lê Minh Hưng']);
    expect(visit.events.map((v) => v.date)).toEqual(['2024-05-10']);
  });

  it('reads a host who receives an ambassador and a leader in talks as attending, and dates the talks', () => {
    const e = extract(
      'Sáng 28/5, Chủ tịch nước Lương Cường hội đàm với Tổng thống Phần Lan. Chiều cùng ngày, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ Pháp.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Lê Hoài Trung', 'Lương Cường']);
    expect(e.events.map((v) => v.date)).toEqual(['2024-05-28']);
  });

  it('reads answering questions, explaining and giving views at a sitting as speaking', () => {
    const e = extract(
      'Tại phiên họp, Bộ trưởng Bộ Y tế Đào Hồng Lan trả lời chất vấn. Thứ trưởng Bộ Tài chính Lê Tấn Cận giải trình ý kiến đại biểu. Các Phó Chủ nhiệm Nguyễn Văn Hiển và Lê Thị Nga tham gia ý kiến.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Lê Thị Nga', 'Lê Tấn Cận', 'Nguyễn Văn Hiển', 'Đào Hồng Lan']);
  });

  it('gives the post of "được điều động, bổ nhiệm giữ chức"', () => {
    const e = extract('Đại tá Lê Văn Sơn được điều động, bổ nhiệm giữ chức Giám đốc Công an tỉnh Bắc Ninh.');
    expect(posts(e)).toEqual(['Lê Văn Sơn | Giám đốc']);
  });
});

describe('a name spelled as a province, in apposition to a post (decision 0056)', () => {
  it('reads "Post, ông X," as a person even when X is a province\'s name', () => {
    const e = extract('Chánh Văn phòng Sở Xây dựng, ông Hà Tĩnh, cho biết dự án đã khởi công.');
    expect(names(e)).toEqual(['Hà Tĩnh']);
    expect(posts(e)).toEqual(['Hà Tĩnh | Chánh Văn phòng']);
  });

  it('keeps the province reading without the post before it', () => {
    expect(names(extract('Ông Hà Tĩnh phát biểu tại hội nghị.'))).toEqual([]);
    expect(names(extract('Đoàn công tác đến tỉnh Hà Tĩnh, ông Nguyễn Văn Nam cho biết.'))).toEqual([
      'Nguyễn Văn Nam',
    ]);
  });
});

describe('a post in apposition to a name after a word of address (decision 0056)', () => {
  it('gives "Post, ông X," the post, and not a post of "của Post, Đại tá X,"', () => {
    expect(
      posts(
        extract(
          'Phát biểu tại buổi làm việc, Giám đốc Sở Tài chính, ông Nguyễn Văn An, cho biết tỉnh đã giải ngân.',
        ),
      ),
    ).toEqual(['Nguyễn Văn An | Giám đốc']);
    expect(
      posts(
        extract(
          'Theo quyết định của Bộ trưởng Bộ Công an, Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh nhận nhiệm vụ mới.',
        ),
      ),
    ).toEqual(['Lê Văn Bình | Phó Giám đốc']);
  });
});

describe('related headlines and the Youth Union first secretary (decision 0056)', () => {
  it('leaves out the bulleted headlines under "Tin liên quan"', () => {
    const e = extract(
      'Ngày 3/6, UBND tỉnh Bắc Ninh tổ chức hội nghị xúc tiến đầu tư.\n\nTin liên quan:\n- Tập đoàn Samsung mở rộng nhà máy tại Thái Nguyên\n- Bộ Công Thương họp bàn về điện gió',
    );
    expect(bodies(e)).toEqual(['UBND tỉnh Bắc Ninh']);
  });

  it('reads "Bí thư thứ nhất" as one post', () => {
    const e = extract('Bí thư thứ nhất Trung ương Đoàn Bùi Quang Huy dự lễ tuyên dương.');
    expect(posts(e)).toEqual(['Bùi Quang Huy | Bí thư thứ nhất']);
  });
});

// Decision 0064: the sixth batch's misses, by class; sentences of our own, none from vi-ho6-*.
describe('posts and bodies of the sixth batch (decision 0064)', () => {
  it('reads the State Bank\'s governors as posts ("Thống đốc", "Phó Thống đốc")', () => {
    const e = extract(
      'Thống đốc Ngân hàng Nhà nước Lê Minh Hưng dự hội thảo. Phó Thống đốc Ngân hàng Nhà nước Đào Minh Tú phát biểu.',
    );
    expect(posts(e)).toEqual(['Lê Minh Hưng | Thống đốc', 'Đào Minh Tú | Phó Thống đốc']);
  });

  it('gives a post to the name after ", Rank" ("Post Body, Đại tá X")', () => {
    const e = extract('Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Đại tá Trần Văn Hùng chủ trì buổi lễ.');
    expect(posts(e)).toEqual(['Trần Văn Hùng | Chỉ huy trưởng']);
    const e2 = extract(
      'Dự lễ có Giám đốc Công an tỉnh Quảng Trị, Thiếu tướng Nguyễn Văn Bình và Chủ tịch UBND tỉnh Lê Đức Tiến.',
    );
    expect(posts(e2)).toEqual(['Lê Đức Tiến | Chủ tịch', 'Nguyễn Văn Bình | Giám đốc']);
    // After "của", the post is someone else's, with or without a closing comma.
    const guard = extract(
      'Theo quyết định của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Phạm Văn Long nhận nhiệm vụ mới.',
    );
    expect(posts(guard)).toEqual([]);
  });

  it('reads rarer family names ("Đậu", "Khuất", "Ngọ", "Đầu") without a middle-name marker', () => {
    const e = extract(
      'Giám đốc Sở Tài chính Đậu Anh Tuấn và Phó Giám đốc Sở Y tế Khuất Quang Huy dự hội nghị. Phó Chủ tịch Hội Nông dân tỉnh Ngọ Duy Khánh và Phó Chủ tịch UBND huyện Đầu Thanh Bình cũng dự.',
    );
    expect(names(e)).toEqual(['Khuất Quang Huy', 'Ngọ Duy Khánh', 'Đầu Thanh Bình', 'Đậu Anh Tuấn']);
  });

  it('reads the bodies of 2025 and of the finance sector by name', () => {
    const e = extract(
      'Phó Chủ tịch Ủy ban Chứng khoán Nhà nước Hoàng Văn Thu dự. Phó Bí thư Đảng ủy các cơ quan Đảng Trung ương Nguyễn Thị Hà phát biểu.',
    );
    expect(bodies(e)).toEqual(['Đảng ủy các cơ quan Đảng Trung ương', 'Ủy ban Chứng khoán Nhà nước']);
    expect(posts(e)).toEqual(['Hoàng Văn Thu | Phó Chủ tịch', 'Nguyễn Thị Hà | Phó Bí thư']);
  });

  it('reads a ministry department named by its function ("Cục Xuất nhập khẩu", "Cục Quản lý tài nguyên nước")', () => {
    const e = extract(
      'Cục trưởng Cục Xuất nhập khẩu Trần Thanh Hải và Cục trưởng Cục Quản lý tài nguyên nước Châu Trần Vĩnh dự họp.',
    );
    expect(bodies(e)).toEqual(['Cục Quản lý tài nguyên nước', 'Cục Xuất nhập khẩu']);
    expect(posts(e)).toEqual(['Châu Trần Vĩnh | Cục trưởng', 'Trần Thanh Hải | Cục trưởng']);
  });
});

describe('who is not a living person acting (decision 0064)', () => {
  it('leaves out the deceased at a funeral ("Lễ viếng nguyên Post X", "viếng Post X")', () => {
    const e = extract(
      'Sáng 12/7, Lễ viếng nguyên Phó Thủ tướng Trương Vĩnh Trọng được tổ chức trọng thể. Đoàn Chính phủ do Phó Thủ tướng Lê Thành Long dẫn đầu đã vào viếng.',
    );
    expect(names(e)).toEqual(['Lê Thành Long']);
  });

  it('reads a name after a house number as a street ("số 12 Lê Thánh Tông")', () => {
    const e = extract(
      'Hội nghị diễn ra tại trụ sở số 12 Lê Thánh Tông, Hà Nội. Bộ trưởng Bộ Y tế Đào Hồng Lan dự.',
    );
    expect(names(e)).toEqual(['Đào Hồng Lan']);
  });
});

describe('attendance and events of the sixth batch (decision 0064)', () => {
  it('gives attendance to every member of "Post1 A và Post2 B trả lời chất vấn"', () => {
    const e = extract(
      'Sáng 4/6, Quốc hội chất vấn. Bộ trưởng Bộ Y tế Đào Hồng Lan và Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trả lời chất vấn.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyễn Văn Thắng', 'Đào Hồng Lan']);
    // "… trả lời chất vấn của cử tri": "của" names the askers, not the speakers before the verb.
    const e2 = extract(
      'Giám đốc Sở Y tế Hoàng Văn Nam và Giám đốc Sở Xây dựng Lê Văn Cường trả lời chất vấn của cử tri.',
    );
    expect(people(e2, 'ATTENDED')).toEqual(['Hoàng Văn Nam', 'Lê Văn Cường']);
  });

  it('gives attendance to whom a badge or a decision is handed ("trao … cho đồng chí X")', () => {
    const e = extract(
      'Ngày 2/2, Bí thư Tỉnh ủy Nguyễn Văn Quang trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Trần Văn Lộc.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyễn Văn Quang', 'Trần Văn Lộc']);
    const e2 = extract(
      'Sáng 3/3, Giám đốc Sở Nội vụ Lê Văn Bình trao quyết định bổ nhiệm Phó Giám đốc Sở cho ông Phạm Minh Đức.',
    );
    expect(people(e2, 'ATTENDED')).toEqual(['Lê Văn Bình', 'Phạm Minh Đức']);
  });

  it('gives attendance to whom reads the address ("đọc diễn văn")', () => {
    const e = extract('Ngày 2/9, tỉnh tổ chức lễ kỷ niệm. Phó Chủ tịch UBND tỉnh Vũ Văn Hùng đọc diễn văn.');
    expect(people(e, 'ATTENDED')).toEqual(['Vũ Văn Hùng']);
  });

  it('dates a sitting written as a verb ("họp phiên thứ ba") and a festival ("Ngày hội")', () => {
    const e = extract('Ngày 4/4, Ban Thường vụ Tỉnh ủy Yên Bái họp phiên thứ ba.');
    expect(e.events.map((v) => v.date)).toEqual(['2024-04-04']);
    const e2 = extract('Ngày 16/5, thôn Bản Phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc.');
    expect(e2.events.map((v) => v.date)).toEqual(['2024-05-16']);
  });

  it('does not turn a chair verb forward past a semicolon ("A chủ trì buổi lễ; cùng dự có B")', () => {
    const e = extract(
      'Chủ tịch Hội Nông dân tỉnh Lê Văn An chủ trì buổi lễ; cùng dự có các Phó Chủ tịch Tổng Liên đoàn Trần Văn Bình, Hoàng Thị Cúc.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Lê Văn An']);
    expect(people(e, 'ATTENDED')).toEqual(['Hoàng Thị Cúc', 'Trần Văn Bình']);
    expect(posts(e)).toEqual([
      'Hoàng Thị Cúc | Phó Chủ tịch',
      'Lê Văn An | Chủ tịch',
      'Trần Văn Bình | Phó Chủ tịch',
    ]);
  });

  it('gives a post handed over by a decision to whom it is handed ("bổ nhiệm Post cho ông X")', () => {
    const e = extract(
      'Chiều 6/3, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên trao quyết định bổ nhiệm Vụ trưởng Vụ Pháp chế cho bà Lê Thị Hà.',
    );
    expect(posts(e)).toEqual(['Lê Thị Hà | Vụ trưởng', 'Nguyễn Hồng Diên | Bộ trưởng']);
  });
});

describe('a department and a school named by the article itself (decision 0064)', () => {
  it('reads "Giám đốc Sở" alone after a post chain as the article\'s department', () => {
    const e = extract(
      'Sáng 8/5, Sở Tài chính tỉnh Lào Cai tổ chức hội nghị. Bí thư Đảng ủy, Giám đốc Sở Hoàng Văn Định chủ trì hội nghị.',
    );
    expect(posts(e)).toEqual(['Hoàng Văn Định | Bí thư', 'Hoàng Văn Định | Giám đốc']);
  });

  it('reads a holder after "nhà trường" and a school named after a person as a school', () => {
    const e = extract(
      'Ngày 5/9, Trường THPT chuyên Hùng Vương khai giảng năm học mới. Hiệu trưởng nhà trường Trần Thị Lan chủ trì buổi lễ.',
    );
    expect(names(e)).toEqual(['Trần Thị Lan']);
    expect(bodies(e)).toEqual(['Trường THPT chuyên Hùng Vương']);
    expect(posts(e)).toEqual(['Trần Thị Lan | Hiệu trưởng']);
  });

  it('reads a village\'s Front committee named with its village ("thôn", "bản")', () => {
    const e = extract(
      'Trưởng Ban Công tác Mặt trận thôn Đồng Tâm Lê Văn Hòa và Trưởng Ban Công tác Mặt trận bản Na Hối Giàng A Páo dự.',
    );
    expect(bodies(e)).toEqual(['Ban Công tác Mặt trận bản Na Hối', 'Ban Công tác Mặt trận thôn Đồng Tâm']);
    expect(posts(e)).toEqual(['Giàng A Páo | Trưởng Ban', 'Lê Văn Hòa | Trưởng Ban']);
  });
});
