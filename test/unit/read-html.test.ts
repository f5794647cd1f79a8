import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bylineNames, readHtmlText } from '../../ingest/read/html-page.ts';
import { isRecordError } from '../../ingest/read/record.ts';
import type { ArticleRecord, RecordError } from '../../ingest/types.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/html');

function readFixture(name: string): ArticleRecord | RecordError {
  const file = path.join(FIXTURES, name);
  return readHtmlText(readFileSync(file, 'utf8'), file, name.replace(/\.html$/, ''));
}
function record(name: string): ArticleRecord {
  const r = readFixture(name);
  if (isRecordError(r)) throw new Error(r.error);
  return r;
}

describe('readHtmlText on a provincial party newspaper page', () => {
  const page = record('hoi-nghi-tinh-uy.html');
  const paragraphs = page.text.split('\n\n');

  it('takes title, date and address from the page metadata', () => {
    expect(page.id).toBe('hoi-nghi-tinh-uy');
    expect(page.title).toBe('Hội nghị sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW');
    expect(page.publishedAt).toBe('2022-06-15');
    expect(page.url).toBe(
      'https://baosonglam.example.vn/chinh-tri/hoi-nghi-so-ket-3-nam-chi-thi-05-1234.html',
    );
    expect(page.language).toBe('vi');
  });

  it('keeps the article paragraphs in order, entities decoded', () => {
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe(
      'Sáng 14/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
    );
    expect(paragraphs[1]).toContain('lãnh đạo các ban, sở, ngành và bí thư');
    expect(paragraphs[4]).toBe(
      'Dịp này, Ban Thường vụ Tỉnh ủy khen thưởng 25 tập thể và 40 cá nhân có thành tích tiêu biểu.',
    );
  });

  it('drops menus, share buttons, counters, related links, comments, tags, captions and the footer', () => {
    for (const chrome of [
      'Trang chủ',
      'Chia sẻ',
      'Zalo',
      'Lượt xem',
      'Tin liên quan',
      'Quán triệt Nghị quyết Trung ương 4',
      'Bình luận',
      'cảm ơn tòa soạn',
      'Từ khóa',
      'Thống kê truy cập',
      'Tổng truy cập',
      'Quang cảnh hội nghị',
      'phát biểu kết luận hội nghị',
      'Bản quyền',
      'Khai mạc kỳ họp',
      'dataLayer',
    ]) {
      expect(page.text.toLowerCase(), chrome).not.toContain(chrome.toLowerCase());
    }
  });

  it('returns the byline as authors, not as text, and ignores an outlet named as author', () => {
    expect(page.authors).toEqual(['Minh Khôi', 'Thu Hà']);
    expect(page.text).not.toContain('Minh Khôi');
  });
});

describe('readHtmlText on an old table layout without metadata', () => {
  const page = record('trang-cu-khong-meta.html');

  it('finds the body by its paragraphs and stops at "Tin liên quan"', () => {
    expect(page.text.split('\n\n')).toEqual([
      expect.stringMatching(/^Chiều 5\/3, Đảng ủy Sở Giáo dục và Đào tạo/),
      expect.stringMatching(/^Ông Lâm Quốc Vĩnh, Bí thư Đảng ủy/),
      expect.stringMatching(/^Hội nghị yêu cầu mỗi chi bộ/),
    ]);
  });

  it('falls back to <title>, the visible date and the byline after the body', () => {
    expect(page.title).toBe('Đảng bộ Sở Giáo dục và Đào tạo quán triệt Nghị quyết Đại hội');
    expect(page.publishedAt).toBe('2021-03-08');
    expect(page.url).toBeNull();
    expect(page.language).toBeNull();
    expect(page.authors).toEqual(['Trần Hoài Nam']);
  });
});

describe('readHtmlText on a page whose paragraphs are separated by <br>, not <p>', () => {
  const page = record('trang-br-khong-the-p.html');

  it('takes the element with the most prose of its own, not the menu of links', () => {
    expect(page.text.split('\n\n')).toEqual([
      expect.stringMatching(
        /^Chiều 28\/12, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị tổng kết .* năm 2024\.$/,
      ),
      expect.stringMatching(/^Đồng chí Bí thư Huyện ủy chủ trì hội nghị\. .* hoàn thành tốt nhiệm vụ\.$/),
      'Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2024, trong đó phấn đấu kết nạp 180 đảng viên mới.',
    ]);
  });

  it('drops the caption that repeats the image alt text, and reads the credited byline and pubdate meta', () => {
    expect(page.text).not.toContain('Quang cảnh');
    expect(page.authors).toEqual(['Quốc Toản']);
    expect(page.publishedAt).toBe('2023-12-29');
  });
});

describe('readHtmlText on a page whose wrapper has a furniture-like class ("has-sidebar")', () => {
  it('keeps the wrapper that holds the article and still drops the real sidebar and counter', () => {
    const page = record('vo-boc-ten-sidebar.html');
    expect(page.text.split('\n\n').map((p) => p.slice(0, 20))).toEqual([
      'Ngày 2/10, Đoàn đại ',
      'Cử tri kiến nghị sớm',
      'Thay mặt Đoàn, đồng ',
    ]);
    expect(page.authors).toEqual(['Ngọc Lan']);
  });
});

describe('readHtmlText on a page with no article', () => {
  it('gives a RecordError naming the file, not an empty record', () => {
    const r = readFixture('khong-co-bai.html');
    expect(isRecordError(r)).toBe(true);
    expect((r as RecordError).id).toBe('khong-co-bai');
    expect((r as RecordError).error).toMatch(
      /khong-co-bai\.html: no article body found; expected the article in <article> or <p>/,
    );
  });

  it('treats markup with only chrome or nothing at all the same way', () => {
    for (const html of [
      '',
      '<html><body></body></html>',
      '<nav><p>Trang chủ</p></nav>',
      '<p>Chia sẻ</p><p>Facebook</p>',
    ]) {
      const r = readHtmlText(html, 'x.html', 'x');
      expect(isRecordError(r), html).toBe(true);
    }
  });
});

describe('bylineNames', () => {
  it.each([
    ['Bài, ảnh: Minh Khôi - Thu Hà', ['Minh Khôi', 'Thu Hà']],
    ['Tin và ảnh: Lê Văn Tâm', ['Lê Văn Tâm']],
    ['Nguyễn Thị Mai (TTXVN)', ['Nguyễn Thị Mai']],
    ['TTXVN', ['TTXVN']],
    ['PV: Hồng Nhung, Quốc Bảo', ['Hồng Nhung', 'Quốc Bảo']],
  ])('reads %s', (line, names) => {
    expect(bylineNames(line)).toEqual(names);
  });
  it.each([
    'Hội nghị đã thành công tốt đẹp.',
    'Kết luận',
    'Theo báo cáo của Tỉnh ủy',
    'Ban Thường vụ Tỉnh ủy khen thưởng 25 tập thể',
  ])('does not read %s as a byline', (line) => {
    expect(bylineNames(line)).toBeNull();
  });
});
