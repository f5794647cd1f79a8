// Decision 0111: a National Assembly resolution's code, <number>/<year>/QH<term>, read as a
// document after "Nghị quyết" with who carries it out and who issued it, a law's code not read
// (decision 0105 left laws open); "thu, chi" kept inside a budget resolution's title. Sentences
// written for this file; the tests fail before 0111, the guards pass on both.
import { describe, expect, it } from 'vitest';
import { documentPairsOf, extractText } from '../support/extraction-views.ts';

const extract = (text: string) => extractText(text, 'vi', '2025-08-20');
const codes = (text: string) =>
  extract(text)
    .documents.map((d) => d.code)
    .sort();

describe("a National Assembly resolution's code", () => {
  it('reads "Nghị quyết số 43/2022/QH15", who carries it out and who issued it', () => {
    const text =
      'Ngày 18/8, UBND tỉnh Quảng Bình tổ chức hội nghị triển khai Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ chương trình phục hồi kinh tế.';
    expect(codes(text)).toEqual(['43/2022/QH15']);
    expect(documentPairsOf(extract(text), 'IMPLEMENTS')).toEqual(['UBND tỉnh Quảng Bình | 43/2022/QH15']);
    expect(documentPairsOf(extract(text), 'ISSUED')).toEqual(['Quốc hội | 43/2022/QH15']);
  });

  it('reads the Standing Committee\'s code after "Nghị quyết"', () => {
    expect(
      codes(
        'Ngày 18/8, HĐND tỉnh Quảng Bình họp chuyên đề thực hiện Nghị quyết 1211/2016/UBTVQH13 về tiêu chuẩn của đơn vị hành chính.',
      ),
    ).toEqual(['1211/2016/UBTVQH13']);
  });

  it('does not read a law by its code (guard)', () => {
    expect(
      codes(
        'Ngày 18/8, Sở Tư pháp tỉnh Quảng Bình tổ chức hội nghị phổ biến Luật số 45/2013/QH13 cho cán bộ cấp xã.',
      ),
    ).toEqual([]);
  });
});

describe('a budget resolution named by its subject', () => {
  const names = (text: string) =>
    extract(text)
      .documents.map((d) => d.name)
      .filter((n) => n !== null)
      .sort();

  it('keeps "thu, chi" inside the title', () => {
    expect(
      names(
        'Ngày 18/8, HĐND phường Đồng Hới họp chuyên đề và thông qua Nghị quyết về điều chỉnh dự toán thu, chi ngân sách phường năm 2025; Nghị quyết về đặt tên đường.',
      ),
    ).toEqual([
      'Nghị quyết về điều chỉnh dự toán thu, chi ngân sách phường năm 2025',
      'Nghị quyết về đặt tên đường',
    ]);
  });

  it('still ends a title at a comma before another clause (guard)', () => {
    expect(
      names(
        'Ngày 18/8, HĐND phường Đồng Hới thông qua Nghị quyết về đặt tên đường, đồng thời giao UBND phường tổ chức thực hiện.',
      ),
    ).toEqual(['Nghị quyết về đặt tên đường']);
  });
});
