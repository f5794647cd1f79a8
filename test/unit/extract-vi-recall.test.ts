// Vietnamese recall classes of issue 12 (decision 0019), pinned on sentences written for these
// tests with real public facts, never corpus text: each block is one class of phrasing, and each
// positive case fails without its rule (checked when the rule was added).
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Extraction } from '../../ingest/types.ts';
import { extractArticle, segmentArticle } from '../../ingest/pipeline.ts';
import { identifyBody } from '../../ingest/resolve/bodies.ts';

const record = (text: string): ArticleRecord => ({
  id: 'r',
  url: null,
  language: 'vi',
  publishedAt: '2025-05-10',
  title: null,
  text,
});
const extract = (text: string): Extraction => extractArticle(record(text)).extraction;
const relations = (e: Extraction, type: string) =>
  e.relations
    .filter((r) => r.type === type)
    .map((r) => `${r.person ?? r.organization} | ${r.document ?? r.event ?? ''}`)
    .sort();

describe('a list of documents announced at the end of one sentence and given in the next', () => {
  const text =
    'Ngày 6/3, Tỉnh ủy Bắc Ninh tổ chức hội nghị quán triệt 4 nghị quyết của Bộ Chính trị. ' +
    'Cụ thể gồm: Nghị quyết số 57-NQ/TW, Nghị quyết số 59-NQ/TW, Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW.';
  const codes = ['57-NQ/TW', '59-NQ/TW', '66-NQ/TW', '68-NQ/TW'];

  it('gives every listed document the issuer and the implementing body of the announcing sentence', () => {
    const e = extract(text);
    expect(relations(e, 'ISSUED')).toEqual(codes.map((c) => `Bộ Chính trị | ${c}`));
    expect(relations(e, 'IMPLEMENTS')).toEqual(codes.map((c) => `Tỉnh ủy Bắc Ninh | ${c}`));
    const evidence = e.relations.find((r) => r.type === 'ISSUED')!.evidence!;
    expect(evidence.sentence).toContain('4 nghị quyết của Bộ Chính trị. Cụ thể gồm:');
  });

  it('keeps "Cụ thể:" after a sentence that announces no documents a sentence of its own', () => {
    const article = segmentArticle(
      record('Năm 2024, tỉnh Bắc Ninh đạt nhiều kết quả. Cụ thể: thu ngân sách vượt 12% so với dự toán.'),
    );
    expect(article.sentences).toHaveLength(2);
  });
});

describe('documents named by their subject or a quoted title, with no code', () => {
  it('reads "Nghị quyết về <subject> của <body>" as a named document its body issued', () => {
    const e = extract(
      'Ngày 6/5, Đảng ủy xã Tân Hiệp tổ chức hội nghị quán triệt Nghị quyết về phát triển kinh tế tư nhân của Bộ Chính trị.',
    );
    expect(e.documents.map((d) => d.name)).toEqual(['Nghị quyết về phát triển kinh tế tư nhân']);
    expect(relations(e, 'ISSUED')).toEqual(['Bộ Chính trị | Nghị quyết về phát triển kinh tế tư nhân']);
    expect(relations(e, 'IMPLEMENTS')).toEqual([
      'Đảng ủy xã Tân Hiệp | Nghị quyết về phát triển kinh tế tư nhân',
    ]);
  });

  it('reads a kind with a quoted title as one named document, and a meeting name does not stop inside the quotes', () => {
    const title = 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia';
    const e = extract(
      `Sáng 7/3, Tỉnh ủy Lạng Sơn tổ chức hội nghị triển khai Nghị quyết “${title}” của Bộ Chính trị.`,
    );
    expect(e.documents.map((d) => d.name)).toEqual([`Nghị quyết “${title}”`]);
    expect(e.events.map((v) => v.name)).toEqual([`Hội nghị triển khai Nghị quyết “${title}”`]);
  });

  it('does not name plural or generic kinds, administrative "về việc" acts, nor a coded document twice', () => {
    const e = extract(
      'Ngày 8/3, Tỉnh ủy học tập Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học. ' +
        'Các Nghị quyết về kinh tế sẽ được ban hành. UBND tỉnh trao Quyết định về việc bổ nhiệm cán bộ.',
    );
    expect(e.documents.map((d) => d.code ?? d.name)).toEqual(['57-NQ/TW']);
  });
});

