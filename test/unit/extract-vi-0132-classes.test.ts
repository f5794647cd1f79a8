// Rules of decision 0132: Vietnamese classes decisions 0124 and 0126 left open (issue 12). Every
// sentence is written for this file (invented names, real bodies and real kinds of documents) and
// differs from the held-out articles; each rule test fails on the rules before decision 0132, the
// guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extraction-views.ts';

const read = (text: string, publishedAt: string | null = '2025-11-20') => {
  const e = extractText(text, 'vi', publishedAt);
  return {
    persons: e.persons.map((p) => p.name),
    bodies: e.organizations.map((o) => o.name),
    documents: e.documents.map((d) => d.code ?? d.name ?? ''),
    issued: e.relations.filter((r) => r.type === 'ISSUED').map((r) => `${r.organization} | ${r.document}`),
    implementsOf: e.relations
      .filter((r) => r.type === 'IMPLEMENTS')
      .map((r) => `${r.organization ?? '∅'} | ${r.document}`),
    holds: e.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '∅'}`),
    attended: e.relations.filter((r) => r.type === 'ATTENDED').map((r) => r.person),
  };
};

describe('bodies named by their remit after "về"', () => {
  it('reads a national steering committee closed by a comma before its verb', () => {
    const r = read(
      'Ông Hồ Minh Sang, Phó Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai, đã kiểm tra đê biển tại Cà Mau.',
    );
    expect(r.bodies).toContain('Ban Chỉ đạo quốc gia về phòng, chống thiên tai');
    expect(r.holds).toContain(
      'Hồ Minh Sang | Phó Trưởng Ban | Ban Chỉ đạo quốc gia về phòng, chống thiên tai',
    );
  });

  it('reads the remit up to the verb of the committee as subject', () => {
    const r = read('Ban Chỉ đạo quốc gia về chuyển đổi số yêu cầu các bộ, ngành hoàn thành cơ sở dữ liệu.');
    expect(r.bodies).toContain('Ban Chỉ đạo quốc gia về chuyển đổi số');
  });

  it('reads a working group named by its remit, with a word of its own before "về"', () => {
    const r = read(
      'Bà Lý Thị Hoa, Tổ phó Tổ công tác liên ngành về bảo đảm an toàn thực phẩm, cho biết đã kiểm tra 40 cơ sở.',
    );
    expect(r.bodies).toContain('Tổ công tác liên ngành về bảo đảm an toàn thực phẩm');
    expect(r.holds).toContain('Lý Thị Hoa | Tổ phó | Tổ công tác liên ngành về bảo đảm an toàn thực phẩm');
  });

  it('reads a working group closed by a purpose clause', () => {
    const r = read(
      'Sở Tài chính làm việc với Tổ công tác về cải cách thủ tục hành chính để rà soát hồ sơ tồn đọng.',
    );
    expect(r.bodies).toContain('Tổ công tác về cải cách thủ tục hành chính');
  });

  it('gives a working group "của" a body no name of its own, nor one with no remit (guard)', () => {
    const a = read('Ông Mai Văn Cường, Trưởng Tổ công tác của Thường trực HĐND tỉnh, dự kỳ họp của xã.');
    expect(a.bodies.filter((b) => b.startsWith('Tổ công tác'))).toEqual([]);
    const b = read('Tổ công tác đã làm việc với UBND xã Hòa Bình về tiến độ giải ngân.');
    expect(b.bodies.filter((x) => x.startsWith('Tổ công tác'))).toEqual([]);
  });

  it('does not read a remit that runs on into words that may be its own (guard)', () => {
    const r = read(
      'Tổ công tác về tháo gỡ khó khăn cho doanh nghiệp nhỏ tại tỉnh Bình Phước vừa được thành lập.',
    );
    expect(r.bodies.filter((b) => b.startsWith('Tổ công tác'))).toEqual([]);
  });
});

describe('names closed by the region they serve', () => {
  it('reads lower-case words of an institute up to "vùng" and the region', () => {
    const r = read(
      'Ông Phan Quốc Dũng, Viện trưởng Viện Khoa học kỹ thuật nông lâm nghiệp vùng Tây Nguyên, giới thiệu giống cà phê mới.',
    );
    expect(r.bodies).toContain('Viện Khoa học kỹ thuật nông lâm nghiệp vùng Tây Nguyên');
  });

  it('reads a centre closed by "miền" and the region', () => {
    const r = read('Trung tâm Quan trắc môi trường miền Bắc đã lắp đặt thêm 5 trạm đo tại Hà Nam.');
    expect(r.bodies).toContain('Trung tâm Quan trắc môi trường miền Bắc');
  });

  it('reads the airport authorities by their region', () => {
    const r = read(
      'Bà Đỗ Thị Hằng, Giám đốc Cảng vụ Hàng không miền Nam, kiểm tra công tác bảo đảm an ninh tại Tân Sơn Nhất.',
    );
    expect(r.bodies).toContain('Cảng vụ Hàng không miền Nam');
    expect(r.holds).toContain('Đỗ Thị Hằng | Giám đốc | Cảng vụ Hàng không miền Nam');
  });
});

describe('teams by number, departments of a 2025 commune, foreign councils, zone boards', () => {
  it('reads a market surveillance team with "số" and its number', () => {
    const r = read(
      'Ông Trịnh Văn Tài, Đội trưởng Đội Quản lý thị trường số 3, cho biết đã kiểm tra 12 cơ sở kinh doanh.',
    );
    expect(r.bodies).toContain('Đội Quản lý thị trường số 3');
    expect(r.holds).toContain('Trịnh Văn Tài | Đội trưởng | Đội Quản lý thị trường số 3');
  });

  it('keeps no number that counts (guard)', () => {
    const r = read('Đội Quản lý thị trường số 5 tháng qua đã xử phạt 20 vụ vi phạm.');
    expect(r.bodies).not.toContain('Đội Quản lý thị trường số 5');
  });

  it('reads a commune department joined by a dash and a ward department joined by a comma', () => {
    const a = read(
      'Ông Lê Quang Vinh, Trưởng Phòng Văn hóa - Xã hội xã Hòa Bình, báo cáo công tác an sinh xã hội.',
    );
    expect(a.bodies).toContain('Phòng Văn hóa - Xã hội xã Hòa Bình');
    const b = read(
      'Bà Hà Thị Nga, Trưởng Phòng Kinh tế, Hạ tầng và Đô thị phường Tân An, cho biết đã cấp 30 giấy phép.',
    );
    expect(b.bodies).toContain('Phòng Kinh tế, Hạ tầng và Đô thị phường Tân An');
  });

  it("reads a foreign province's council by its province", () => {
    const r = read(
      'Đoàn đại biểu Hội đồng tỉnh Attapeu do ông Khamphone Sivilay dẫn đầu đã thăm tỉnh Quảng Ngãi.',
    );
    expect(r.bodies).toContain('Hội đồng tỉnh Attapeu');
  });

  it('reads no council where no province follows (guard)', () => {
    const r = read('Chủ tịch Hội đồng tỉnh phát biểu tại buổi tiếp đoàn.');
    expect(r.bodies).not.toContain('Hội đồng tỉnh');
  });

  it('reads an economic zone board that runs the industrial parks too', () => {
    const a = read(
      'Ông Hà Văn Nam, Phó Trưởng Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi, tiếp đoàn nhà đầu tư.',
    );
    expect(a.bodies).toContain('Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi');
    const b = read('Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh đã cấp phép cho 3 dự án.');
    expect(b.bodies).toContain('Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh');
  });
});

describe('corporations named in two parts joined by "và"', () => {
  it("reads the name to its closing proper name, a school's head word included", () => {
    const r = read(
      'Ông Lê Văn Khải, Tổng Giám đốc Tổng công ty Đầu tư và Phát triển hạ tầng Trường Sơn, cho biết dự án sẽ xong trong năm.',
    );
    expect(r.bodies).toContain('Tổng công ty Đầu tư và Phát triển hạ tầng Trường Sơn');
    expect(r.bodies).not.toContain('Trường Sơn');
  });

  it('reads lower-case words up to the verb after the name', () => {
    const r = read('Tổng công ty Đầu tư và Kinh doanh vốn nhà nước đã thoái vốn tại 5 doanh nghiệp.');
    expect(r.bodies).toContain('Tổng công ty Đầu tư và Kinh doanh vốn nhà nước');
    const b = read('Tổng công ty Xây dựng và Phát triển hạ tầng tổ chức hội nghị người lao động.');
    expect(b.bodies).toContain('Tổng công ty Xây dựng và Phát triển hạ tầng');
  });

  it('leaves two groups joined by "và" two bodies (guard)', () => {
    const r = read('Tập đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam ký kết thỏa thuận hợp tác.');
    expect(r.bodies).toEqual(
      expect.arrayContaining(['Tập đoàn Điện lực Việt Nam', 'Tập đoàn Dầu khí Việt Nam']),
    );
  });
});

describe('a foreign department whose fields are listed with a comma', () => {
  it("reads the fields of a foreign province's department as one name", () => {
    const r = read(
      'Ông Bounmy Phommachanh, Phó Giám đốc Sở Giáo dục, Thể thao và Văn hóa tỉnh Champasak, phát biểu tại buổi làm việc.',
    );
    expect(r.bodies).toContain('Sở Giáo dục, Thể thao và Văn hóa tỉnh Champasak');
    expect(r.holds).toContain(
      'Bounmy Phommachanh | Phó Giám đốc | Sở Giáo dục, Thể thao và Văn hóa tỉnh Champasak',
    );
  });

  it("leaves a Vietnamese province's listed departments apart (guard)", () => {
    const r = read('Lãnh đạo Sở Tài chính, Xây dựng và Y tế tỉnh Gia Lai dự họp bàn về giá đất.');
    expect(r.bodies.some((b) => b.includes('Xây dựng và Y tế'))).toBe(false);
  });
});

describe('false finds', () => {
  it('reads no body in a department of "một số" or "nhiều" localities', () => {
    const a = read(
      'Hội nghị có sự tham dự của lãnh đạo Sở Y tế một số tỉnh phía Bắc và các bệnh viện tuyến trung ương.',
    );
    expect(a.bodies).not.toContain('Sở Y tế');
    const b = read('Đại diện Sở Công Thương nhiều địa phương đã chia sẻ kinh nghiệm quản lý chợ.');
    expect(b.bodies).not.toContain('Sở Công Thương');
  });

  it('keeps a department followed by a count of something else (guard)', () => {
    const r = read('Sở Y tế một số năm gần đây đã đầu tư mạnh cho y tế cơ sở.');
    expect(r.bodies).toContain('Sở Y tế');
  });

  it('reads no named document in a campaign quoted after "Chương trình" or "Kế hoạch"', () => {
    const a = read('Tỉnh Đoàn phát động Chương trình "Mỗi đoàn viên một việc làm tốt" trong toàn tỉnh.');
    expect(a.documents).toEqual([]);
    const b = read(
      'Hội Chữ thập đỏ tỉnh triển khai Kế hoạch “Tết vì người nghèo và nạn nhân chất độc da cam” năm 2026.',
    );
    expect(b.documents).toEqual([]);
  });

  it('keeps a resolution named by its quoted title (guard)', () => {
    const r = read(
      'Đảng ủy xã tổ chức học tập Nghị quyết “Về phát triển kinh tế tư nhân” cho cán bộ, đảng viên.',
    );
    expect(r.documents).toHaveLength(1);
  });

  it("reads no person in a country after an envoy's post", () => {
    const r = read('Ông Lee Jae-sung, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng, dự lễ khánh thành nhà máy.');
    expect(r.persons).not.toContain('Hàn Quốc');
    expect(r.persons).toContain('Lee Jae-sung');
  });

  it('reads a foreign holder with a hyphenated given name right after a post and its body', () => {
    const r = read(
      'Phát biểu tại lễ ký, Trưởng đại diện Văn phòng JICA tại Việt Nam Choi Min-seok đánh giá cao sự phối hợp của tỉnh.',
    );
    expect(r.persons).toContain('Choi Min-seok');
    expect(r.holds).toContain('Choi Min-seok | Trưởng đại diện | Văn phòng JICA tại Việt Nam');
  });
});

describe("relations: meetings held by a document, a side's guests, the Prime Minister named with his holder", () => {
  it('reads "được tổ chức theo" a document as the article body\'s carrying it out', () => {
    const r = read(
      'Sáng 12/11, HĐND xã Tân Phú khai mạc kỳ họp thứ tư. Kỳ họp được tổ chức theo Nghị quyết số 45/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh.',
    );
    expect(r.implementsOf).toContain('HĐND xã Tân Phú | 45/NQ-HĐND');
  });

  it('reads "được tiến hành theo đúng" a directive the same way', () => {
    const r = read(
      'Đảng bộ xã Tân Phú tổ chức Đại hội lần thứ I. Đại hội được tiến hành theo đúng Chỉ thị số 45-CT/TW của Bộ Chính trị.',
    );
    expect(r.implementsOf).toContain('Đảng bộ xã Tân Phú | 45-CT/TW');
  });

  it('reads no carrying out in a body founded by a decision (guard)', () => {
    const r = read(
      'Đảng ủy phường Tân An được thành lập theo Quyết định số 120-QĐ/TU của Ban Thường vụ Tỉnh ủy.',
    );
    expect(r.implementsOf).toEqual([]);
  });

  it('reads a side\'s guest named after "về phía … có" as attending', () => {
    const r = read(
      'Chiều 14/11, UBND tỉnh Quảng Ngãi và Cơ quan Hợp tác quốc tế Nhật Bản ký biên bản ghi nhớ. Về phía Nhật Bản có ông Tanaka Hiroshi, Trưởng đại diện Văn phòng JICA tại Việt Nam.',
    );
    expect(r.attended).toContain('Tanaka Hiroshi');
  });

  it('reads the Prime Minister named with his holder as the issuer of the document before him', () => {
    const r = read(
      'Sở Y tế quán triệt Chỉ thị số 25/CT-TTg ngày 5/8/2025 của Thủ tướng Chính phủ Phạm Minh Chính về y tế cơ sở.',
    );
    expect(r.issued).toContain('Thủ tướng Chính phủ | 25/CT-TTG');
    expect(r.holds).toContain('Phạm Minh Chính | Thủ tướng | Chính phủ');
  });

  it('leaves the Prime Minister with his holder a post where no document stands before him (guard)', () => {
    const r = read('Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 10.');
    expect(r.bodies).not.toContain('Thủ tướng Chính phủ');
  });
});

describe('bodies of the 2025 two-level local government and sector agencies', () => {
  it('reads a 2025 region named by a place after "khu vực"', () => {
    const a = read('Ông Lý Văn Hòa, Giám đốc Trung tâm Y tế khu vực Cai Lậy, báo cáo công tác tiêm chủng.');
    expect(a.bodies).toContain('Trung tâm Y tế khu vực Cai Lậy');
    const b = read(
      'Ông Phạm Văn Hiếu, Giám đốc Ban Quản lý dự án đầu tư xây dựng khu vực Tân Phú, báo cáo tiến độ công trình.',
    );
    expect(b.bodies).toContain('Ban Quản lý dự án đầu tư xây dựng khu vực Tân Phú');
    const c = read(
      'Ông Dương Văn Lâm, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai khu vực Ea Kar, cho biết đã cấp 300 giấy chứng nhận.',
    );
    expect(c.bodies).toContain('Chi nhánh Văn phòng Đăng ký đất đai khu vực Ea Kar');
  });

  it('reads a centre whose name opens with a word that heads another body', () => {
    const r = read('Ông Võ Văn Lành, Giám đốc Trung tâm Cung ứng dịch vụ công xã Tân Phú, báo cáo kết quả.');
    expect(r.bodies).toContain('Trung tâm Cung ứng dịch vụ công xã Tân Phú');
  });

  it('reads the grassroots tax units by number, the youth union by its full name, a commune police station', () => {
    const a = read('Ông Mai Văn Quý, Trưởng Thuế cơ sở 3 tỉnh Gia Lai, báo cáo tình hình thu ngân sách.');
    expect(a.bodies).toContain('Thuế cơ sở 3 tỉnh Gia Lai');
    const b = read(
      'Ông Hà Văn Tú, Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Tân An, dự lễ ra quân.',
    );
    expect(b.bodies).toContain('Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Tân An');
    const c = read('Ông Tô Văn Khoa, Trưởng Đồn Công an xã Tân Phú, báo cáo tình hình an ninh.');
    expect(c.bodies).toContain('Đồn Công an xã Tân Phú');
  });

  it('reads no tax unit without its number (guard)', () => {
    const r = read('Thuế cơ sở hạ tầng là vấn đề được nhiều đại biểu quan tâm.');
    expect(r.bodies).toEqual([]);
  });
});
