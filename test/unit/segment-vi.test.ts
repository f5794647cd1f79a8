import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../ingest/clean.ts';
import { segment } from '../../ingest/extract/vi/segment.ts';

function sentences(text: string): string[] {
  const article = cleanArticle({ id: 't', url: null, language: 'vi', publishedAt: null, title: null, text });
  return segment(article).map((s) => article.text.slice(s.start, s.end));
}

describe('Vietnamese sentence segmentation', () => {
  it('does not split dates or document codes', () => {
    expect(
      sentences(
        'Ngày 12/7, Đảng ủy họp. Chiều ngày 28/12/2021, hội nghị triển khai Chỉ thị 05-CT/TW của Bộ Chính trị.',
      ),
    ).toEqual([
      'Ngày 12/7, Đảng ủy họp.',
      'Chiều ngày 28/12/2021, hội nghị triển khai Chỉ thị 05-CT/TW của Bộ Chính trị.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('Hội nghị tổ chức tại TP. Hồ Chí Minh. PGS.TS. Nguyễn Văn An phát biểu.')).toEqual([
      'Hội nghị tổ chức tại TP. Hồ Chí Minh.',
      'PGS.TS. Nguyễn Văn An phát biểu.',
    ]);
    expect(sentences('Đồng chí Lê Thanh Quang, UVT.Ư Đảng, Bí thư Tỉnh ủy dự.')).toHaveLength(1);
  });

  it('treats an ellipsis as an end only before a capital', () => {
    expect(sentences('Các nhiệm vụ còn chậm… cần khắc phục. Tuy nhiên... Hội nghị đánh giá cao.')).toEqual([
      'Các nhiệm vụ còn chậm… cần khắc phục.',
      'Tuy nhiên...',
      'Hội nghị đánh giá cao.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('Chủ đề năm là “Năm tăng cường kiểm tra.” Hội nghị bế mạc.')).toEqual([
      'Chủ đề năm là “Năm tăng cường kiểm tra.”',
      'Hội nghị bế mạc.',
    ]);
  });

  it('keeps a list of persons with their posts in one sentence', () => {
    const text =
      'Dự hội nghị có các đồng chí: Lê Văn An, Bí thư Tỉnh ủy; Trần Thị Bình, Phó Bí thư Tỉnh ủy; Phạm Văn Cường, Chủ tịch UBND tỉnh.';
    expect(sentences(text)).toEqual([text]);
  });

  it('ends a sentence after a Roman numeral that numbers a period (decision 0034)', () => {
    expect(sentences('Kết quả quý I. Tỉnh ủy đã đánh giá cao các huyện.')).toEqual([
      'Kết quả quý I.',
      'Tỉnh ủy đã đánh giá cao các huyện.',
    ]);
    expect(sentences('Quốc hội khóa X. Sau đó Ủy ban Thường vụ họp.')).toEqual([
      'Quốc hội khóa X.',
      'Sau đó Ủy ban Thường vụ họp.',
    ]);
    expect(sentences('Hội nghị Trung ương lần thứ V. Các đại biểu thảo luận.')).toHaveLength(2);
    expect(sentences('Kỳ họp thứ V. Quốc hội thông qua luật.')).toHaveLength(2);
    expect(sentences('Phần I. Tình hình chung. Chương V. Tổ chức thực hiện.')).toEqual([
      'Phần I.',
      'Tình hình chung.',
      'Chương V.',
      'Tổ chức thực hiện.',
    ]);
  });

  it('still keeps an initial in a name, and "X." for xã, inside the sentence', () => {
    expect(sentences('Ông Nguyễn Văn A. B dự họp.')).toHaveLength(1);
    expect(sentences('Đồng chí Trần V. Nam, Bí thư Huyện ủy, dự họp.')).toHaveLength(1);
    expect(sentences('Hội nghị tổ chức tại X. Tân Lập, huyện Đan Phượng.')).toHaveLength(1);
  });

  it('ends a sentence at a line break and counts paragraphs', () => {
    const article = cleanArticle({
      id: 't',
      url: null,
      language: 'vi',
      publishedAt: null,
      title: null,
      text: 'Tiêu đề bài\n\nĐoạn một. Câu hai.\nĐoạn hai',
    });
    const s = segment(article);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 2]);
    expect(s.every((x, i) => x.index === i)).toBe(true);
  });
});
