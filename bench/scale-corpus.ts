// A generated news corpus of any size for bench:scale, written from the project's own templates
// (no text from ../shared/corpus). Article i is the same whatever the size asked, so the corpus of
// 10,000 articles is the first 10,000 of the corpus of 100,000 and a run can grow one graph size
// by size. Dates are spread over 2015–2025 by a hash of i, so any prefix spans the whole decade.
//
// What makes it realistic for a growth benchmark is the shape of its hubs, which grow like real ones:
// - a directive taken up everywhere: 45% of articles are a provincial standing committee's meeting
//   on Chỉ thị 05-CT/TW of the Bộ Chính trị (so Bộ Chính trị ISSUED 05-CT/TW gains evidence in each
//   of them, and 05-CT/TW gains implementers province by province);
// - a busy provincial committee: 30% are meetings of Tỉnh ủy Thanh Hóa, chaired by its secretary
//   of the term and naming two officials of it, most of them new (a body whose officials and a post
//   whose holders grow with the corpus);
// - the long tail: 25% are a provincial department's meeting with new people.
// Names never repeat except where the story wants the same person (a province's secretary and
// deputy secretary for a term): person n is a unique four-syllable name for n < 604,800.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../ingest/types.ts';
import { nameKey } from '../ingest/text/normalise.ts';
import type { Graph } from '../src/db/index.ts';
import type { QuestionSubjects } from './questions.ts';

// prettier-ignore
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh'];
// prettier-ignore
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Công', 'Quốc', 'Xuân', 'Thanh', 'Đình', 'Trọng', 'Bá', 'Kim'];
// prettier-ignore
const GIVEN = [
  'An', 'Bảo', 'Bình', 'Chiến', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Định', 'Giang',
  'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khang', 'Khánh', 'Khoa', 'Lâm', 'Linh',
  'Long', 'Lực', 'Mạnh', 'Nghĩa', 'Ngọc', 'Nhân', 'Phong', 'Phúc', 'Quân', 'Quang',
  'Sơn', 'Tâm', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Vinh', 'Yến', 'Hạnh', 'Hương',
  'Hiền', 'Lan', 'Mai', 'Nga', 'Oanh', 'Phương', 'Thảo', 'Thủy', 'Trang', 'Uyên',
  'Việt', 'Toàn', 'Tiến', 'Thịnh', 'Phát', 'Lợi', 'Kiên', 'Hưng', 'Đông', 'Chương',
];
export const UNIQUE_NAMES = SURNAMES.length * MIDDLES.length * GIVEN.length * GIVEN.length;

/** Person n's name: distinct for every n below UNIQUE_NAMES. */
export function personName(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= UNIQUE_NAMES)
    throw new RangeError(`person ${n}: the generator has ${UNIQUE_NAMES} distinct names`);
  const g = GIVEN.length;
  // A fixed permutation of the numbers (7919 is prime to every factor of UNIQUE_NAMES), so that
  // consecutive people do not share three syllables of four.
  n = (n * 7919 + 104_729) % UNIQUE_NAMES;
  return [
    SURNAMES[Math.floor(n / (g * g * MIDDLES.length)) % SURNAMES.length],
    MIDDLES[Math.floor(n / (g * g)) % MIDDLES.length],
    GIVEN[Math.floor(n / g) % g],
    GIVEN[n % g],
  ].join(' ');
}

// Provinces that kept their names in the 2025 merger (no validFrom rules apply to their bodies).
// prettier-ignore
const PROVINCES = [
  'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long',
  'Đồng Tháp', 'Cà Mau', 'An Giang',
];
export const BUSY_PROVINCE = 'Thanh Hóa';
const DEPARTMENTS = [
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Sở Tư pháp',
];
const TOPICS = [
  'triển khai nhiệm vụ',
  'sơ kết công tác',
  'tổng kết công tác',
  'bàn giải pháp thực hiện nhiệm vụ',
];

// Reserved person numbers for the recurring people, above those handed to new people.
const RECURRING_BASE = 600_000;
const TERMS = [2015, 2020, 2025];

function hash(i: number, salt: string): number {
  return createHash('sha1').update(`${salt}:${i}`).digest().readUInt32BE(0);
}

function dateOf(i: number): { iso: string; vn: string; year: number } {
  const day = hash(i, 'date') % 3650;
  const d = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return { iso: d.toISOString().slice(0, 10), vn: `${dd}/${m}/${y}`, year: y };
}

const termOf = (year: number): number => TERMS.filter((t) => t <= year).length - 1;

/** The province's secretary and deputy secretary in the term of a year: the same people all term. */
function leaders(provinceIndex: number, year: number): { secretary: string; deputy: string } {
  const base = RECURRING_BASE + (provinceIndex * TERMS.length + termOf(year)) * 2;
  return { secretary: personName(base), deputy: personName(base + 1) };
}

/** The leaders the benchmark asks about: the busy province's secretary and deputy of 2020–2025. */
export function busyLeaders(): { secretary: string; deputy: string } {
  return leaders(PROVINCES.length, 2022);
}

type GeneratedArticle = Omit<ArticleRecord, 'id' | 'url'>;

/** A Vietnamese article of the given date: the title, then one paragraph per sentence. */
function article(date: { iso: string }, title: string, sentences: string[]): GeneratedArticle {
  return { language: 'vi', publishedAt: date.iso, title, text: [title, ...sentences].join('\n\n') };
}

