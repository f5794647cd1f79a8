// Vietnamese meetings over several days (issue 12, decision 0111), pinned on sentences written for
// these tests: a span in brackets restating the days of a meeting the sentence dates by its closing
// day, and a later sentence that names the same meeting in lower case on one of its days.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../ingest/types.ts';
import { extractArticle } from '../../ingest/pipeline.ts';
import { meetingDates } from '../../ingest/extract/vi/events.ts';

function eventDates(text: string, publishedAt: string | null): (string | null)[] {
  const record: ArticleRecord = { id: 't', url: null, language: 'vi', publishedAt, title: null, text };
  return extractArticle(record).extraction.events.map((e) => e.date);
}

describe('the last day of a meeting written over several days', () => {
  it('is read from "21-22/4", "8 và 9/7" and "từ ngày 26 đến 28/6"', () => {
    expect(meetingDates('Ngày 21-22/4, Bộ Công Thương tổ chức hội nghị tổng kết.')[0]?.lastDay).toBe(22);
    expect(meetingDates('Trong hai ngày 8 và 9/7, HĐND thành phố họp.')[0]?.lastDay).toBe(9);
    expect(meetingDates('Hội nghị diễn ra từ ngày 26 đến 28/6.')[0]?.lastDay).toBe(28);
  });

  it('is not set for a single day', () => {
    expect(meetingDates('Sáng 23.9, Huyện ủy Bảo Lâm tổ chức hội nghị.')[0]?.lastDay).toBeUndefined();
  });
});

describe('a span in brackets after the closing day', () => {
  it('dates the meeting by its first day', () => {
    expect(
      eventDates(
        'Chiều 28/6, Đại hội đại biểu Hội Cựu chiến binh tỉnh Quảng Trị lần thứ VIII đã bế mạc sau ba ngày làm việc (từ ngày 26 đến 28/6).',
        '2025-06-29',
      ),
    ).toEqual(['2025-06-26']);
  });

  it('leaves the written day when the span in brackets does not hold it', () => {
    expect(
      eventDates(
        'Sáng 3/7, Sở Y tế tổ chức hội nghị triển khai đợt tiêm chủng bổ sung (từ ngày 10 đến 20/7).',
        '2025-07-04',
      ),
    ).toEqual(['2025-07-03']);
  });
});

describe('a later day inside a meeting’s span', () => {
  it('is a day of that meeting when the meeting is named in lower case', () => {
    expect(
      eventDates(
        'Trong hai ngày 8 và 9/7, Hội đồng nhân dân thành phố Cần Thơ tổ chức Kỳ họp thứ 22. ' +
          'Các đại biểu đã thông qua 14 nghị quyết. ' +
          'Kết quả kỳ họp được Thường trực HĐND thành phố công bố chiều 9/7.',
        '2025-07-10',
      ),
    ).toEqual(['2025-07-08']);
  });

  it('is a day of that meeting after a day range with a dash', () => {
    expect(
      eventDates(
        'Ngày 21-22/4, Bộ Công Thương tổ chức Hội nghị tổng kết công tác năm. ' +
          'Bế mạc hội nghị chiều 22/4, Bộ trưởng đề nghị các đơn vị hoàn thành kế hoạch.',
        '2025-04-23',
      ),
    ).toEqual(['2025-04-21']);
  });

  it('stays a meeting of its own when it is named with a capital', () => {
    expect(
      eventDates(
        'Từ ngày 5 đến 7/11, Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 32. ' +
          'Chiều 6/11, Bộ Ngoại giao tổ chức Hội nghị thông tin báo chí về chương trình nghị sự.',
        '2025-11-08',
      ),
    ).toEqual(['2025-11-05', '2025-11-06']);
  });

  it('stays a meeting of its own on a day after the span', () => {
    expect(
      eventDates(
        'Trong hai ngày 8 và 9/7, Hội đồng nhân dân thành phố Cần Thơ tổ chức Kỳ họp thứ 22. ' +
          'Ngày 15/7, Thường trực HĐND thành phố tổ chức hội nghị giao ban.',
        '2025-07-16',
      ),
    ).toEqual(['2025-07-08', '2025-07-15']);
  });
});
