import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/pipeline.ts';
import type { Extraction } from '../../ingest/types.ts';

// Sentences written for these tests (fictional people), in the style of provincial party news.
function extract(text: string, publishedAt: string | null = '2024-03-20'): { x: Extraction; text: string } {
  const { extraction, article } = extractArticle({
    id: 't',
    url: null,
    language: 'vi',
    publishedAt,
    title: null,
    text,
  });
  return { x: extraction, text: article.text };
}
const persons = (x: Extraction) => Object.fromEntries(x.persons.map((p) => [p.name, p.titles]));
const orgNames = (x: Extraction) => x.organizations.map((o) => o.name);
const rel = (x: Extraction, type: string) =>
  x.relations.filter((r) => r.type === type).map(({ evidence: _e, type: _t, ...r }) => r);

describe('persons and their posts', () => {
  it('reads a title chain after the name, and one before it', () => {
    const { x } = extract(
      'Đồng chí Lê Văn Hòa, Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị. Thứ trưởng Trần Minh Đức phát biểu.',
    );
    expect(persons(x)).toEqual({
      'Lê Văn Hòa': ['Ủy viên BTV Tỉnh ủy', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
      'Trần Minh Đức': ['Thứ trưởng'],
    });
  });

  it('reads a list "các đồng chí: A, post; B, post" and a post introducing a list', () => {
    const { x } = extract(
      'Dự hội nghị có các đồng chí: Phạm Thị Lan, Phó Bí thư Thường trực Tỉnh ủy; Hoàng Văn Sơn, Chủ tịch UBND tỉnh. Cùng dự có các Phó Chủ tịch UBND tỉnh: Đỗ Minh Tâm, Vũ Thị Hạnh.',
    );
    expect(persons(x)).toEqual({
      'Phạm Thị Lan': ['Phó Bí thư Thường trực Tỉnh ủy'],
      'Hoàng Văn Sơn': ['Chủ tịch UBND tỉnh'],
      'Đỗ Minh Tâm': ['Phó Chủ tịch UBND tỉnh'],
      'Vũ Thị Hạnh': ['Phó Chủ tịch UBND tỉnh'],
    });
  });

  it('does not take concepts, places, streets or photo credits for persons', () => {
    const { x } = extract(
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đoàn đến thăm tỉnh Lâm Đồng và đường Lê Văn Lương. Đồng chí Bùi Quang Hải phát biểu (Ảnh: Trần Văn Khoa/TTXVN).',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Bùi Quang Hải']);
  });

  it('accepts a family name outside the list after an honorific, and a name syllable that is also a body word', () => {
    const { x } = extract(
      'Đồng chí Sử Thanh Hoài - Phó Bí thư Huyện ủy phát biểu. Bí thư Đảng ủy cơ quan Bùi Trường Giang kết luận.',
    );
    expect(persons(x)).toEqual({
      'Sử Thanh Hoài': ['Phó Bí thư Huyện ủy'],
      'Bùi Trường Giang': ['Bí thư Đảng ủy cơ quan'],
    });
  });

  it('keeps a former post ("nguyên …") as a title but not as a post held', () => {
    const { x } = extract(
      'Dự lễ có các đồng chí: nguyên Chủ tịch nước Lê Văn Tâm; Chủ tịch nước Hà Minh Quý.',
    );
    expect(persons(x)['Lê Văn Tâm']).toEqual(['Chủ tịch nước']);
    expect(rel(x, 'HOLDS_POSITION').map((r) => r.person)).toEqual(['Hà Minh Quý']);
  });

  it('keeps mention offsets pointing at the name in the cleaned text', () => {
    const { x, text } = extract('Ngày 2/3, đồng chí Ngô Thanh Bình, Bí thư Tỉnh ủy dự hội nghị.');
    const m = x.persons[0]!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('Ngô Thanh Bình');
  });
});

