// The document and event grid of decision 0105 (issue 12, "Named documents" and "Event dates"):
// REFERENCE SHAPES × CONTEXTS for documents and EVENT NOUNS × DATE SHAPES for events, in both
// languages, each cell one short article composed from a template written for this file and run
// through the real `extract`. As the person-name grid of decision 0094, a cell's outcome is one
// word, so the grid prints as a table and is compared with the exact set of cells known to miss
// (test/unit/document-event-grid.test.ts). Every sentence is ours; documents are real public
// ones or invented of the same shape, never a corpus article's text. Entities are keyed as the
// shared scorer keys them (`norm` for names, upper case with no spaces for codes, the date for
// events).
import type { Extraction } from '../../ingest/types.ts';
import { extractText } from './extraction-views.ts';
import { norm, normCode, runCells, type GridCell } from './grid.ts';

/** A document as gold writes it: a code, or (no code) a name. */
export interface DocKey {
  readonly code?: string;
  readonly name?: string;
}
const keyOf = (d: DocKey) => (d.code ? `code:${normCode(d.code)}` : `name:${norm(d.name)}`);
const keyOfExtracted = (d: { code: string | null; name?: string | null }) =>
  d.code ? `code:${normCode(d.code)}` : `name:${norm(d.name)}`;
/** A relation's `document` (a code, or an uncoded document's name) as a key. */
const keyOfRelation = (doc: string | undefined) =>
  doc && /\d/u.test(doc) && doc.includes('/') ? `code:${normCode(doc)}` : `name:${norm(doc)}`;
const words = (s: string) => norm(s).split(/[\s/-]+/u);

// ---------------------------------------------------------------- documents

/** A reference as written, the documents gold writes for it, and who issues them. */
export interface DocShape {
  readonly ref: string;
  readonly shape: string;
  readonly docs: readonly DocKey[];
  /** The issuing body, as the contexts "ban hành" / "của" / "issued" / "of" name it. */
  readonly issuer: string;
}

/** One context: an article around the reference, and the relation it implies. */
export interface DocContext {
  readonly id: string;
  readonly article: (shape: DocShape) => string;
  /** IMPLEMENTS by this body, or ISSUED by the shape's issuer. */
  readonly relation:
    { readonly type: 'IMPLEMENTS'; readonly organization?: string } | { readonly type: 'ISSUED' };
}

/**
 * found: every document of the shape, keyed as gold keys it, with the context's relation;
 * relation: every document, but the relation is missing or has another body;
 * span: not every document, but one whose name or code shares the reference's number;
 * missed: nothing of the reference is a document.
 */
export type DocOutcome = 'found' | 'relation' | 'span' | 'missed';

export function docOutcomeOf(e: Extraction, shape: DocShape, context: DocContext): DocOutcome {
  const have = new Set(e.documents.map(keyOfExtracted));
  const want = shape.docs.map(keyOf);
  if (!want.every((k) => have.has(k))) {
    const numbers = shape.docs.flatMap((d) => words(d.code ?? d.name ?? '').filter((w) => /\d/u.test(w)));
    const near = e.documents.some((d) => words(d.code ?? d.name ?? '').some((w) => numbers.includes(w)));
    return near ? 'span' : 'missed';
  }
  const rel = context.relation;
  const organization = rel.type === 'ISSUED' ? shape.issuer : rel.organization;
  const ok = want.every((k) =>
    e.relations.some(
      (r) =>
        r.type === rel.type &&
        keyOfRelation(r.document) === k &&
        (organization === undefined || norm(r.organization) === norm(organization)),
    ),
  );
  return ok ? 'found' : 'relation';
}

// ---------------------------------------------------------------- events

/** An event noun: the clause that reports the event (its noun and complement) and the noun alone. */
export interface EventShape {
  readonly noun: string;
  readonly shape: string;
  /** The organiser's clause after the date: "Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết …". */
  readonly clause: string;
}

/** A date shape: how the date is written, the article's date, and the ISO date gold writes (null: none). */
export interface DateShape {
  readonly id: string;
  /** The date as it opens the sentence ("Sáng 4/12") or ends it ("on December 4"). */
  readonly written: string;
  readonly publishedAt: string | null;
  readonly date: string | null;
}

/**
 * found: an event with the date gold writes (null when neither the text nor the article gives a
 * year) and the chair's CHAIRED;
 * relation: the event and its date, no CHAIRED of the chair;
 * date: an event, none with that date (another date, or a year guessed);
 * missed: no event.
 */
export type EventOutcome = 'found' | 'relation' | 'date' | 'missed';

