// The person-name grid of decision 0094: NAME SHAPES × CONTEXTS, each cell one short article
// composed from a template written for this file and run through the real `extract`. A cell's
// outcome is one of four words, so the grid can be printed as a table and compared with the set
// of cells known to miss (test/unit/person-name-grid.test.ts). Every template sentence is ours;
// names are real public names or invented ones of the same shape, never a corpus article's text.
import type { Extraction } from '../../ingest/types.ts';
import { runCells, type GridCell } from './grid.ts';

/** A name and the class of name shapes it stands for. */
export interface NameShape {
  readonly name: string;
  readonly shape: string;
  /** The later short reference of the English "Mr. X said" context ("Thuy" of "Nguyen Thi Thanh Thuy"). */
  readonly short?: string;
}

/** What a context tells about the person it holds: the post, its body, the relation of the event. */
export interface Expected {
  readonly role?: string;
  readonly organization?: string | null;
  readonly relation?: 'CHAIRED' | 'ATTENDED';
}

/** One context: an article around the name, and what it should yield beside the name. */
export interface Context {
  readonly id: string;
  readonly article: (shape: NameShape) => string;
  readonly expected: Expected;
}

/**
 * found: the exact name is a person, with the context's post, body and relation;
 * relation: the exact name is a person, but a post, a body or a relation is missing or wrong;
 * span: no exact person, but a person overlapping the name (a syllable too many or too few);
 * missed: nothing of the name is a person.
 */
export type Outcome = 'found' | 'relation' | 'span' | 'missed';

const words = (s: string) => s.toLowerCase().split(/[\s-]+/u);
const overlaps = (a: string, b: string) => {
  const wa = new Set(words(a));
  return words(b).some((w) => w.length > 1 && wa.has(w));
};

export function outcomeOf(e: Extraction, shape: NameShape, expected: Expected): Outcome {
  const names = e.persons.map((p) => p.name);
  if (!names.includes(shape.name)) return names.some((n) => overlaps(n, shape.name)) ? 'span' : 'missed';
  const mine = e.relations.filter((r) => r.person === shape.name);
  if (expected.role !== undefined) {
    const ok = mine.some(
      (r) =>
        r.type === 'HOLDS_POSITION' &&
        r.role === expected.role &&
        (expected.organization === undefined || (r.organization ?? null) === expected.organization),
    );
    if (!ok) return 'relation';
  }
  if (expected.relation !== undefined && !mine.some((r) => r.type === expected.relation)) return 'relation';
  return 'found';
}

export type Cell = GridCell<Outcome>;

export function runGrid(
  language: 'vi' | 'en',
  shapes: readonly NameShape[],
  contexts: readonly Context[],
): Cell[] {
  return runCells(
    language,
    shapes,
    contexts,
    (s) => s.name,
    (e, s, c) => outcomeOf(e, s, c.expected),
  );
}

// ---------------------------------------------------------------- Vietnamese

