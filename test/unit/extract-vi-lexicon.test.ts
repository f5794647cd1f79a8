// Vietnamese lexicon breadth (issue 12), pinned on sentences written for these tests: names of
// ethnic minorities, army and police units, ranks, associations, sub-committees, commune bodies,
// lower-case and abbreviated forms, and a building that is not its body.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Extraction } from '../../ingest/types.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

function extract(text: string): Extraction {
  const record: ArticleRecord = {
    id: 't',
    url: null,
    language: 'vi',
    publishedAt: '2024-05-10',
    title: null,
    text,
  };
  return extractArticle(record).extraction;
}
const posts = (e: Extraction) =>
  e.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '∅'}`)
    .sort();
const bodies = (e: Extraction) => e.organizations.map((o) => o.name).sort();

describe('names of ethnic minorities', () => {
  it('reads an Ê Đê name of five syllables after an honorific', () => {
    const e = extract('Đồng chí Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy Đắk Lắk dự hội nghị.');
    expect(posts(e)).toEqual(['Y Thanh Hà Niê Kđăm | Phó Bí thư | Tỉnh ủy Đắk Lắk']);
  });

  it('reads Hmong and Gia Rai family names outside the common list', () => {
    const e = extract(
      'Dự hội nghị có Vàng A Giàng, Chủ tịch UBND xã Pa Vệ Sủ và Siu Hương, Phó Chủ tịch Hội đồng nhân dân tỉnh Gia Lai.',
    );
    expect(e.persons.map((p) => p.name).sort()).toEqual(['Siu Hương', 'Vàng A Giàng']);
  });
});

describe('army and police', () => {
  it('reads a rank as a title before the name, not a post, and a military region as a body', () => {
    const e = extract('Sáng 5/3, Trung tướng Nguyễn Hồng Phong, Tư lệnh Quân khu 7 chủ trì hội nghị.');
    expect(posts(e)).toEqual(['Nguyễn Hồng Phong | Tư lệnh | Quân khu 7']);
  });

  it('accepts an unlisted family name after a rank', () => {
    const e = extract('Dự hội nghị có Thiếu tướng Y Blim Niê, Phó Giám đốc Công an tỉnh Đắk Lắk.');
    expect(posts(e)).toEqual(['Y Blim Niê | Phó Giám đốc | Công an tỉnh Đắk Lắk']);
  });

  it('reads provincial military and border-guard commands', () => {
    const e = extract(
      'Dự hội nghị có Đại tá Lê Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bình Phước và Đại tá Trần Văn Bình, Chính trị viên Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang.',
    );
    expect(posts(e)).toEqual([
      'Lê Văn Hòa | Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh Bình Phước',
      'Trần Văn Bình | Chính trị viên | Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang',
    ]);
  });
});

describe('associations, sub-committees and commune bodies', () => {
  it('reads the journalists’ association of a province', () => {
    expect(bodies(extract('Đồng chí Đinh Công Sứ, Chủ tịch Hội Nhà báo tỉnh Phú Thọ dự hội nghị.'))).toEqual([
      'Hội Nhà báo tỉnh Phú Thọ',
    ]);
  });

  it('reads a sub-committee with its field', () => {
    const e = extract('Đồng chí Nguyễn Văn An, Trưởng Tiểu ban Văn kiện dự hội nghị.');
    expect(posts(e)).toEqual(['Nguyễn Văn An | Trưởng Tiểu ban | Tiểu ban Văn kiện']);
  });

  it('reads a commune’s party-building commission', () => {
    const e = extract('Đồng chí Lò Thị Hoa, Trưởng Ban Xây dựng Đảng Đảng ủy xã Mường Báng dự hội nghị.');
    expect(bodies(e)).toContain('Ban Xây dựng Đảng Đảng ủy xã Mường Báng');
  });
});

describe('lower-case and abbreviated forms', () => {
  it('reads a lower-case party committee named with its commune', () => {
    const e = extract('Ngày 8/7, đồng chí Lò Văn Tiến, Bí thư đảng ủy xã Mường Báng chủ trì hội nghị.');
    expect(posts(e)).toEqual(['Lò Văn Tiến | Bí thư | đảng ủy xã Mường Báng']);
  });

  it('reads UVBCH Trung ương Đảng as membership of the Central Committee, and the chain goes on', () => {
    const e = extract('Đồng chí Hầu A Lềnh, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai chủ trì hội nghị.');
    expect(posts(e)).toEqual([
      'Hầu A Lềnh | Bí thư | Tỉnh ủy Lào Cai',
      'Hầu A Lềnh | Ủy viên Trung ương Đảng | ∅',
    ]);
  });

  it('reads "UV BTV Tỉnh ủy" as a member of the standing committee', () => {
    const e = extract('Đồng chí Hoàng Thị Hạnh, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự hội nghị.');
    expect(posts(e)).toContain('Hoàng Thị Hạnh | Ủy viên | BTV Tỉnh ủy');
  });
});

describe('buildings', () => {
  it('does not read "Nhà Quốc hội" as the National Assembly', () => {
    expect(bodies(extract('Hội nghị diễn ra tại Nhà Quốc hội, Hà Nội.'))).toEqual([]);
  });
});