function directiveArticle(i: number, fresh: () => string): GeneratedArticle {
  const pIndex = hash(i, 'province') % PROVINCES.length;
  const p = PROVINCES[pIndex]!;
  const date = dateOf(i);
  const { secretary } = leaders(pIndex, date.year);
  const [a, b] = [fresh(), fresh()];
  const title = `Ban Thường vụ Tỉnh ủy ${p} sơ kết thực hiện Chỉ thị 05-CT/TW`;
  return article(date, title, [
    `Ngày ${date.vn}, Ban Thường vụ Tỉnh ủy ${p} tổ chức Hội nghị sơ kết thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.`,
    `Đồng chí ${secretary}, Bí thư Tỉnh ủy ${p}, chủ trì Hội nghị.`,
    `Dự hội nghị có đồng chí ${a}, Phó Chủ tịch UBND tỉnh ${p} và đồng chí ${b}, Giám đốc Sở Nội vụ tỉnh ${p}.`,
    `Ban Thường vụ Tỉnh ủy ${p} tiếp tục thực hiện Chỉ thị 05-CT/TW trong những năm tiếp theo.`,
  ]);
}

function busyArticle(i: number, fresh: () => string): GeneratedArticle {
  const p = BUSY_PROVINCE;
  const date = dateOf(i);
  const { secretary, deputy } = leaders(PROVINCES.length, date.year);
  const topic = TOPICS[hash(i, 'topic') % TOPICS.length]!;
  // Mostly new officials; one in four articles names the deputy secretary of the term again.
  const second = hash(i, 'deputy') % 4 === 0 ? deputy : fresh();
  const title = `Tỉnh ủy ${p} ${topic} năm ${date.year}`;
  return article(date, title, [
    `Ngày ${date.vn}, Tỉnh ủy ${p} tổ chức hội nghị ${topic} năm ${date.year}.`,
    `Đồng chí ${secretary}, Bí thư Tỉnh ủy ${p}, chủ trì hội nghị.`,
    `Đồng chí ${fresh()}, Ủy viên Ban Thường vụ Tỉnh ủy ${p}, trình bày báo cáo.`,
    `Đồng chí ${second}, Phó Bí thư Tỉnh ủy ${p}, phát biểu kết luận.`,
  ]);
}

function departmentArticle(i: number, fresh: () => string): GeneratedArticle {
  const p = PROVINCES[hash(i, 'province') % PROVINCES.length]!;
  const dept = DEPARTMENTS[hash(i, 'dept') % DEPARTMENTS.length]!;
  const date = dateOf(i);
  const topic = TOPICS[hash(i, 'topic') % TOPICS.length]!;
  const title = `${dept} tỉnh ${p} ${topic} năm ${date.year}`;
  return article(date, title, [
    `Ngày ${date.vn}, ${dept} tỉnh ${p} tổ chức hội nghị ${topic} năm ${date.year}.`,
    `Đồng chí ${fresh()}, Giám đốc ${dept} tỉnh ${p}, chủ trì hội nghị.`,
    `Đồng chí ${fresh()}, Phó Giám đốc ${dept} tỉnh ${p}, trình bày báo cáo.`,
  ]);
}

/**
 * Articles `from` (inclusive) to `to` (exclusive) of the generated corpus. New people are numbered
 * 3 per article (article i uses 3i, 3i+1, 3i+2), so a slice never depends on what came before it.
 */
export function* scaleCorpus(from: number, to: number): Generator<ArticleRecord> {
  if (to * 3 > RECURRING_BASE)
    throw new RangeError(`the generated corpus holds at most ${RECURRING_BASE / 3} articles`);
  for (let i = from; i < to; i++) {
    let next = i * 3;
    const fresh = () => personName(next++);
    const roll = hash(i, 'kind') % 100;
    const body =
      roll < 45
        ? directiveArticle(i, fresh)
        : roll < 75
          ? busyArticle(i, fresh)
          : departmentArticle(i, fresh);
    yield { id: `scale-${i}`, url: `https://scale.kg.invalid/${i}`, ...body };
  }
}

/**
 * The entities the API benchmarks ask about in a graph ingested from this corpus (bench:scale,
 * bench:peer): the busy province's leaders, its committee, Chỉ thị 05-CT/TW and the decade.
 */
export async function scaleSubjects(graph: Graph): Promise<QuestionSubjects> {
  const lookup = async (cypherText: string, params: Record<string, unknown>): Promise<string> => {
    const id = await graph.read(async (tx) => (await tx.run(cypherText, params)).records[0]?.get('id'));
    if (typeof id !== 'string')
      throw new Error(`the generated graph has no answer to ${cypherText} ${JSON.stringify(params)}`);
    return id;
  };
  const { secretary, deputy } = busyLeaders();
  const personByName = 'MATCH (p:Person {name: $name}) RETURN p.id AS id';
  return {
    search: nameKey(secretary),
    person: await lookup(personByName, { name: secretary }),
    chair: await lookup(personByName, { name: deputy }),
    body: await lookup('MATCH (o:Organization {name: $name}) RETURN o.id AS id', {
      name: `Tỉnh ủy ${BUSY_PROVINCE}`,
    }),
    directive: '05 ct/tw',
    from: '2019-01-01',
    to: '2025-12-31',
  };
}