export const VI_SHAPES: readonly NameShape[] = [
  // Kinh, common family names, two to four syllables
  { name: 'Nguyễn Văn Hùng', shape: 'Kinh 3, common' },
  { name: 'Lê Thị Thanh Hương', shape: 'Kinh 4, common' },
  { name: 'Trần Lưu Quang', shape: 'Kinh 3, common' },
  { name: 'Phạm Đức', shape: 'Kinh 2' },
  { name: 'Võ Thị Ánh Xuân', shape: 'Kinh 4, common' },
  // Kinh, rarer family names
  { name: 'Âu Văn Hải', shape: 'Kinh 3, rare family' },
  { name: 'Thân Đức Hưởng', shape: 'Kinh 3, rare family' },
  { name: 'La Văn Thành', shape: 'Kinh 3, rare family' },
  { name: 'Lữ Thị Kim Oanh', shape: 'Kinh 4, rare family' },
  { name: 'Khổng Minh Tuấn', shape: 'Kinh 3, rare family' },
  { name: 'Ông Văn Long', shape: 'Kinh 3, rare family' },
  { name: 'Mạc Văn Hòa', shape: 'Kinh 3, rare family' },
  { name: 'Tạ Đình Thi', shape: 'Kinh 3, rare family' },
  { name: 'Hứa Ngọc Thuận', shape: 'Kinh 3, rare family' },
  { name: 'Kiều Trung Sơn', shape: 'Kinh 3, rare family' },
  { name: 'Yên Văn Bình', shape: 'Kinh 3, rare family' },
  { name: 'Đàm Quang Hưng', shape: 'Kinh 3, rare family' },
  { name: 'Giáp Thị Bích', shape: 'Kinh 3, rare family' },
  { name: 'Quách Văn Thọ', shape: 'Kinh 3, rare family' },
  { name: 'Chu Ngọc Anh', shape: 'Kinh 3, rare family' },
  // four syllables opening with two family names (decision 0085's left class after a place)
  { name: 'Phan Nguyễn Như Khuê', shape: 'Kinh 4, two family names' },
  { name: 'Nguyễn Trần Minh Châu', shape: 'Kinh 4, two family names' },
  // double family names
  { name: 'Tôn Thất Thanh', shape: 'double family' },
  { name: 'Tôn Nữ Thị Ninh', shape: 'double family' },
  { name: 'Nguyễn Phước Lộc', shape: 'double family' },
  { name: 'Phan Huy Lê', shape: 'double family' },
  { name: 'Âu Dương Lâm', shape: 'double family' },
  // Ê Đê, Jrai, Bahnar
  { name: 'Y Biêr Niê', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: "H'Hen Niê", shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Ksor Phước Hà', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Rơ Mah Tuân', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Y Thanh Hà Niê Kđăm', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Đinh Văn Hùng', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Nay Phi La', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Siu Hương', shape: 'Ê Đê / Jrai / Bahnar' },
  { name: 'Kpă Thuyên', shape: 'Ê Đê / Jrai / Bahnar' },
  // Khmer
  { name: 'Thạch Phước Bình', shape: 'Khmer' },
  { name: 'Sơn Minh Thắng', shape: 'Khmer' },
  { name: 'Danh Út', shape: 'Khmer' },
  { name: 'Kim Ngọc Thái', shape: 'Khmer' },
  { name: 'Lâm Thị Sóc Kha', shape: 'Khmer' },
  // Hmong
  { name: 'Giàng A Chu', shape: 'Hmong' },
  { name: 'Vừ A Bằng', shape: 'Hmong' },
  { name: 'Sùng A Hồ', shape: 'Hmong' },
  { name: 'Mùa A Vảng', shape: 'Hmong' },
  { name: 'Thào Xuân Sùng', shape: 'Hmong' },
  { name: 'Lầu Thị Mai', shape: 'Hmong' },
  // Thái, Tày, Nùng, Dao
  { name: 'Lò Văn Muôn', shape: 'Thái / Tày / Nùng / Dao' },
  { name: 'Cầm Ngọc Minh', shape: 'Thái / Tày / Nùng / Dao' },
  { name: 'Lường Văn Chất', shape: 'Thái / Tày / Nùng / Dao' },
  { name: 'Hoàng Thị Hạnh', shape: 'Thái / Tày / Nùng / Dao' },
  { name: 'Bàn Văn Tâm', shape: 'Thái / Tày / Nùng / Dao' },
  { name: 'Triệu Tài Vinh', shape: 'Thái / Tày / Nùng / Dao' },
  // Chăm
  { name: 'Đàng Năng Thọ', shape: 'Chăm' },
  { name: 'Thiên Sanh Châu', shape: 'Chăm' },
  { name: 'Quảng Đại Tuyên', shape: 'Chăm' },
];

const VI_OTHERS = ['Nguyễn Thị Lan', 'Trần Quốc Tuấn'];