export function eventOutcomeOf(e: Extraction, date: string | null, chair: string): EventOutcome {
  if (e.events.length === 0) return 'missed';
  const dated = e.events.filter((v) => v.date === date);
  if (dated.length === 0 || (date === null && e.events.some((v) => v.date !== null))) return 'date';
  const names = new Set(dated.map((v) => v.name));
  const chaired = e.relations.some(
    (r) => r.type === 'CHAIRED' && r.person === chair && (r.event === undefined || names.has(r.event)),
  );
  return chaired ? 'found' : 'relation';
}

// ---------------------------------------------------------------- the grid

export type Cell = GridCell;

export function runDocumentGrid(
  language: 'vi' | 'en',
  shapes: readonly DocShape[],
  contexts: readonly DocContext[],
): Cell[] {
  return runCells(language, shapes, contexts, (s) => s.ref, docOutcomeOf);
}

export function runEventGrid(
  language: 'vi' | 'en',
  shapes: readonly EventShape[],
  dates: readonly DateShape[],
  article: (shape: EventShape, date: DateShape) => string,
  chair: string,
): Cell[] {
  const cells: Cell[] = [];
  for (const shape of shapes)
    for (const date of dates) {
      const e = extractText(article(shape, date), language, date.publishedAt);
      cells.push({
        key: `${shape.noun} @ ${date.id}`,
        shape: shape.shape,
        context: date.id,
        outcome: eventOutcomeOf(e, date.date, chair),
      });
    }
  return cells;
}

// ---------------------------------------------------------------- Vietnamese documents