describe('organizations', () => {
  it('joins a body, its bracketed abbreviation and the short forms reusing it', () => {
    const { x } = extract(
      'Ngày 12/7, Đảng uỷ Bộ Giáo dục và Đào tạo (GDĐT) tổ chức hội nghị. Đảng ủy Bộ GDĐT sẽ tiếp tục chỉ đạo.',
    );
    const party = x.organizations.find((o) => o.name === 'Đảng ủy Bộ Giáo dục và Đào tạo');
    expect(party?.aliases).toEqual(expect.arrayContaining(['Đảng ủy Bộ GDĐT']));
    expect(party?.kind).toBe('party-committee');
    expect(orgNames(x)).toContain('Bộ Giáo dục và Đào tạo');
  });

  it('resolves a bare "Tỉnh ủy" to the one province the article names', () => {
    const { x } = extract(
      'Tỉnh ủy Khánh Hòa tổ chức hội nghị. Ban Thường vụ Tỉnh ủy đã thống nhất. Tỉnh ủy giao nhiệm vụ.',
    );
    const committee = x.organizations.find((o) => o.name === 'Tỉnh ủy Khánh Hòa');
    expect(committee?.aliases).toContain('Tỉnh ủy');
    expect(orgNames(x)).toContain('Ban Thường vụ Tỉnh ủy');
  });

  it('leaves "Tỉnh ủy" alone when the province is not named', () => {
    const { x } = extract(
      'Huyện ủy Điện Biên tổ chức hội nghị. Các nghị quyết của Tỉnh ủy, Huyện ủy được quán triệt.',
    );
    expect(orgNames(x)).toEqual(expect.arrayContaining(['Huyện ủy Điện Biên', 'Tỉnh ủy']));
    expect(x.organizations.find((o) => o.name === 'Huyện ủy Điện Biên')?.aliases).toContain('Huyện ủy');
  });

  it('does not list generic plurals', () => {
    const { x } = extract('Các cấp ủy, các sở, ban, ngành và các chi bộ đã triển khai.');
    expect(x.organizations).toEqual([]);
  });
});

describe('documents', () => {
  it('reads code, kind, number, issuer suffix, date, issuing body and subject', () => {
    const { x } = extract(
      'Hội nghị quán triệt Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.',
    );
    const { mentions: _m, ...doc } = x.documents[0]!;
    expect(doc).toEqual({
      code: '35-CT/TW',
      name: null,
      type: 'Chỉ thị',
      number: '35',
      issuerCode: 'TW',
      date: '2024-06-14',
      issuer: 'Bộ Chính trị',
      subject: 'đại hội đảng bộ các cấp',
    });
  });

  it('reads printed variants of codes and the kind written before them', () => {
    const { x } = extract(
      'Quy định số 37-QĐ/TW, Quyết định số 2139- QĐSN/TW và Quyết định số 1828/QĐ-UBND ngày 31/10/2025.',
    );
    expect(x.documents.map((d) => [d.code, d.type])).toEqual([
      ['37-QĐ/TW', 'Quy định'],
      ['2139-QĐSN/TW', 'Quyết định'],
      ['1828/QĐ-UBND', 'Quyết định'],
    ]);
  });

  it('reads named resolutions without a code, two when two terms are named', () => {
    const { x } = extract(
      'Đảng bộ tiếp tục thực hiện Điều lệ Đảng và Nghị quyết Trung ương 4 khóa XI và khóa XII.',
    );
    expect(x.documents.map((d) => [d.code, d.name])).toEqual([
      [null, 'Điều lệ Đảng'],
      [null, 'Nghị quyết Trung ương 4 khóa XI'],
      [null, 'Nghị quyết Trung ương 4 khóa XII'],
    ]);
    const { x: y } = extract(
      'Gắn với Nghị quyết Hội nghị Trung ương 4 (khóa XI, khóa XII) về xây dựng Đảng.',
    );
    expect(y.documents.map((d) => d.name)).toEqual([
      'Nghị quyết Hội nghị Trung ương 4 khóa XI',
      'Nghị quyết Hội nghị Trung ương 4 khóa XII',
    ]);
  });

  it('reads numbers sharing one code suffix as documents of their own', () => {
    const { x } = extract('Triển khai Quyết định 217, 218-QĐ/TW của Bộ Chính trị.');
    expect(x.documents.map((d) => d.code)).toEqual(['217-QĐ/TW', '218-QĐ/TW']);
    expect(
      rel(x, 'ISSUED')
        .map((r) => r.document)
        .sort(),
    ).toEqual(['217-QĐ/TW', '218-QĐ/TW']);
  });
});

describe('events', () => {
  it('dates a meeting with the year of the article when only day and month are written', () => {
    const { x } = extract(
      'Sáng 23/9, Ban Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận.',
      '2023-09-24',
    );
    expect(x.events.map(({ mentions: _m, ...e }) => e)).toEqual([
      {
        name: 'Hội nghị sơ kết công tác dân vận',
        kind: 'conference',
        date: '2023-09-23',
        organizer: 'Ban Dân vận Tỉnh ủy',
      },
    ]);
  });

  it('does not take the date of a document for a meeting', () => {
    const { x } = extract(
      'Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 08-NQ/TU ngày 25/11/2021.',
      null,
    );
    expect(x.events.map((e) => e.date)).not.toContain('2021-11-25');
  });
});

