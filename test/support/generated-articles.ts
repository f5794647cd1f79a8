// Articles written for the crash and chaos tests: a provincial committee meets, its secretary chairs,
// a deputy attends; names, provinces and days vary with the index, so n articles give many entities.
import type { ArticleRecord } from '../../ingest/types.ts';

const PROVINCES = ['Bắc Ninh', 'Cao Bằng', 'Hà Nam', 'Nam Định', 'Phú Yên', 'Tây Ninh'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
const GIVEN = ['Văn An', 'Minh Bình', 'Quốc Cường', 'Đức Dũng', 'Thị Hạnh', 'Hữu Long', 'Thanh Nam'];

/** Plain articles written for this test: a committee meets, its secretary chairs, a deputy attends. */
export function generatedArticles(n: number, prefix = 'crash'): ArticleRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const province = PROVINCES[i % PROVINCES.length]!;
    const chair = `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`;
    const deputy = `${FAMILY[(i + 2) % FAMILY.length]} ${GIVEN[(i + 3) % GIVEN.length]}`;
    const day = (i % 27) + 1;
    return {
      id: `${prefix}-${i}`,
      url: `https://tests.kg.invalid/${prefix}/${i}`,
      language: 'vi',
      publishedAt: `2023-05-${String(day).padStart(2, '0')}`,
      title: `Tỉnh ủy ${province} tổ chức Hội nghị`,
      text: [
        `Tỉnh ủy ${province} tổ chức Hội nghị`,
        `Ngày ${day}/5/2023, Ban Thường vụ Tỉnh ủy ${province} tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.`,
        `Đồng chí ${chair}, Bí thư Tỉnh ủy ${province}, chủ trì Hội nghị.`,
        `Đồng chí ${deputy}, Phó Bí thư Tỉnh ủy ${province}, dự Hội nghị.`,
      ].join('\n\n'),
    };
  });
}
