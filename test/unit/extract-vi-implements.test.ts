import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/pipeline.ts';
import type { Extraction } from '../../ingest/types.ts';

// Sentences written for these tests (fictional bodies and documents): which body implements a document.
function extract(text: string): Extraction {
  return extractArticle({ id: 't', url: null, language: 'vi', publishedAt: '2024-03-20', title: null, text })
    .extraction;
}
const implementsOf = (x: Extraction) =>
  x.relations
    .filter((r) => r.type === 'IMPLEMENTS')
    .map((r) => `${r.organization} | ${r.document}`)
    .sort();

describe('IMPLEMENTS: which body carries out the document', () => {
  it('gives a document opened by "… của <body> về tiếp tục thực hiện" to that issuer', () => {
    const x = extract(
      'Huyện ủy Lạc Sơn quán triệt Kết luận số 12-KL/TU ngày 3/4/2023 của Tỉnh ủy Hòa Bình về tiếp tục thực hiện Nghị quyết số 07-NQ/TU ngày 5/6/2016.',
    );
    expect(implementsOf(x)).toEqual(['Huyện ủy Lạc Sơn | 12-KL/TU', 'Tỉnh ủy Hòa Bình | 07-NQ/TU']);
  });

  it('does not take a document reviewed by another ("… về tổng kết Nghị quyết …") as implemented', () => {
    const x = extract(
      'Đảng ủy Khối các cơ quan tỉnh triển khai Kết luận số 45-KL/TW ngày 2/2/2024 của Ban Chấp hành Trung ương khóa XIII về tổng kết Nghị quyết số 11-NQ/TW.',
    );
    expect(implementsOf(x)).toEqual(['Đảng ủy Khối các cơ quan tỉnh | 45-KL/TW']);
  });

  it('in an inspection, gives the document to the body inspected ("đối với <body>"), not the inspector', () => {
    const x = extract(
      'Ủy ban Kiểm tra Trung ương kiểm tra việc thực hiện Chỉ thị số 22-CT/TW của Ban Bí thư đối với Ban Thường vụ Tỉnh ủy Yên Bái.',
    );
    expect(implementsOf(x)).toEqual(['Ban Thường vụ Tỉnh ủy Yên Bái | 22-CT/TW']);
  });

  it('in an inspection with no body in the sentence, gives it to the body the article says is inspected', () => {
    const x = extract(
      'Chiều 4/3, Đoàn kiểm tra của Bộ Chính trị công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Bắc Kạn. Nội dung kiểm tra là việc tổ chức thực hiện Chỉ thị số 30-CT/TW ngày 1/2/2024 của Bộ Chính trị.',
    );
    expect(implementsOf(x)).toEqual(['Ban Thường vụ Tỉnh ủy Bắc Kạn | 30-CT/TW']);
  });

  it('does not take the object of "việc <verb> <body>" for the subject', () => {
    const x = extract(
      'Ngày 3/3, Ban Thường vụ Huyện ủy Tân Lạc tổ chức hội nghị công bố quyết định. Việc hợp nhất Ban Dân vận Huyện ủy Tân Lạc được thực hiện theo Kết luận số 09-KL/BCĐ.',
    );
    expect(implementsOf(x)).toEqual(['Ban Thường vụ Huyện ủy Tân Lạc | 09-KL/BCĐ']);
  });

  it('gives each document to the nearest verb that takes it, not to every implementing verb before it', () => {
    const x = extract(
      'Huyện ủy Mai Châu thực hiện chương trình công tác năm, Đảng ủy xã Vạn Mai triển khai Nghị quyết số 04-NQ/HU ngày 2/1/2024.',
    );
    expect(implementsOf(x)).toEqual(['Đảng ủy xã Vạn Mai | 04-NQ/HU']);
  });

  it('does not let a verb inside a document title ("… về học tập …") take the documents after it', () => {
    const x = extract(
      'Đảng ủy xã Phú Lương tiếp tục thực hiện Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021.',
    );
    expect(implementsOf(x)).toEqual(['Đảng ủy xã Phú Lương | 02-NQ/TW', 'Đảng ủy xã Phú Lương | 05-CT/TW']);
  });

  it('reads "ngành <field>" before the verb as the article\'s department of that field', () => {
    const x = extract(
      'Ngày 5/3, UBND tỉnh Hà Giang làm việc với Sở Y tế tỉnh Hà Giang. Chủ tịch UBND tỉnh yêu cầu ngành y tế khẩn trương triển khai Chỉ thị số 25-CT/TW ngày 25/10/2023.',
    );
    expect(implementsOf(x)).toEqual(['Sở Y tế tỉnh Hà Giang | 25-CT/TW']);
  });

  it('does not take a guest body of an attendance list ("Dự hội nghị có …") for the subject', () => {
    const x = extract(
      'Sáng 8/3, Hội Cựu chiến binh tỉnh Lai Châu tổ chức hội nghị. Dự hội nghị có lãnh đạo Ủy ban MTTQ tỉnh và các hội viên tiêu biểu trong 5 năm thực hiện Chỉ thị số 07-CT/TW ngày 2/2/2019.',
    );
    expect(implementsOf(x)).toEqual(['Hội Cựu chiến binh tỉnh Lai Châu | 07-CT/TW']);
  });
});
