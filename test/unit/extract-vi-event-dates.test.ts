// Vietnamese event dates, pinned on sentences written for these tests (issue 12): the written
// forms of a meeting's day, the year rule (the date's own year, else the article's, else a year
// the text states, else null — never a guess), and dates that belong to something else.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../ingest/types.ts';
import { extractArticle } from '../../ingest/pipeline.ts';
import { articleYear, meetingDates } from '../../ingest/extract/vi/events.ts';

function eventDates(text: string, publishedAt: string | null): (string | null)[] {
  const record: ArticleRecord = { id: 't', url: null, language: 'vi', publishedAt, title: null, text };
  return extractArticle(record).extraction.events.map((e) => e.date);
}

describe('the written forms of a meeting day', () => {
  it('reads a day and month written with a dot after a time of day', () => {
    expect(
      eventDates('Sáng 23.9, Huyện ủy Bảo Lâm tổ chức hội nghị sơ kết công tác dân vận.', '2023-09-25'),
    ).toEqual(['2023-09-23']);
  });

  it('does not read a number written with a dot as a date', () => {
    expect(meetingDates('Hội nghị có hơn 2.000 đại biểu tham dự.')).toEqual([]);
  });

  it('dates a meeting over a day range by its first day', () => {
    expect(
      eventDates(
        'Trong hai ngày 21-22/4, Đảng bộ tỉnh Cao Bằng tổ chức Đại hội đại biểu lần thứ XX.',
        '2025-04-23',
      ),
    ).toEqual(['2025-04-21']);
    expect(
      eventDates('Ngày 21 và 22/4, Tỉnh ủy Cao Bằng tổ chức hội nghị lần thứ 15.', '2025-04-23'),
    ).toEqual(['2025-04-21']);
  });

  it('reads a date written in words with its year, without an article date', () => {
    expect(
      eventDates('Sáng ngày 6 tháng 11 năm 2023, Ban Dân vận Trung ương tổ chức hội nghị tại Đà Lạt.', null),
    ).toEqual(['2023-11-06']);
  });

  it('reads "sáng nay (30/6)"', () => {
    expect(
      eventDates('Sáng nay (30/6), tỉnh Gia Lai tổ chức Lễ công bố nghị quyết sáp nhập tỉnh.', '2025-06-30'),
    ).toEqual(['2025-06-30']);
  });
});

describe('the year of a day and month', () => {
  it('is null with no article date and no year in the text', () => {
    expect(
      eventDates(
        'Chiều 8/1, Ban Thường vụ Tỉnh ủy Điện Biên tổ chức hội nghị công bố quyết định về công tác cán bộ.',
        null,
      ),
    ).toEqual([null]);
  });

  it('is not either end of a term', () => {
    expect(
      eventDates(
        'Chiều 8/1, Ban Thường vụ Tỉnh ủy Điện Biên tổ chức hội nghị công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030.',
        null,
      ),
    ).toEqual([null]);
    expect(
      articleYear('Đảng bộ tỉnh nhiệm kỳ 2020-2025 và giai đoạn 2021 – 2025, tầm nhìn đến năm 2030.', null),
    ).toBeNull();
  });

  it('is the start of the term a congress elects', () => {
    expect(
      eventDates(
        'Sáng 14/10, Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI, nhiệm kỳ 2020 - 2025 khai mạc.',
        null,
      ),
    ).toEqual(['2020-10-14']);
  });

  it('is the year before the article for a day and month after its date', () => {
    expect(
      eventDates('Ngày 30/12, Thành ủy Hải Phòng tổ chức hội nghị tổng kết công tác năm.', '2024-01-02'),
    ).toEqual(['2023-12-30']);
  });
});

describe('dates that are not the meeting’s', () => {
  it('does not date a meeting by the day a decision takes effect', () => {
    expect(
      eventDates(
        'Tại hội nghị, Sở Nội vụ công bố quyết định bổ nhiệm ông Hà Văn Tám giữ chức Giám đốc Sở Y tế kể từ ngày 1/11/2025.',
        '2025-11-03',
      ),
    ).toEqual([null]);
  });

  it('does not date a meeting by a numbered paper', () => {
    expect(
      meetingDates(
        'Hội nghị đã thông qua công văn số 215 ngày 12/3/2024 của Ban Tổ chức Tỉnh ủy về công tác cán bộ.',
      ),
    ).toEqual([]);
  });

  it('does not report a meeting recalled with its full date after the reported one', () => {
    expect(
      eventDates(
        'Chiều 19/11, Đoàn kiểm tra của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng. Tại buổi làm việc, Trưởng đoàn cho biết ngày 14/7/2023, Đoàn kiểm tra đã triển khai kế hoạch tại hội nghị của tỉnh.',
        '2023-11-20',
      ),
    ).toEqual(['2023-11-19']);
  });
});