describe('relations', () => {
  it('finds who chaired and who attended, a chair not also attending', () => {
    const { x } = extract(
      'Ngày 5/4, Tỉnh ủy tổ chức hội nghị. Đồng chí Lý Văn Hưng, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Tạ Thị Mai, Phó Bí thư Tỉnh ủy. Phát biểu tại hội nghị, đồng chí Lý Văn Hưng nhấn mạnh nhiệm vụ.',
    );
    expect(rel(x, 'CHAIRED').map((r) => r.person)).toEqual(['Lý Văn Hưng']);
    expect(rel(x, 'ATTENDED').map((r) => r.person)).toEqual(['Tạ Thị Mai']);
  });

  it('reads a chair who also "dự" in one clause after a long title chain as the chair', () => {
    const { x } = extract(
      'Đồng chí Trần Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự, chủ trì và trao các quyết định.',
    );
    expect(rel(x, 'CHAIRED').map((r) => r.person)).toEqual(['Trần Văn Lộc']);
    expect(rel(x, 'ATTENDED')).toEqual([]);
  });

  it('reads "dưới sự chủ trì của" as chairing by the person named after it', () => {
    const { x } = extract('Hội nghị diễn ra dưới sự chủ trì của đồng chí Đinh Công Sơn, Chủ tịch HĐND tỉnh.');
    expect(rel(x, 'CHAIRED').map((r) => r.person)).toEqual(['Đinh Công Sơn']);
  });

  it('gives one HOLDS_POSITION per post with the role and the body, null for a post naming none', () => {
    const { x } = extract('Thứ trưởng Phạm Quốc Việt, Bí thư Đảng ủy Bộ Y tế phát biểu.');
    expect(rel(x, 'HOLDS_POSITION')).toEqual([
      { person: 'Phạm Quốc Việt', role: 'Thứ trưởng', organization: null },
      { person: 'Phạm Quốc Việt', role: 'Bí thư', organization: 'Đảng ủy Bộ Y tế' },
    ]);
  });

  it('reads IMPLEMENTS with an explicit subject and ISSUED from "của <body>", with evidence', () => {
    const { x, text } = extract(
      'Huyện ủy Gio Linh quán triệt, triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.',
    );
    expect(rel(x, 'IMPLEMENTS')).toEqual([{ organization: 'Huyện ủy Gio Linh', document: '35-CT/TW' }]);
    expect(rel(x, 'ISSUED')).toEqual([{ organization: 'Bộ Chính trị', document: '35-CT/TW' }]);
    const ev = x.relations.find((r) => r.type === 'ISSUED')!.evidence;
    expect(ev.sentence).toBe(text);
    expect(text.slice(ev.start, ev.end)).toContain('35-CT/TW');
    expect(text.slice(ev.start, ev.end)).toContain('Bộ Chính trị');
  });

  it('gives an implicit IMPLEMENTS subject the body the article is about', () => {
    const { x } = extract(
      'Ngày 10/5, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị. Hội nghị tập trung thực hiện Nghị quyết số 03-NQ/ĐUK.',
    );
    expect(rel(x, 'IMPLEMENTS')).toEqual([
      { organization: 'Đảng ủy Khối các cơ quan tỉnh', document: '03-NQ/ĐUK' },
    ]);
  });

  it('carries one issuer over a list of documents', () => {
    const { x } = extract(
      'Hội nghị quán triệt Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành Trung ương Đảng.',
    );
    expect(
      rel(x, 'ISSUED')
        .map((r) => r.document)
        .sort(),
    ).toEqual(['18-NQ/TW', '19-NQ/TW']);
  });
});

describe('a post ending in "Thường trực" is not a standing committee', () => {
  it('reads "giữ chức Phó Bí thư Thường trực Huyện ủy X" as the Huyện ủy, not "Thường trực Huyện ủy X"', () => {
    const { x } = extract(
      'Đồng chí Lê Văn Hòa thôi giữ chức Phó Bí thư Thường trực Huyện ủy Sông Mây để nhận nhiệm vụ mới.',
    );
    expect(orgNames(x)).not.toContain('Thường trực Huyện ủy Sông Mây');
    expect(orgNames(x)).toContain('Huyện ủy Sông Mây');
  });

  it('does the same for "Phó Chủ tịch Thường trực" and "Phó Trưởng ban Thường trực"', () => {
    const { x } = extract(
      'Bà Trần Thị Mai được phân công giữ chức Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh. Ông Vũ Minh Tâm giữ chức Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy.',
    );
    expect(orgNames(x).filter((n) => n.startsWith('Thường trực'))).toEqual([]);
  });

  it('still reads a standing committee named on its own', () => {
    const { x } = extract('Thường trực Tỉnh ủy Sông Mây họp phiên thường kỳ tháng 3.');
    expect(orgNames(x)).toContain('Thường trực Tỉnh ủy Sông Mây');
  });
});
