// The body grid of decision 0104: BODY SHAPES × CONTEXTS, each cell one short article composed from a
// template written for this file and run through the real `extract`, the way the person-name grid
// of decision 0094 does it for names. The shapes were written from Vietnam's system as it stands
// after the 2025 reorganisation (party committees at each level, their boards and commissions,
// councils and committees of provinces and the new communes, the fourteen ministries, courts,
// procuracies, army and police units, the Front and mass organisations, state groups and banks,
// universities, the press), in the Vietnamese forms and the English forms Vietnamese news uses,
// before the lexicons were read, so the grid measures what the lexicons miss. Every sentence is ours.
import type { Extraction } from '../../ingest/types.ts';
import { norm, runCells, type GridCell } from './grid.ts';

/** A body as gold writes it, and how a cell's article mentions it. */
export interface BodyShape {
  /** The canonical name gold gives (ANNOTATION.md: the fullest form, "ủy" spelled the new way). */
  readonly name: string;
  readonly shape: string;
  /** The surface form in the article (an abbreviation, lower case); `name` where omitted. */
  readonly mention?: string;
  /** A post of this body, for the "after a post" context. */
  readonly post: string;
  /** English: the post and its body as news writes them ("Minister of Finance"); `${post} of the ${mention}` where omitted. */
  readonly seat?: string;
  /**
   * English: the seat names its ministry by subject only ("Minister of Industry and Trade"), which
   * gold lists as no body (held-out gold: the ministry is not among the organizations when only the
   * post is written), so after a post the cell asks for the holder's post alone.
   */
  readonly seatNamesNoBody?: boolean;
  /** English: the body's name takes no "the" (Vietnam Electricity). */
  readonly bare?: boolean;
}

/** One context: an article around the body's mention, and whether a person's seat in it is expected. */
export interface BodyContext {
  readonly id: string;
  readonly article: (shape: BodyShape) => string;
  /** The person whose HOLDS_POSITION (post of the shape, at this body) the context should yield. */
  readonly holder?: string;
}

/**
 * found: a body whose name or an alias is one of the shape's forms (the scorer's match), and the
 *   holder's post at it where the context has a holder;
 * post: the body is found, but the holder's post is missing or names another body;
 * span: no such body, but a body sharing a word of three letters or more beyond the kind word;
 * missed: nothing of the body.
 */
export type BodyOutcome = 'found' | 'post' | 'span' | 'missed';

const mentionOf = (s: BodyShape) => s.mention ?? s.name;
const formsOf = (s: BodyShape) => new Set([s.name, mentionOf(s)].map(norm));
const KIND_WORDS = new Set(
  [
    'ủy',
    'ban',
    'bộ',
    'hội',
    'đồng',
    'nhân',
    'dân',
    'tỉnh',
    'thành',
    'phố',
    'xã',
    'phường',
    'đảng',
    'việt',
    'nam',
  ].concat([
    'of',
    'the',
    'and',
    'party',
    'committee',
    'people’s',
    "people's",
    'provincial',
    'vietnam',
    'city',
  ]),
);
const sharesAWord = (a: string, b: string) => {
  const wa = new Set(norm(a).split(/[\s,-]+/u));
  return norm(b)
    .split(/[\s,-]+/u)
    .some((w) => w.length >= 3 && !KIND_WORDS.has(w) && wa.has(w));
};

