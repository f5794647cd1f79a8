// The rules of decision 0105 (documents and events as a class, issue 12), each on sentences written
// for this file: a state code whose issuer ends in a lower-case letter, the comma of "phòng, chống"
// inside a title, a round-table or a working session reported with no date or "chiều qua", English
// "yesterday", and the issuer written before a list of English documents. Each test but the guards
// fails on the tree before the rules (3108216).
import { describe, expect, it } from 'vitest';
import { documentPairsOf, extractText, peopleOf } from '../support/extraction-views.ts';

const vi = (text: string, publishedAt: string | null = '2025-12-05') => extractText(text, 'vi', publishedAt);
const en = (text: string, publishedAt: string | null = '2025-12-05') => extractText(text, 'en', publishedAt);
const codes = (e: ReturnType<typeof vi>) => e.documents.map((d) => `${d.code ?? d.name} | ${d.type}`).sort();
const dates = (e: ReturnType<typeof vi>) => e.events.map((v) => v.date);

describe('a state code whose issuer ends in a lower-case letter (the Prime Minister’s "TTg")', () => {
  it('reads a directive, a decision and a dispatch of the Prime Minister', () => {
    const e = vi(
      'Ngày 2/12, UBND tỉnh Gia Lai triển khai Chỉ thị 04/CT-TTg và Quyết định 1460/QĐ-TTg. Sở Y tế thực hiện Công điện 82/CĐ-TTg.',
    );
    expect(codes(e)).toEqual(['04/CT-TTG | Chỉ thị', '1460/QĐ-TTG | Quyết định', '82/CĐ-TTG | Công điện']);
    expect(documentPairsOf(e, 'IMPLEMENTS')).toContain('UBND tỉnh Gia Lai | 1460/QĐ-TTG');
  });
  it('still reads no code in a word after the slash (guard)', () => {
    const e = vi('Ngày 2/12, tỷ lệ đạt 12/Tháng-Trước, Tỉnh ủy Gia Lai họp.');
    expect(e.documents).toEqual([]);
  });
});

describe('the comma of "phòng, chống" inside a title named by its subject', () => {
  it('keeps the whole title', () => {
    const e = vi(
      'Sáng 2/12, Đảng ủy xã Ia Grai quán triệt Chỉ thị về tăng cường công tác phòng, chống ma túy trong tình hình mới.',
    );
    expect(e.documents.map((d) => d.name)).toEqual([
      'Chỉ thị về tăng cường công tác phòng, chống ma túy trong tình hình mới',
    ]);
  });
  it('still ends a title at any other comma (guard)', () => {
    const e = vi(
      'Sáng 2/12, Đảng ủy xã Ia Grai quán triệt Nghị quyết về phát triển du lịch, đồng thời giao các ngành thực hiện.',
    );
    expect(e.documents.map((d) => d.name)).toEqual(['Nghị quyết về phát triển du lịch']);
  });
});

describe('a round-table or a working session reported with no date of its own', () => {
  const rt =
    'Ban Tuyên giáo Tỉnh ủy Gia Lai tổ chức tọa đàm về công tác báo chí. Đồng chí Lê Văn Tám, Phó Trưởng ban, chủ trì tọa đàm.';
  it('"chiều qua" dates it the day before the article', () => {
    expect(dates(vi(`Chiều qua, ${rt}`))).toEqual(['2025-12-04']);
  });
  it('with no date and no article date it is an event with no date, never a guessed one', () => {
    const e = vi(`Chiều qua, ${rt}`, null);
    expect(dates(e)).toEqual([null]);
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Lê Văn Tám']);
  });
  it('"có buổi làm việc" reports a working session', () => {
    const e = vi(
      'Chiều qua, Thường trực Tỉnh ủy Gia Lai có buổi làm việc với Sở Tài chính. Đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy, chủ trì buổi làm việc.',
    );
    expect(dates(e)).toEqual(['2025-12-04']);
    expect(peopleOf(e, 'CHAIRED')).toEqual(['Lê Văn Tám']);
  });
  it('a forum a visitor came to attend is no reported event (guard)', () => {
    const e = vi('Bộ trưởng Ngoại giao Lào sang Việt Nam dự Diễn đàn hợp tác Mekong – Lan Thương.');
    expect(e.events).toEqual([]);
  });
});

describe('English "yesterday"', () => {
  const text =
    'Yesterday, the Gia Lai Provincial Party Committee held a conference to review the year. Party Secretary Le Van Tam chaired the conference.';
  it('dates the event the day before the article', () => {
    expect(dates(en(text))).toEqual(['2025-12-04']);
  });
  it('gives no date with no article date', () => {
    expect(dates(en(text, null))).toEqual([null]);
  });
});

describe('an issuer written before a list of English documents', () => {
  it('issued each of them ("the Politburo’s Directives 05 and 35")', () => {
    const e = en(
      'On December 2, officials in Gia Lai studied the Politburo’s Directives 05-CT/TW and 35-CT/TW.',
    );
    expect(documentPairsOf(e, 'ISSUED')).toEqual(['Politburo | 05-CT/TW', 'Politburo | 35-CT/TW']);
  });
  it('issued each of them ("the Secretariat issued Directives 05 and 35")', () => {
    const e = en('On December 2, the Secretariat issued Directives 05 and 35.');
    expect(documentPairsOf(e, 'ISSUED')).toEqual([
      'Secretariat | Directive 05',
      'Secretariat | Directive 35',
    ]);
  });
  it('not the document after a verb between them (guard)', () => {
    const e = en(
      'On December 2, the Politburo issued Directive 05-CT/TW, and Gia Lai implemented Resolution 57-NQ/TW.',
    );
    expect(documentPairsOf(e, 'ISSUED')).toEqual(['Politburo | 05-CT/TW']);
  });
});
