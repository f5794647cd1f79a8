// Decision 0111: one tried or disciplined is named at a trial or a discipline meeting, not as one
// who attends it ("Bị cáo A cho rằng …", "Đối với đồng chí B, Ủy ban Kiểm tra yêu cầu …"). Every
// sentence is written for this file (invented names). The first two fail on the rules before 0111;
// the guards pass on both.
import { describe, expect, it } from 'vitest';
import { extractText, peopleOf } from '../support/extraction-views.ts';

const extract = (text: string) => extractText(text, 'vi', '2025-09-20');

describe('a defendant or a disciplined official is no attendant', () => {
  it('does not make a defendant who speaks at the trial attend it', () => {
    const e = extract(
      'Ngày 18/9, Tòa án nhân dân tỉnh Nghệ An mở phiên tòa sơ thẩm xét xử 4 bị cáo. Bị cáo Lò Văn Thắm cho rằng việc cấp phép khai thác cát đúng thẩm quyền.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });

  it('does not make the official a commission asks about attend its meeting', () => {
    const e = extract(
      'Ngày 15/9, Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn tổ chức kỳ họp thứ 12. Đối với đồng chí Hoàng Văn Sáng, nguyên Phó Giám đốc Sở Xây dựng, Ủy ban Kiểm tra Tỉnh ủy yêu cầu xử lý kỷ luật về hành chính.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual([]);
  });

  it('still makes a prosecutor or a lawyer who speaks at the trial attend it (guard)', () => {
    const e = extract(
      'Ngày 18/9, Tòa án nhân dân tỉnh Nghệ An mở phiên tòa sơ thẩm xét xử 4 bị cáo. Kiểm sát viên Đinh Thị Hòa đề nghị mức án từ 3 đến 4 năm tù.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Đinh Thị Hòa']);
  });

  it('still makes a speaker attend after a clause on a topic (guard)', () => {
    const e = extract(
      'Ngày 15/9, Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn tổ chức kỳ họp thứ 12. Đối với các kiến nghị của cơ sở, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn Vi Thị Mến cho biết sẽ trả lời bằng văn bản.',
    );
    expect(peopleOf(e, 'ATTENDED')).toEqual(['Vi Thị Mến']);
  });
});
