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