describe('speakers and quoted speech', () => {
  const meeting = 'Ngày 3/4, Đảng ủy xã Tân Hiệp tổ chức hội nghị sơ kết công tác. ';

  it('reads a speaker at the meeting, and "phát biểu chỉ đạo", as attendance', () => {
    const e = extract(
      meeting +
        'Phát biểu tại hội nghị, Bí thư Huyện ủy Nguyễn Văn Bình nhấn mạnh: “Phải làm tốt hơn”. ' +
        'Phó Chủ tịch UBND huyện Trần Văn Công phát biểu chỉ đạo hội nghị.',
    );
    expect(
      e.relations
        .filter((r) => r.type === 'ATTENDED')
        .map((r) => r.person)
        .sort(),
    ).toEqual(['Nguyễn Văn Bình', 'Trần Văn Công']);
  });

  it('does not read a statement quoted from another time as attendance', () => {
    for (const quote of [
      'Tổng Bí thư Lê Khả Phiêu từng khẳng định: “Đổi mới là sống còn”.',
      'Như Tổng Bí thư Lê Khả Phiêu đã nhấn mạnh, đổi mới là sống còn.',
    ]) {
      expect(relations(extract(meeting + quote), 'ATTENDED')).toEqual([]);
    }
  });

  it('does not read a verb inside quotation marks as the sentence’s verb', () => {
    // "yêu cầu" is a speech verb of verbs.tsv; inside the quote it is the speaker's word.
    const e = extract(meeting + 'Tổng Bí thư Lê Khả Phiêu: “Đổi mới là yêu cầu sống còn”.');
    expect(relations(e, 'ATTENDED')).toEqual([]);
  });
});

describe('false positives that stay out', () => {
  it('does not read a street in an address as a person', () => {
    const e = extract('Trụ sở Báo Nhân Dân đặt tại số 71 phố Hàng Trống và số 12 đường Lê Duẩn, Hà Nội.');
    expect(e.persons).toEqual([]);
  });

  it('leaves a bare UBND or MTTQ to its article: none with nothing to resolve to, one kept never a shared node', () => {
    // Nothing to join and no post in it: no body (decision 0065).
    const e = extract('Sáng 6/3, HĐND tỉnh tổ chức kỳ họp chuyên đề. UBND và MTTQ cùng dự.');
    expect(e.organizations.map((o) => o.name)).toEqual(['HĐND tỉnh']);
    // A post in it keeps it, as written, and resolution keeps it to its article.
    const e2 = extract(
      'Sáng 6/3, HĐND tỉnh tổ chức kỳ họp chuyên đề. Phó Chủ tịch UBND Nguyễn Văn Hải và Chủ tịch MTTQ Lê Thị Hoa cùng dự.',
    );
    const bare = e2.organizations.filter((o) => o.name === 'UBND' || o.name === 'MTTQ');
    expect(bare.map((o) => o.name).sort()).toEqual(['MTTQ', 'UBND']);
    for (const o of bare) {
      const id = identifyBody(o.name, { province: null, articleId: 'r' });
      expect(id.unresolved).toBe(true);
      expect(id.id).not.toBe(identifyBody(o.name, { province: null, articleId: 'other' }).id);
    }
  });
});

describe('a meeting over a span of days', () => {
  it('dates "diễn ra từ ngày 18 đến 20/9/2024" and "Từ ngày 30/6 đến 2/7, …" by the first day, and ends the name before "diễn ra"', () => {
    expect(
      extract('Hội nghị Trung ương 10 khóa XIII diễn ra từ ngày 18 đến 20/9/2024 tại Hà Nội.').events.map(
        (e) => `${e.name} | ${e.date}`,
      ),
    ).toEqual(['Hội nghị Trung ương 10 khóa XIII | 2024-09-18']);
    expect(
      extract('Từ ngày 30/4 đến 2/5, Tỉnh ủy Bắc Ninh tổ chức Hội nghị lần thứ 20.').events.map(
        (e) => e.date,
      ),
    ).toEqual(['2025-04-30']);
  });

  it('does not date a meeting by a period "từ ngày … đến …" that something else runs over', () => {
    const e = extract('Quy định có hiệu lực từ ngày 1 đến 30/6. Tại Hội nghị, các đại biểu nghe báo cáo.');
    expect(e.events.map((v) => v.date)).toEqual([null]);
  });
});

describe('meeting nouns that are synonyms of listed ones', () => {
  it('reads "cuộc làm việc" as a working visit and "Diễn đàn" as a conference', () => {
    const visit = extract('Chiều 14/3, Bộ Chính trị có cuộc làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.');
    expect(visit.events.map((e) => `${e.kind} | ${e.date}`)).toEqual(['working-visit | 2025-03-14']);
    const forum = extract('Sáng 20/3, Bộ Tư pháp tổ chức Diễn đàn pháp luật về kinh tế tư nhân.');
    expect(forum.events.map((e) => e.kind)).toEqual(['conference']);
  });
});