export function bodyOutcomeOf(e: Extraction, shape: BodyShape, holder?: string): BodyOutcome {
  if (holder !== undefined && shape.seatNamesNoBody)
    return e.relations.some(
      (r) => r.type === 'HOLDS_POSITION' && r.person === holder && norm(r.role) === norm(shape.post),
    )
      ? 'found'
      : 'post';
  const forms = formsOf(shape);
  const hit = e.organizations.some((o) => [o.name, ...(o.aliases ?? [])].some((f) => forms.has(norm(f))));
  if (!hit) return e.organizations.some((o) => sharesAWord(o.name, shape.name)) ? 'span' : 'missed';
  if (holder === undefined) return 'found';
  // the holder's post must name this body: a name or alias of the organisation the relation names
  const bodyOf = (name: string | null | undefined) =>
    e.organizations.find((o) => norm(o.name) === norm(name)) ?? { name: name ?? '', aliases: [] };
  const seated = e.relations.some(
    (r) =>
      r.type === 'HOLDS_POSITION' &&
      r.person === holder &&
      norm(r.role) === norm(shape.post) &&
      [bodyOf(r.organization).name, ...(bodyOf(r.organization).aliases ?? [])].some((f) =>
        forms.has(norm(f)),
      ),
  );
  return seated ? 'found' : 'post';
}

export type BodyCell = GridCell<BodyOutcome>;

export function runBodyGrid(
  language: 'vi' | 'en',
  shapes: readonly BodyShape[],
  contexts: readonly BodyContext[],
): BodyCell[] {
  return runCells(language, shapes, contexts, mentionOf, (e, s, c) => bodyOutcomeOf(e, s, c.holder));
}

// ---------------------------------------------------------------- Vietnamese