const BCT = 'Bộ Chính trị';
const BBT = 'Ban Bí thư';
export const VI_DOC_SHAPES: readonly DocShape[] = [
  // coded, party
  { ref: 'Chỉ thị số 05-CT/TW', shape: 'coded, party', docs: [{ code: '05-CT/TW' }], issuer: BCT },
  { ref: 'Nghị quyết 57-NQ/TW', shape: 'coded, party', docs: [{ code: '57-NQ/TW' }], issuer: BCT },
  { ref: 'Kết luận 123-KL/TW', shape: 'coded, party', docs: [{ code: '123-KL/TW' }], issuer: BCT },
  { ref: 'Quy định 189-QĐ/TW', shape: 'coded, party', docs: [{ code: '189-QĐ/TW' }], issuer: BCT },
  {
    ref: 'Hướng dẫn 25-HD/BTGTW',
    shape: 'coded, party',
    docs: [{ code: '25-HD/BTGTW' }],
    issuer: 'Ban Tuyên giáo Trung ương',
  },
  {
    ref: 'Kế hoạch số 118-KH/TU',
    shape: 'coded, party',
    docs: [{ code: '118-KH/TU' }],
    issuer: 'Tỉnh ủy Nghệ An',
  },
  // coded, state
  {
    ref: 'Nghị định 168/2024/NĐ-CP',
    shape: 'coded, state',
    docs: [{ code: '168/2024/NĐ-CP' }],
    issuer: 'Chính phủ',
  },
  {
    ref: 'Quyết định 1234/QĐ-TTg',
    shape: 'coded, state',
    docs: [{ code: '1234/QĐ-TTg' }],
    issuer: 'Thủ tướng Chính phủ',
  },
  {
    ref: 'Thông tư 02/2025/TT-BNV',
    shape: 'coded, state',
    docs: [{ code: '02/2025/TT-BNV' }],
    issuer: 'Bộ Nội vụ',
  },
  {
    ref: 'Công điện 47/CĐ-TTg',
    shape: 'coded, state',
    docs: [{ code: '47/CĐ-TTg' }],
    issuer: 'Thủ tướng Chính phủ',
  },
  // a law by its name and year
  {
    ref: 'Luật Đất đai năm 2024',
    shape: 'law',
    docs: [{ name: 'Luật Đất đai năm 2024' }],
    issuer: 'Quốc hội',
  },
  {
    ref: 'Luật Cán bộ, công chức năm 2025',
    shape: 'law',
    docs: [{ name: 'Luật Cán bộ, công chức năm 2025' }],
    issuer: 'Quốc hội',
  },
  // a kind and a bare number
  { ref: 'Chỉ thị 05', shape: 'kind + number', docs: [{ name: 'Chỉ thị 05' }], issuer: BCT },
  { ref: 'Nghị quyết số 18', shape: 'kind + number', docs: [{ name: 'Nghị quyết số 18' }], issuer: BCT },
  { ref: 'Quy định số 37', shape: 'kind + number', docs: [{ name: 'Quy định số 37' }], issuer: BCT },
  { ref: 'Kết luận số 21', shape: 'kind + number', docs: [{ name: 'Kết luận số 21' }], issuer: BBT },
  // named by its subject
  {
    ref: 'Nghị quyết về phát triển kinh tế tư nhân',
    shape: 'by subject',
    docs: [{ name: 'Nghị quyết về phát triển kinh tế tư nhân' }],
    issuer: BCT,
  },
  {
    ref: 'Chỉ thị về tăng cường công tác phòng, chống tham nhũng',
    shape: 'by subject',
    docs: [{ name: 'Chỉ thị về tăng cường công tác phòng, chống tham nhũng' }],
    issuer: BBT,
  },
  // a resolution of a conference or congress
  {
    ref: 'Nghị quyết Trung ương 4 khóa XII',
    shape: 'conference / congress',
    docs: [{ name: 'Nghị quyết Trung ương 4 khóa XII' }],
    issuer: 'Ban Chấp hành Trung ương Đảng',
  },
  {
    ref: 'Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX',
    shape: 'conference / congress',
    docs: [{ name: 'Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX' }],
    issuer: 'Đảng bộ tỉnh Nghệ An',
  },
  {
    ref: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
    shape: 'conference / congress',
    docs: [{ name: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII' }],
    issuer: 'Đảng bộ tỉnh',
  },
  // plural kinds
  {
    ref: 'các Nghị quyết 18-NQ/TW, 19-NQ/TW',
    shape: 'plural',
    docs: [{ code: '18-NQ/TW' }, { code: '19-NQ/TW' }],
    issuer: 'Ban Chấp hành Trung ương Đảng',
  },
  {
    ref: 'các Chỉ thị 05-CT/TW và 35-CT/TW',
    shape: 'plural',
    docs: [{ code: '05-CT/TW' }, { code: '35-CT/TW' }],
    issuer: BCT,
  },
  {
    ref: 'các Nghị quyết 18, 19',
    shape: 'plural',
    docs: [{ name: 'Nghị quyết 18' }, { name: 'Nghị quyết 19' }],
    issuer: 'Ban Chấp hành Trung ương Đảng',
  },
];

const VI_BODY = 'Tỉnh ủy Lâm Đồng';
export const VI_DOC_CONTEXTS: readonly DocContext[] = [
  {
    id: 'triển khai',
    article: ({ ref }) => `Ngày 12/5, Tỉnh ủy Lâm Đồng triển khai ${ref} tới cán bộ chủ chốt.`,
    relation: { type: 'IMPLEMENTS', organization: VI_BODY },
  },
  {
    id: 'quán triệt',
    article: ({ ref }) => `Sáng 12/5, Tỉnh ủy Lâm Đồng tổ chức hội nghị quán triệt ${ref}.`,
    relation: { type: 'IMPLEMENTS', organization: VI_BODY },
  },
  {
    id: 'thực hiện',
    article: ({ ref }) => `Thời gian qua, Tỉnh ủy Lâm Đồng thực hiện ${ref} đạt nhiều kết quả.`,
    relation: { type: 'IMPLEMENTS', organization: VI_BODY },
  },
  {
    id: 'ban hành',
    article: ({ ref, issuer }) => `Ngày 12/5, ${issuer} ban hành ${ref}.`,
    relation: { type: 'ISSUED' },
  },
  {
    id: 'của issuer',
    article: ({ ref, issuer }) => `Sáng 12/5, Tỉnh ủy Lâm Đồng học tập ${ref} của ${issuer}.`,
    relation: { type: 'ISSUED' },
  },
  {
    id: 'in a list',
    article: ({ ref }) =>
      `Ngày 12/5, Tỉnh ủy Lâm Đồng quán triệt Quy định 131-QĐ/TW, ${ref} và Kết luận 14-KL/TW.`,
    relation: { type: 'IMPLEMENTS', organization: VI_BODY },
  },
];

// ---------------------------------------------------------------- English documents

export const EN_DOC_SHAPES: readonly DocShape[] = [
  { ref: 'Resolution 57-NQ/TW', shape: 'coded', docs: [{ code: '57-NQ/TW' }], issuer: 'Politburo' },
  { ref: 'Directive No. 05-CT/TW', shape: 'coded', docs: [{ code: '05-CT/TW' }], issuer: 'Politburo' },
  { ref: 'Conclusion 123-KL/TW', shape: 'coded', docs: [{ code: '123-KL/TW' }], issuer: 'Politburo' },
  { ref: 'Regulation 189-QD/TW', shape: 'coded', docs: [{ code: '189-QD/TW' }], issuer: 'Politburo' },
  { ref: 'Decree 168/2024/ND-CP', shape: 'coded', docs: [{ code: '168/2024/ND-CP' }], issuer: 'Government' },
  { ref: 'Decision 1234/QD-TTg', shape: 'coded', docs: [{ code: '1234/QD-TTg' }], issuer: 'Prime Minister' },
  {
    ref: 'Directive No. 05',
    shape: 'kind + number',
    docs: [{ name: 'Directive No. 05' }],
    issuer: 'Politburo',
  },
  { ref: 'Decree 168', shape: 'kind + number', docs: [{ name: 'Decree 168' }], issuer: 'Government' },
  { ref: 'Conclusion 123', shape: 'kind + number', docs: [{ name: 'Conclusion 123' }], issuer: 'Politburo' },
  { ref: 'Resolution 66', shape: 'kind + number', docs: [{ name: 'Resolution 66' }], issuer: 'Politburo' },
  {
    ref: 'the Resolution on private economic development',
    shape: 'by subject',
    docs: [{ name: 'Resolution on private economic development' }],
    issuer: 'Politburo',
  },
  {
    ref: 'the Law on Cadres and Civil Servants',
    shape: 'by subject',
    docs: [{ name: 'Law on Cadres and Civil Servants' }],
    issuer: 'National Assembly',
  },
  {
    ref: 'the Resolution of the 13th National Party Congress',
    shape: 'congress',
    docs: [{ name: 'Resolution of the 13th National Party Congress' }],
    issuer: 'Party Central Committee',
  },
  {
    ref: 'Directives 05-CT/TW and 35-CT/TW',
    shape: 'plural',
    docs: [{ code: '05-CT/TW' }, { code: '35-CT/TW' }],
    issuer: 'Politburo',
  },
  {
    ref: 'Directives 05 and 35',
    shape: 'plural',
    docs: [{ name: 'Directive 05' }, { name: 'Directive 35' }],
    issuer: 'Politburo',
  },
];

const EN_BODY = 'Lam Dong Provincial Party Committee';
export const EN_DOC_CONTEXTS: readonly DocContext[] = [
  {
    id: 'implement',
    article: ({ ref }) => `On May 12, the ${EN_BODY} held a conference to implement ${ref}.`,
    relation: { type: 'IMPLEMENTS' },
  },
  {
    id: 'review',
    article: ({ ref }) => `On May 12, the ${EN_BODY} reviewed five years of implementing ${ref}.`,
    relation: { type: 'IMPLEMENTS' },
  },
  {
    id: 'issued',
    article: ({ ref, issuer }) => `On May 12, the ${issuer} issued ${ref}.`,
    relation: { type: 'ISSUED' },
  },
  {
    id: 'of issuer',
    article: ({ ref, issuer }) => `On May 12, officials in Lam Dong studied ${ref} of the ${issuer}.`,
    relation: { type: 'ISSUED' },
  },
  {
    id: "issuer's",
    article: ({ ref, issuer }) =>
      `On May 12, officials in Lam Dong studied the ${issuer}'s ${ref.replace(/^the /u, '')}.`,
    relation: { type: 'ISSUED' },
  },
  {
    id: 'in a list',
    article: ({ ref }) =>
      `On May 12, the ${EN_BODY} pledged to implement Regulation 131-QD/TW, ${ref} and Conclusion 14-KL/TW.`,
    relation: { type: 'IMPLEMENTS' },
  },
];

// ---------------------------------------------------------------- events

export const VI_CHAIR = 'Nguyễn Văn Hùng';
export const VI_EVENT_SHAPES: readonly EventShape[] = [
  {
    noun: 'hội nghị',
    shape: 'hội nghị',
    clause: 'Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết công tác quý III',
  },
  { noun: 'đại hội', shape: 'đại hội', clause: 'Đảng bộ xã Đạ Huoai tổ chức đại hội đại biểu lần thứ I' },
  { noun: 'kỳ họp', shape: 'kỳ họp', clause: 'HĐND tỉnh Lâm Đồng khai mạc kỳ họp thứ 10' },
  {
    noun: 'phiên họp',
    shape: 'phiên họp',
    clause: 'UBND tỉnh Lâm Đồng tổ chức phiên họp thường kỳ tháng 11',
  },
  {
    noun: 'hội thảo',
    shape: 'hội thảo',
    clause: 'Sở Khoa học và Công nghệ tổ chức hội thảo khoa học về chuyển đổi số',
  },
  { noun: 'diễn đàn', shape: 'diễn đàn', clause: 'UBND tỉnh Lâm Đồng tổ chức diễn đàn hợp tác đầu tư' },
  { noun: 'lễ', shape: 'lễ', clause: 'Tỉnh ủy Lâm Đồng tổ chức lễ kỷ niệm thành lập Đảng bộ tỉnh' },
  {
    noun: 'buổi làm việc',
    shape: 'buổi làm việc',
    clause: 'Thường trực Tỉnh ủy Lâm Đồng có buổi làm việc với Sở Y tế',
  },
  {
    noun: 'tọa đàm',
    shape: 'tọa đàm',
    clause: 'Ban Tuyên giáo Tỉnh ủy Lâm Đồng tổ chức tọa đàm về công tác báo chí',
  },
];

/** The event is on Thursday 4 December 2025; the article, when dated, the day after. */
const AFTER = '2025-12-05';
const D = '2025-12-04';
export const VI_DATE_SHAPES: readonly DateShape[] = [
  { id: 'ngày 4/12', written: 'Ngày 4/12', publishedAt: AFTER, date: D },
  { id: 'ngày 4/12, undated', written: 'Ngày 4/12', publishedAt: null, date: null },
  { id: 'ngày 4/12/2025, undated', written: 'Ngày 4/12/2025', publishedAt: null, date: D },
  { id: 'ngày 4.12.2025, undated', written: 'Ngày 4.12.2025', publishedAt: null, date: D },
  { id: 'ngày 4.12', written: 'Ngày 4.12', publishedAt: AFTER, date: D },
  { id: 'sáng 4-12', written: 'Sáng 4-12', publishedAt: AFTER, date: D },
  { id: 'sáng 4-12, undated', written: 'Sáng 4-12', publishedAt: null, date: null },
  { id: '4-5/12', written: 'Trong hai ngày 4-5/12', publishedAt: '2025-12-06', date: D },
  { id: '4 và 5/12', written: 'Trong hai ngày 4 và 5/12', publishedAt: '2025-12-06', date: D },
  { id: 'chiều qua', written: 'Chiều qua', publishedAt: AFTER, date: D },
  { id: 'chiều qua, undated', written: 'Chiều qua', publishedAt: null, date: null },
];

export const viEventArticle = (shape: EventShape, date: DateShape): string =>
  `${date.written}, ${shape.clause}. Đồng chí ${VI_CHAIR}, Bí thư Tỉnh ủy Lâm Đồng, chủ trì ${shape.noun}.`;

export const EN_CHAIR = 'Nguyen Van Hung';
export const EN_EVENT_SHAPES: readonly EventShape[] = [
  {
    noun: 'conference',
    shape: 'conference',
    clause: 'the Lam Dong Provincial Party Committee held a conference to review the third quarter',
  },
  {
    noun: 'congress',
    shape: 'congress',
    clause: 'the Party Organisation of Da Huoai commune held its first congress',
  },
  { noun: 'session', shape: 'session', clause: 'the Lam Dong People’s Council opened its 10th session' },
  { noun: 'plenum', shape: 'plenum', clause: 'the Lam Dong Provincial Party Committee held its 20th plenum' },
  { noun: 'forum', shape: 'forum', clause: 'the Lam Dong People’s Committee held an investment forum' },
  {
    noun: 'ceremony',
    shape: 'ceremony',
    clause: 'the Lam Dong Provincial Party Committee held a ceremony to mark its founding',
  },
  {
    noun: 'working session',
    shape: 'working session',
    clause: 'the Lam Dong Provincial Party Committee had a working session with the Department of Health',
  },
  {
    noun: 'talks',
    shape: 'talks',
    clause: 'the Lam Dong Provincial Party Committee held talks with a delegation from Laos',
  },
];

export const EN_DATE_SHAPES: readonly DateShape[] = [
  { id: 'On December 4', written: 'On December 4', publishedAt: AFTER, date: D },
  { id: 'On December 4, undated', written: 'On December 4', publishedAt: null, date: null },
  { id: 'On December 4, 2025, undated', written: 'On December 4, 2025', publishedAt: null, date: D },
  { id: 'On 4 December', written: 'On 4 December', publishedAt: AFTER, date: D },
  { id: 'On Thursday', written: 'On Thursday', publishedAt: AFTER, date: D },
  { id: 'On Thursday, undated', written: 'On Thursday', publishedAt: null, date: null },
  { id: 'On 4-5 December', written: 'On 4-5 December', publishedAt: '2025-12-06', date: D },
  { id: 'On December 4-5', written: 'On December 4-5', publishedAt: '2025-12-06', date: D },
  { id: 'Yesterday', written: 'Yesterday', publishedAt: AFTER, date: D },
];

export const enEventArticle = (shape: EventShape, date: DateShape): string =>
  `${date.written}, ${shape.clause}. Party Secretary ${EN_CHAIR} chaired the ${shape.noun}.`;