export const VI_CONTEXTS: readonly Context[] = [
  {
    id: 'post before',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết. Phó Bí thư Tỉnh ủy Lâm Đồng ${name} chủ trì hội nghị.`,
    expected: { role: 'Phó Bí thư', organization: 'Tỉnh ủy Lâm Đồng', relation: 'CHAIRED' },
  },
  {
    id: 'đồng chí A, post',
    article: ({ name }) =>
      `Ngày 12/5, UBND tỉnh Đắk Lắk tổ chức hội nghị. Đồng chí ${name}, Phó Chủ tịch UBND tỉnh Đắk Lắk, dự hội nghị.`,
    expected: { role: 'Phó Chủ tịch', organization: 'UBND tỉnh Đắk Lắk', relation: 'ATTENDED' },
  },
  {
    id: 'ông A – post',
    article: ({ name }) =>
      `Ngày 12/5, Sở Nội vụ tỉnh Gia Lai tổ chức hội nghị. Ông ${name} – Giám đốc Sở Nội vụ tỉnh Gia Lai chủ trì hội nghị.`,
    expected: { role: 'Giám đốc', organization: 'Sở Nội vụ tỉnh Gia Lai', relation: 'CHAIRED' },
  },
  {
    id: 'after a place',
    article: ({ name }) =>
      `Sáng 12/5, UBND tỉnh Gia Lai tổ chức hội nghị. Chủ tịch UBND tỉnh Gia Lai ${name} chủ trì hội nghị.`,
    expected: { role: 'Chủ tịch', organization: 'UBND tỉnh Gia Lai', relation: 'CHAIRED' },
  },
  {
    id: 'after a place ending in a family name',
    article: ({ name }) =>
      `Sáng 12/5, UBND phường Hải Châu tổ chức hội nghị. Chủ tịch UBND phường Hải Châu ${name} chủ trì hội nghị.`,
    expected: { role: 'Chủ tịch', organization: 'UBND phường Hải Châu', relation: 'CHAIRED' },
  },
  {
    id: 'list',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Sơn La tổ chức hội nghị. Dự hội nghị có các đồng chí: ${VI_OTHERS[0]}, ${name} và ${VI_OTHERS[1]}.`,
    expected: { relation: 'ATTENDED' },
  },
  {
    id: 'chair verb',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Điện Biên tổ chức hội nghị. Đồng chí ${name} chủ trì hội nghị.`,
    expected: { relation: 'CHAIRED' },
  },
  {
    id: 'sentence start',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Lai Châu tổ chức hội nghị sơ kết. ${name} phát biểu chỉ đạo hội nghị.`,
    expected: { relation: 'ATTENDED' },
  },
  {
    id: 'caption',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Cao Bằng tổ chức hội nghị.\nĐồng chí ${name} phát biểu tại hội nghị. (Ảnh: Minh Đức)\nHội nghị đánh giá kết quả công tác quý I.`,
    expected: { relation: 'ATTENDED' },
  },
  {
    id: 'post after, no comma',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Hà Giang tổ chức hội nghị. Đồng chí ${name} Phó Chủ tịch UBND tỉnh Hà Giang phát biểu tại hội nghị.`,
    expected: { role: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Giang' },
  },
  {
    id: 'body after',
    article: ({ name }) =>
      `Sáng 12/5, Tỉnh ủy Kon Tum tổ chức hội nghị. Đại biểu ${name} (Sở Y tế tỉnh Kon Tum) phát biểu tại hội nghị.`,
    expected: { relation: 'ATTENDED' },
  },
];

/** Foreign names in Vietnamese text, each read by its place after a post and a country. */
export const VI_FOREIGN_SHAPES: readonly (NameShape & { readonly country: string })[] = [
  { name: 'Bounthong Chitmany', shape: 'Lào', country: 'Lào' },
  { name: 'Sonexay Siphandone', shape: 'Lào', country: 'Lào' },
  { name: 'Hun Manet', shape: 'Campuchia', country: 'Campuchia' },
  { name: 'Tập Cận Bình', shape: 'Trung Quốc (Hán Việt)', country: 'Trung Quốc' },
  { name: 'Lý Cường', shape: 'Trung Quốc (Hán Việt)', country: 'Trung Quốc' },
  { name: 'Antony Blinken', shape: 'phương Tây', country: 'Hoa Kỳ' },
  { name: 'Ishiba Shigeru', shape: 'Nhật Bản', country: 'Nhật Bản' },
];

export const VI_FOREIGN_CONTEXTS: readonly Context[] = [
  {
    id: 'post country A',
    article: (s) =>
      `Chiều 12/5, Chủ tịch nước Lương Cường hội đàm với Phó Thủ tướng ${(s as (typeof VI_FOREIGN_SHAPES)[number]).country} ${s.name}.`,
    expected: { role: 'Phó Thủ tướng', organization: null, relation: 'ATTENDED' },
  },
  {
    id: 'ngài A, post',
    article: (s) =>
      `Chiều 12/5, Thủ tướng Phạm Minh Chính hội đàm với ngài ${s.name}, Bộ trưởng Ngoại giao ${(s as (typeof VI_FOREIGN_SHAPES)[number]).country}.`,
    expected: { relation: 'ATTENDED' },
  },
];

/** Capitalised runs of name shape that are no person: streets, schools, prizes, companies, places. */
export const VI_NOT_PERSONS: readonly { readonly text: string; readonly phrase: string }[] = [
  { phrase: 'Lê Duẩn', text: 'Ngày 12/5, UBND quận Hải Châu khánh thành tuyến đường Lê Duẩn mới.' },
  { phrase: 'Y Jút', text: 'Sáng 12/5, Sở Xây dựng kiểm tra công trình trên đường Y Jút, TP Buôn Ma Thuột.' },
  { phrase: 'Nguyễn Du', text: 'Ngày 12/5, Trường THPT Nguyễn Du tổ chức lễ tri ân học sinh lớp 12.' },
  {
    phrase: 'Nơ Trang Lơng',
    text: 'Ngày 12/5, Trường THCS Nơ Trang Lơng đón đoàn kiểm tra của Sở Giáo dục.',
  },
  {
    phrase: 'Trần Văn Giàu',
    text: 'Tối 12/5, Thành ủy TP Hồ Chí Minh trao Giải thưởng Trần Văn Giàu cho 12 công trình.',
  },
  {
    phrase: 'Phan Thành',
    text: 'Ngày 12/5, Công ty Phan Thành ký hợp đồng cung cấp thiết bị cho bệnh viện.',
  },
  { phrase: 'Ea Kao', text: 'Sáng 12/5, UBND xã Ea Kao tổ chức lễ ra quân làm đường giao thông nông thôn.' },
  { phrase: 'Ia Grai', text: 'Ngày 12/5, đoàn công tác của tỉnh Gia Lai làm việc tại xã Ia Grai.' },
  {
    phrase: 'Lò Văn Giá',
    text: 'Ngày 12/5, đoàn kiểm tra đến công trình cải tạo phố Lò Văn Giá ở TP Sơn La.',
  },
  { phrase: 'Võ Thị Sáu', text: 'Ngày 12/5, phường Võ Thị Sáu tổ chức hội nghị tiếp xúc cử tri.' },
  {
    phrase: 'Tôn Thất Thuyết',
    text: 'Sáng 12/5, Hội đồng nhân dân quận 4 giám sát dự án mở rộng đường Tôn Thất Thuyết.',
  },
  { phrase: 'Quảng Điền', text: 'Ngày 12/5, đoàn công tác làm việc tại huyện Quảng Điền và xã Quảng Thành.' },
  { phrase: 'Thanh niên', text: 'Ngày 12/5, 200 đại biểu Thanh niên tiêu biểu dự lễ tuyên dương.' },
  { phrase: 'Minh Đức', text: 'Sáng 12/5, Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết quý I.\nMinh Đức' },
];

// ---------------------------------------------------------------- English

export const EN_SHAPES: readonly NameShape[] = [
  // Vietnamese names, without and with diacritics
  { name: 'Nguyen Thi Thanh Thuy', shape: 'Vietnamese, plain', short: 'Thuy' },
  { name: 'Tran Van Son', shape: 'Vietnamese, plain', short: 'Son' },
  { name: 'Ton That Thanh', shape: 'Vietnamese, plain', short: 'Thanh' },
  { name: 'Nguyễn Thị Thanh Thủy', shape: 'Vietnamese, diacritics', short: 'Thủy' },
  { name: 'Lê Minh Hưng', shape: 'Vietnamese, diacritics', short: 'Hưng' },
  { name: 'Y Bier Nie', shape: 'Vietnamese minorities', short: 'Nie' },
  { name: "H'Hen Nie", shape: 'Vietnamese minorities', short: 'Nie' },
  { name: 'Giang A Chu', shape: 'Vietnamese minorities', short: 'Chu' },
  { name: 'Thach Phuoc Binh', shape: 'Vietnamese minorities', short: 'Binh' },
  { name: 'Rah Lan Chung', shape: 'Vietnamese minorities', short: 'Chung' },
  { name: 'Lo Van Muon', shape: 'Vietnamese minorities', short: 'Muon' },
  // Western, with initials, particles, hyphens
  { name: 'John C. Aquilino', shape: 'Western', short: 'Aquilino' },
  { name: 'Ursula von der Leyen', shape: 'Western', short: 'von der Leyen' },
  { name: 'Jean-Pierre Raffarin', shape: 'Western', short: 'Raffarin' },
  { name: 'Antony Blinken', shape: 'Western', short: 'Blinken' },
  // East and South-East Asian, in their usual English order
  { name: 'Takahashi Kenji', shape: 'Japanese', short: 'Takahashi' },
  { name: 'Kishida Fumio', shape: 'Japanese', short: 'Kishida' },
  { name: 'Yoon Suk Yeol', shape: 'Korean', short: 'Yoon' },
  { name: 'Choi Young-sam', shape: 'Korean', short: 'Choi' },
  { name: 'Wang Yi', shape: 'Chinese', short: 'Wang' },
  { name: 'Li Qiang', shape: 'Chinese', short: 'Li' },
  { name: 'Sonexay Siphandone', shape: 'Lao', short: 'Sonexay' },
  { name: 'Hun Manet', shape: 'Khmer', short: 'Hun Manet' },
  { name: 'Paetongtarn Shinawatra', shape: 'Thai', short: 'Paetongtarn' },
  // One name and four names (decision 0102): Indonesians often go by one name; a Philippine name
  // with two family names and a generational suffix.
  { name: 'Sugiono', shape: 'one word', short: 'Sugiono' },
  { name: 'Prabowo', shape: 'one word', short: 'Prabowo' },
  { name: 'Ferdinand Romualdez Marcos Jr.', shape: 'four words', short: 'Marcos' },
];

const EN_OTHERS = ['Pham Van Long', 'Do Thi Mai'];

export const EN_CONTEXTS: readonly Context[] = [
  {
    id: 'post before',
    article: ({ name }) => `Deputy Prime Minister ${name} chaired the meeting in Hanoi on May 12.`,
    expected: { role: 'Deputy Prime Minister', relation: 'CHAIRED' },
  },
  {
    id: 'appositive',
    article: ({ name }) =>
      `The Ministry of Finance held a conference in Hanoi on May 12. ${name}, Deputy Minister of Finance, attended the conference.`,
    expected: { role: 'Deputy Minister', relation: 'ATTENDED' },
  },
  {
    id: 'who is also',
    article: ({ name }) =>
      `Ho Chi Minh City held a conference on May 12. ${name}, who is also Vice Chairman of the municipal People's Committee, attended the conference.`,
    expected: { relation: 'ATTENDED' },
  },
  {
    id: 'run into a body',
    article: ({ name }) =>
      `The two sides held talks in Hanoi on May 12. Director General of Japan Customs ${name} attended the talks.`,
    expected: { role: 'Director General', relation: 'ATTENDED' },
  },
  {
    id: 'Party chief of X province',
    article: ({ name }) =>
      `A conference was held in Pleiku on May 12. Party chief of Gia Lai province ${name} chaired the conference.`,
    expected: { relation: 'CHAIRED' },
  },
  {
    id: 'post of a country',
    article: ({ name }) =>
      `The two sides held talks in Hanoi on May 12. Vice President of Laos ${name} attended the talks.`,
    expected: { role: 'Vice President', organization: null, relation: 'ATTENDED' },
  },
  {
    id: 'post in Viet Nam',
    article: ({ name }) =>
      `A campaign was launched in Hanoi on May 12. FAO Representative in Viet Nam ${name} attended the launch.`,
    expected: { role: 'Representative', relation: 'ATTENDED' },
  },
  {
    id: 'list',
    article: ({ name }) =>
      `A conference was held in Hanoi on May 12. It was attended by ${EN_OTHERS[0]}, ${name} and ${EN_OTHERS[1]}.`,
    expected: { relation: 'ATTENDED' },
  },
  {
    id: 'title',
    article: ({ name }) =>
      `A ceremony was held in Hanoi on May 12. Senior Lieutenant General ${name} attended the ceremony.`,
    expected: { relation: 'ATTENDED' },
  },
  {
    id: 'Dr / Mr',
    article: ({ name }) => `A seminar was held in Hanoi on May 12. Dr. ${name} chaired the seminar.`,
    expected: { relation: 'CHAIRED' },
  },
  {
    id: 'caption',
    article: ({ name }) =>
      `A conference was held in Hanoi on May 12.\nDeputy Minister ${name} speaks at the conference. (Photo: VNA)\nThe conference reviewed the first quarter.`,
    expected: { role: 'Deputy Minister' },
  },
  {
    id: 'acting post before',
    article: ({ name }) =>
      `The two sides held talks in Hanoi on May 12. Acting Minister of Foreign Affairs ${name} attended the talks.`,
    expected: { role: 'Acting Minister', relation: 'ATTENDED' },
  },
  {
    id: 'short reference',
    article: ({ name, short }) =>
      `Deputy Minister ${name} chaired the meeting in Hanoi on May 12. ${short ?? name} said the plan would be finished this year.`,
    expected: { role: 'Deputy Minister', relation: 'CHAIRED' },
  },
];

/** English capitalised runs of name shape that are no person. */
export const EN_NOT_PERSONS: readonly { readonly text: string; readonly phrase: string }[] = [
  { phrase: 'Le Duan', text: 'The city opened the widened Le Duan Street on May 12.' },
  { phrase: 'Nguyen Du', text: 'Students of Nguyen Du High School visited the museum on May 12.' },
  { phrase: 'Ton Duc Thang', text: 'Ton Duc Thang University signed a cooperation agreement on May 12.' },
  { phrase: 'Tran Phu', text: 'The delegation visited Tran Phu Street and the market on May 12.' },
  { phrase: 'Ea Kao', text: 'Farmers in Ea Kao commune harvested coffee on May 12.' },
  {
    phrase: 'Golden Lotus Silver Star',
    text: 'The awards went to Tran Van Son, Golden Lotus and Silver Star on May 12.',
  },
  { phrase: 'Jiang Su', text: 'Delegates from Jiang Su province visited Hai Phong on May 12.' },
  { phrase: 'Lee Kuan Yew', text: 'Officials studied at the Lee Kuan Yew School of Public Policy in May.' },
  { phrase: 'Takahashi', text: 'Takahashi Vietnam opened a factory in Bac Ninh on May 12.' },
  { phrase: 'Nakhimov', text: 'Cadets of the Admiral Nakhimov Naval Academy visited Cam Ranh on May 12.' },
];

/** Does any person of the extraction hold a word of `phrase`? */
export const personOverlapping = (e: Extraction, phrase: string): string[] =>
  e.persons.map((p) => p.name).filter((n) => overlaps(n, phrase));