export const VI_BODIES: readonly BodyShape[] = [
  // party committees at each level, 2025
  { name: 'Tỉnh ủy Nghệ An', shape: 'party committee, province', post: 'Bí thư' },
  { name: 'Thành ủy Hải Phòng', shape: 'party committee, province', post: 'Phó Bí thư' },
  { name: 'Đảng ủy xã Tân Thành', shape: 'party committee, commune', post: 'Bí thư' },
  { name: 'Đảng ủy phường Hòa Cường', shape: 'party committee, commune', post: 'Phó Bí thư' },
  { name: 'Đảng ủy Quân sự Trung ương', shape: 'party committee, central', post: 'Phó Bí thư' },
  { name: 'Đảng ủy các cơ quan Đảng Trung ương', shape: 'party committee, central', post: 'Bí thư' },
  { name: 'Đảng ủy Chính phủ', shape: 'party committee, central', post: 'Phó Bí thư' },
  { name: 'Đảng ủy Quốc hội', shape: 'party committee, central', post: 'Phó Bí thư' },
  { name: 'Đảng ủy Công an Trung ương', shape: 'party committee, central', post: 'Phó Bí thư' },
  // their standing committees and commissions
  { name: 'Ban Thường vụ Tỉnh ủy Thanh Hóa', shape: 'board or commission of a committee', post: 'Ủy viên' },
  {
    name: 'Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh',
    shape: 'board or commission of a committee',
    post: 'Chủ nhiệm',
  },
  { name: 'Ban Tổ chức Trung ương', shape: 'board or commission of a committee', post: 'Trưởng ban' },
  {
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh',
    shape: 'board or commission of a committee',
    post: 'Trưởng ban',
  },
  {
    name: 'Ban Dân vận Thành ủy Cần Thơ',
    shape: 'board or commission of a committee',
    post: 'Phó Trưởng ban',
  },
  { name: 'Ban Tổ chức Thành ủy Hà Nội', shape: 'board or commission of a committee', post: 'Trưởng ban' },
  // councils and committees of provinces and the new communes
  { name: 'Hội đồng nhân dân tỉnh Quảng Trị', shape: 'council or committee', post: 'Chủ tịch' },
  { name: 'Ủy ban nhân dân tỉnh Lào Cai', shape: 'council or committee', post: 'Phó Chủ tịch' },
  { name: 'Ủy ban nhân dân xã Tân Thành', shape: 'council or committee', post: 'Chủ tịch' },
  { name: 'Hội đồng nhân dân phường Ba Đình', shape: 'council or committee', post: 'Chủ tịch' },
  { name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', shape: 'council or committee', post: 'Chủ tịch' },
  { name: 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng', shape: 'council or committee', post: 'Giám đốc' },
  // ministries and ministry-level bodies of 2025
  { name: 'Bộ Nông nghiệp và Môi trường', shape: 'ministry', post: 'Bộ trưởng' },
  { name: 'Bộ Dân tộc và Tôn giáo', shape: 'ministry', post: 'Bộ trưởng' },
  { name: 'Bộ Khoa học và Công nghệ', shape: 'ministry', post: 'Thứ trưởng' },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', shape: 'ministry', post: 'Bộ trưởng' },
  { name: 'Bộ Công Thương', shape: 'ministry', post: 'Thứ trưởng' },
  { name: 'Bộ Xây dựng', shape: 'ministry', post: 'Bộ trưởng' },
  { name: 'Ngân hàng Nhà nước Việt Nam', shape: 'ministry', post: 'Thống đốc' },
  { name: 'Thanh tra Chính phủ', shape: 'ministry', post: 'Tổng Thanh tra' },
  // courts and procuracies
  { name: 'Tòa án nhân dân tối cao', shape: 'court or procuracy', post: 'Chánh án' },
  { name: 'Viện kiểm sát nhân dân tối cao', shape: 'court or procuracy', post: 'Viện trưởng' },
  { name: 'Tòa án nhân dân tỉnh Đồng Nai', shape: 'court or procuracy', post: 'Chánh án' },
  { name: 'Viện kiểm sát nhân dân Thành phố Hà Nội', shape: 'court or procuracy', post: 'Viện trưởng' },
  // army and police
  { name: 'Quân khu 7', shape: 'army or police', post: 'Tư lệnh' },
  { name: 'Bộ Chỉ huy Quân sự tỉnh Kiên Giang', shape: 'army or police', post: 'Chỉ huy trưởng' },
  { name: 'Bộ Tư lệnh Bộ đội Biên phòng', shape: 'army or police', post: 'Tư lệnh' },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh', shape: 'army or police', post: 'Chỉ huy trưởng' },
  { name: 'Quân chủng Hải quân', shape: 'army or police', post: 'Tư lệnh' },
  { name: 'Công an tỉnh Bình Dương', shape: 'army or police', post: 'Giám đốc' },
  { name: 'Công an Thành phố Hà Nội', shape: 'army or police', post: 'Giám đốc' },
  // the Front and mass organisations
  {
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    shape: 'Front or mass organisation',
    post: 'Chủ tịch',
  },
  {
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau',
    shape: 'Front or mass organisation',
    post: 'Chủ tịch',
  },
  { name: 'Hội Nông dân Việt Nam', shape: 'Front or mass organisation', post: 'Chủ tịch' },
  { name: 'Hội Liên hiệp Phụ nữ Việt Nam', shape: 'Front or mass organisation', post: 'Chủ tịch' },
  { name: 'Tổng Liên đoàn Lao động Việt Nam', shape: 'Front or mass organisation', post: 'Chủ tịch' },
  { name: 'Hội Cựu chiến binh Việt Nam', shape: 'Front or mass organisation', post: 'Chủ tịch' },
  { name: 'Hội Nhà báo Việt Nam', shape: 'Front or mass organisation', post: 'Chủ tịch' },
  { name: 'Liên đoàn Lao động tỉnh Hà Tĩnh', shape: 'Front or mass organisation', post: 'Chủ tịch' },
  // state groups, companies and banks
  { name: 'Tập đoàn Điện lực Việt Nam', shape: 'state company or bank', post: 'Tổng Giám đốc' },
  { name: 'Tập đoàn Dầu khí Việt Nam', shape: 'state company or bank', post: 'Tổng Giám đốc' },
  { name: 'Tổng công ty Đường sắt Việt Nam', shape: 'state company or bank', post: 'Tổng Giám đốc' },
  { name: 'Ngân hàng Chính sách xã hội', shape: 'state company or bank', post: 'Tổng Giám đốc' },
  { name: 'Ngân hàng TMCP Ngoại thương Việt Nam', shape: 'state company or bank', post: 'Tổng Giám đốc' },
  // universities and academies
  { name: 'Đại học Quốc gia Hà Nội', shape: 'university', post: 'Giám đốc' },
  { name: 'Trường Đại học Cần Thơ', shape: 'university', post: 'Hiệu trưởng' },
  { name: 'Học viện Chính trị quốc gia Hồ Chí Minh', shape: 'university', post: 'Giám đốc' },
  // press
  { name: 'Báo Nhân Dân', shape: 'press', post: 'Tổng Biên tập' },
  { name: 'Thông tấn xã Việt Nam', shape: 'press', post: 'Tổng Giám đốc' },
  { name: 'Đài Truyền hình Việt Nam', shape: 'press', post: 'Tổng Giám đốc' },
  { name: 'Báo Quân đội nhân dân', shape: 'press', post: 'Tổng Biên tập' },
  // abbreviated, with a place: gold's name is the fullest form the article gives, the abbreviation
  { name: 'UBND tỉnh Nghệ An', shape: 'abbreviated', post: 'Chủ tịch' },
  { name: 'HĐND thành phố Đà Nẵng', shape: 'abbreviated', post: 'Phó Chủ tịch' },
  { name: 'Ủy ban MTTQ Việt Nam tỉnh An Giang', shape: 'abbreviated', post: 'Chủ tịch' },
  { name: 'TAND tỉnh Tây Ninh', shape: 'abbreviated', post: 'Chánh án' },
  { name: 'VKSND tỉnh Tây Ninh', shape: 'abbreviated', post: 'Viện trưởng' },
  { name: 'BCH Quân sự tỉnh Hà Tĩnh', shape: 'abbreviated', post: 'Chỉ huy trưởng' },
  { name: 'UBND xã Đông Hòa', shape: 'abbreviated', post: 'Chủ tịch' },
  // lower case, as news writes the commune-level committees
  { name: 'Đảng ủy xã Phước An', mention: 'đảng ủy xã Phước An', shape: 'lower case', post: 'Bí thư' },
  {
    name: 'Ủy ban nhân dân xã Phú Mỹ',
    mention: 'ủy ban nhân dân xã Phú Mỹ',
    shape: 'lower case',
    post: 'Chủ tịch',
  },
  {
    name: 'Hội đồng nhân dân phường An Khánh',
    mention: 'hội đồng nhân dân phường An Khánh',
    shape: 'lower case',
    post: 'Phó Chủ tịch',
  },
];

const VI_HOLDER = 'Nguyễn Văn Hùng';
const VI_CHAIN = 'Lê Thị Mai';

export const VI_BODY_CONTEXTS: readonly BodyContext[] = [
  {
    id: 'after a post',
    article: (s) =>
      `Sáng 12/5, ${s.post} ${mentionOf(s)} ${VI_HOLDER} chủ trì hội nghị sơ kết công tác quý I.`,
    holder: VI_HOLDER,
  },
  {
    id: 'possessor',
    article: (s) =>
      `Ngày 12/5, đoàn công tác của ${mentionOf(s)} làm việc tại tỉnh Sơn La về công tác cán bộ.`,
  },
  {
    id: 'organiser',
    article: (s) => `Sáng 12/5, ${mentionOf(s)} tổ chức hội nghị sơ kết công tác quý I.`,
  },
  {
    id: 'post chain',
    article: (s) =>
      `Sáng 12/5, hội nghị sơ kết công tác quý I diễn ra tại Hà Nội. Đồng chí ${VI_CHAIN}, Ủy viên Ban Chấp hành Trung ương Đảng, ${s.post} ${mentionOf(s)}, phát biểu tại hội nghị.`,
    holder: VI_CHAIN,
  },
  {
    id: 'passive organiser',
    article: (s) =>
      `Sáng 12/5, hội nghị sơ kết công tác quý I do ${mentionOf(s)} tổ chức diễn ra tại Hà Nội.`,
  },
  {
    id: 'issuer',
    article: (s) => `Ngày 12/5, ${mentionOf(s)} ban hành Kế hoạch số 25-KH về công tác cán bộ năm 2025.`,
  },
  {
    id: 'list',
    article: (s) =>
      `Sáng 12/5, hội nghị sơ kết công tác quý I diễn ra tại Hà Nội. Dự hội nghị có đại diện Sở Tài chính tỉnh Sơn La, ${mentionOf(s)} và Hội Chữ thập đỏ Việt Nam.`,
  },
];

// ---------------------------------------------------------------- English

export const EN_BODIES: readonly BodyShape[] = [
  // party committees
  { name: 'Nghe An Provincial Party Committee', shape: 'party committee, province', post: 'Secretary' },
  { name: 'Hai Phong Party Committee', shape: 'party committee, province', post: 'Deputy Secretary' },
  { name: 'Party Committee of Thanh Hoa province', shape: 'party committee, province', post: 'Secretary' },
  { name: 'Central Military Commission', shape: 'party committee, central', post: 'Standing Member' },
  { name: 'Government Party Committee', shape: 'party committee, central', post: 'Deputy Secretary' },
  { name: 'National Assembly Party Committee', shape: 'party committee, central', post: 'Deputy Secretary' },
  { name: 'Party Committee of Central Party Agencies', shape: 'party committee, central', post: 'Secretary' },
  // boards and commissions
  {
    name: 'Standing Board of the Nghe An Provincial Party Committee',
    shape: 'board or commission of a committee',
    post: 'Member',
  },
  { name: 'Central Inspection Commission', shape: 'board or commission of a committee', post: 'Chairman' },
  { name: 'Central Organisation Commission', shape: 'board or commission of a committee', post: 'Head' },
  {
    name: 'Central Propaganda and Mass Mobilisation Commission',
    shape: 'board or commission of a committee',
    post: 'Head',
  },
  // councils and committees
  { name: "Quang Ninh provincial People's Committee", shape: 'council or committee', post: 'Chairman' },
  { name: "Ho Chi Minh City People's Committee", shape: 'council or committee', post: 'Vice Chairman' },
  { name: "People's Council of Da Nang city", shape: 'council or committee', post: 'Chairman' },
  { name: "Tan Thanh commune People's Committee", shape: 'council or committee', post: 'Chairman' },
  // ministries
  {
    name: 'Ministry of Agriculture and Environment',
    shape: 'ministry',
    post: 'Minister',
    seat: 'Minister of Agriculture and Environment',
    seatNamesNoBody: true,
  },
  {
    name: 'Ministry of Ethnic and Religious Affairs',
    shape: 'ministry',
    post: 'Minister',
    seat: 'Minister of Ethnic and Religious Affairs',
    seatNamesNoBody: true,
  },
  {
    name: 'Ministry of Science and Technology',
    shape: 'ministry',
    post: 'Deputy Minister',
    seat: 'Deputy Minister of Science and Technology',
    seatNamesNoBody: true,
  },
  {
    name: 'Ministry of Culture, Sports and Tourism',
    shape: 'ministry',
    post: 'Minister',
    seat: 'Minister of Culture, Sports and Tourism',
    seatNamesNoBody: true,
  },
  {
    name: 'Ministry of Industry and Trade',
    shape: 'ministry',
    post: 'Deputy Minister',
    seat: 'Deputy Minister of Industry and Trade',
    seatNamesNoBody: true,
  },
  { name: 'State Bank of Vietnam', shape: 'ministry', post: 'Governor' },
  { name: 'Government Inspectorate', shape: 'ministry', post: 'Inspector General' },
  // courts and procuracies
  { name: "Supreme People's Court", shape: 'court or procuracy', post: 'Chief Justice' },
  { name: "Supreme People's Procuracy", shape: 'court or procuracy', post: 'Prosecutor General' },
  { name: "Dong Nai Provincial People's Court", shape: 'court or procuracy', post: 'Chief Judge' },
  // army and police
  { name: 'Military Region 7', shape: 'army or police', post: 'Commander', bare: true },
  { name: 'Vietnam Border Guard', shape: 'army or police', post: 'Commander' },
  { name: 'Kien Giang Provincial Military Command', shape: 'army or police', post: 'Commander' },
  { name: 'Ho Chi Minh City Police', shape: 'army or police', post: 'Director' },
  { name: 'Vietnam People’s Navy', shape: 'army or police', post: 'Commander' },
  // the Front and mass organisations
  {
    name: 'Vietnam Fatherland Front Central Committee',
    shape: 'Front or mass organisation',
    post: 'President',
  },
  { name: 'Vietnam General Confederation of Labour', shape: 'Front or mass organisation', post: 'President' },
  { name: "Vietnam Women's Union", shape: 'Front or mass organisation', post: 'President' },
  { name: "Vietnam Farmers' Union", shape: 'Front or mass organisation', post: 'President' },
  { name: 'Vietnam Journalists Association', shape: 'Front or mass organisation', post: 'President' },
  // state groups and banks
  { name: 'Vietnam Electricity', shape: 'state company or bank', post: 'General Director', bare: true },
  { name: 'Vietnam Oil and Gas Group', shape: 'state company or bank', post: 'General Director' },
  { name: 'Vietnam Bank for Social Policies', shape: 'state company or bank', post: 'General Director' },
  // universities
  { name: 'Vietnam National University, Hanoi', shape: 'university', post: 'President' },
  { name: 'Ho Chi Minh National Academy of Politics', shape: 'university', post: 'President' },
  { name: 'Can Tho University', shape: 'university', post: 'Rector', bare: true },
  // press
  { name: 'Vietnam News Agency', shape: 'press', post: 'General Director' },
  { name: 'Vietnam Television', shape: 'press', post: 'General Director', bare: true },
  { name: 'Nhan Dan newspaper', shape: 'press', post: 'Editor-in-Chief' },
];

const EN_HOLDER = 'Nguyen Van Hung';
const EN_CHAIN = 'Le Thi Mai';
const the = (s: BodyShape) => (s.bare ? mentionOf(s) : `the ${mentionOf(s)}`);
const seatOf = (s: BodyShape) => s.seat ?? `${s.post} of ${the(s)}`;
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export const EN_BODY_CONTEXTS: readonly BodyContext[] = [
  {
    id: 'after a post',
    article: (s) => `${seatOf(s)} ${EN_HOLDER} chaired the meeting in Hanoi on May 12.`,
    holder: EN_HOLDER,
  },
  {
    id: 'possessor',
    article: (s) => `A working delegation of ${the(s)} visited Son La province on May 12.`,
  },
  {
    id: 'organiser',
    article: (s) => `${capital(the(s))} held a conference in Hanoi on May 12 to review the first quarter.`,
  },
  {
    id: 'post chain',
    article: (s) =>
      `A conference was held in Hanoi on May 12. ${EN_CHAIN}, member of the Party Central Committee and ${seatOf(s)}, spoke at the conference.`,
    holder: EN_CHAIN,
  },
  {
    id: 'passive organiser',
    article: (s) =>
      `A conference organised by ${the(s)} was held in Hanoi on May 12 to review the first quarter.`,
  },
  {
    id: 'issuer',
    article: (s) => `${capital(the(s))} issued Plan No. 25 on personnel work on May 12.`,
  },
  {
    id: 'list',
    article: (s) =>
      `A conference was held in Hanoi on May 12. It was attended by representatives of the Ministry of Finance, ${the(s)} and the Vietnam Red Cross Society.`,
  },
];
