// Pages saved by hand as .txt (issue 12): the site's "today" above the article's dateline, captions,
// a byline, then the site's furniture. Pinned on pages written for the tests (test/fixtures/saved-pages).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../ingest/types.ts';
import { readInputs } from '../../ingest/read/inputs.ts';
import { articleDateline, isDateLine } from '../../ingest/read/dateline.ts';
import { validateRecord } from '../../ingest/read/record.ts';
import { cleanArticle } from '../../ingest/clean.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

const pages = path.resolve(import.meta.dirname, '../fixtures/saved-pages');

async function readPage(name: string): Promise<ArticleRecord> {
  for await (const r of readInputs([path.join(pages, name)])) {
    if ('error' in r) throw new Error(r.error);
    return r;
  }
  throw new Error(`no record in ${name}`);
}

describe('the dateline of a saved page', () => {
  it("dates a .txt page by the article's dateline, not the site's current date above it", async () => {
    const page = await readPage('hoi-nghi-tinh-uy.txt');
    expect(page.publishedAt).toBe('2021-01-04');
    expect(page.title).toBe('Tin hoạt động');
  });

  it('reads a labelled update time as the dateline', async () => {
    expect((await readPage('cap-nhat-ngay.txt')).publishedAt).toBe('2022-09-23');
  });

  it('takes no date from a page that shows only the current date', () => {
    expect(
      articleDateline('Thứ Ba, 16/4/2024\nTin hoạt động\nSáng 4/1, Tỉnh ủy tổ chức hội nghị.'),
    ).toBeNull();
  });

  it('knows the written forms of a date line and not a sentence that holds a date', () => {
    for (const line of [
      "Thứ Hai, 4/1/2021 18:59'(GMT+7)",
      '28/12/2021 18:12',
      'Cập nhật ngày: 23/09/2022 13:54:45',
      'Thứ Ba, 16/4/2024',
    ])
      expect(isDateLine(line), line).toBe(true);
    expect(isDateLine('Ngày 4/1/2021, Tỉnh ủy tổ chức hội nghị.')).toBe(false);
  });

  it('dates a JSON record without publishedAt from its text, and keeps a stated publishedAt', () => {
    const text = "Thứ Ba, 16/4/2024\nThứ Hai, 4/1/2021 18:59'(GMT+7)\nSáng 4/1, Tỉnh ủy tổ chức hội nghị.";
    const undated = validateRecord(
      { id: 'a', url: null, language: 'vi', publishedAt: null, title: null, text },
      'test',
    );
    const dated = validateRecord(
      { id: 'b', url: null, language: 'vi', publishedAt: '2021-01-05', title: null, text },
      'test',
    );
    expect('publishedAt' in undated && undated.publishedAt).toBe('2021-01-04');
    expect('publishedAt' in dated && dated.publishedAt).toBe('2021-01-05');
  });
});

describe("a saved page's furniture", () => {
  it('ends the article at its closing credit and drops the date lines', async () => {
    const clean = cleanArticle(await readPage('hoi-nghi-tinh-uy.txt'));
    expect(clean.text).not.toMatch(/Cao Bằng|Thống kê|Các tin khác|GMT|16\/4\/2024/);
    expect(clean.text).toMatch(/năm 2021\.$/);
    expect(clean.authors).toEqual(['Minh Anh']);
  });

  it('reads no body from the related links after the byline, and dates the meeting', async () => {
    const { extraction } = extractArticle(await readPage('hoi-nghi-tinh-uy.txt'));
    const bodies = extraction.organizations.map((o) => o.name).join(' | ');
    expect(bodies).toContain('Tỉnh ủy Hà Giang');
    expect(bodies).not.toMatch(/Cao Bằng|Doanh nghiệp/);
    expect(extraction.events.map((e) => e.date)).toEqual(['2021-01-04']);
    expect(extraction.relations.filter((r) => r.type === 'CHAIRED').map((r) => r.person)).toEqual([
      'Đặng Quốc Khánh',
    ]);
  });

  it('keeps a short closing line that is prose, and an article with no furniture whole', () => {
    const record: ArticleRecord = {
      id: 'c',
      url: null,
      language: 'vi',
      publishedAt: null,
      title: null,
      text: 'Sáng 4/1, Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2020 với sự tham dự của các đồng chí lãnh đạo tỉnh.\nHội nghị kết thúc lúc 11 giờ.\nMinh Anh',
    };
    const clean = cleanArticle(record);
    expect(clean.text).toMatch(/kết thúc lúc 11 giờ\.$/);
    expect(clean.authors).toEqual(['Minh Anh']);
  });
});
