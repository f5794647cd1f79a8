// Documents: number-codes ("05-CT/TW", "2139- QĐSN/TW", "1828/QĐ-UBND") with the kind written
// before them, the date and issuing body after them ("ngày 15/5/2016 của Bộ Chính trị"), and the
// subject ("về …"); and named resolutions without a code ("Nghị quyết Trung ương 4 khóa XII").
import { DOCUMENT_KINDS, DOCUMENT_WORDS } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface DocumentHit {
  code: string | null;
  name: string | null;
  kind: string;
  number: string | null;
  issuerCode: string | null;
  date: string | null;
  start: number;
  end: number;
  /** Offset just after the reference and its date, where "của <body>" would start. */
  tail: number;
  /** "về …" after the reference and its issuer, up to the end of the clause. */
  subject: string | null;
}

// "… của Bộ Chính trị về đại hội đảng bộ các cấp …": the subject runs to the end of the clause.
const SUBJECT_AFTER = /^[^.;:\n“”"]{0,90}?(?<![\p{L}])về\s+([^.;:\n“”"]{3,240}?)(?=[.;:\n“”"]|,\s|\s\(|$)/u;
const ANOTHER_CODE = /\d+\s?-\s?[A-ZĐ]+\s?\//u;

function subjectAfter(text: string, tail: number): string | null {
  const m = SUBJECT_AFTER.exec(text.slice(tail, tail + 340));
  if (!m || ANOTHER_CODE.test(m[0])) return null;
  return m[1]!.trim();
}

// <number>-<kind letters>/<issuer>, spaces tolerated around the joiners as printed.
const CODE = /(?<![\p{L}\p{N}\/-])(\d{1,5})\s?[-–]\s?([A-ZĐ][A-Za-zĐđ]{0,5})\s?\/\s?([A-ZĐƯ][A-ZĐƯa-zđư.]{0,9}(?<!\.))(?![\p{L}\p{N}])/gu;
// State style: <number>/<kind>-<issuer> ("1828/QĐ-UBND").
const STATE_CODE = /(?<![\p{L}\p{N}\/-])(\d{1,5})\/(?:(\d{4})\/)?([A-ZĐ]{1,5})-([A-ZĐ]{2,8})(?![\p{L}\p{N}])/gu;
// Within the line: a date on the next line belongs to the next paragraph, not to this reference.
const DATE_AFTER = /^[ \t]*[,;]?[ \t]*(?:\([ \t]*)?(?:ban hành[ \t]+)?(?:ngày[ \t]+(\d{1,2})[ \t]*[\/.-][ \t]*(\d{1,2})(?:[ \t]*[\/.-][ \t]*(\d{4}))?|năm[ \t]+(\d{4}))\)?/iu;
// Named resolutions without a code.
const NAMED = new RegExp(
  [
    String.raw`Điều lệ Đảng`,
    String.raw`[Nn]ghị quyết\s+(?:Hội nghị\s+)?(?:Trung ương|TW|T\.Ư)\s*\d{1,2}\s*,?\s*\(?\s*khóa\s+[IVXL]+\)?`,
    String.raw`[Nn]ghị quyết\s+TW\s*\d{1,2}\s*,?\s*\(?\s*khoá?\s+[IVXL]+\)?`,
    String.raw`[Nn]ghị quyết\s+Hội nghị\s+lần thứ\s+(?:\d{1,2}|[\p{L}]+)\s+Ban Chấp hành Trung ương(?: Đảng)?\s*\(?\s*[Kk]h[oó]á?\s+[IVXL]+\)?`,
    String.raw`[Nn]ghị quyết\s+Đại hội\s+(?:đại biểu\s+toàn quốc\s+)?(?:lần thứ\s+)?[IVXL]+\s+của Đảng(?: bộ Khối)?`,
    String.raw`[Nn]ghị quyết\s+Đại hội\s+(?:đại biểu\s+)?toàn quốc\s+lần thứ\s+[IVXL]+\s+của Đảng`,
  ].join('|'),
  'gu',
);

export function isoDate(day: string, month: string, year: string | number): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= 2100)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function kindBefore(tokens: Token[], tokenAt: (offset: number) => number, start: number, letters: string): string {
  const entry = DOCUMENT_KINDS.get(letters.toUpperCase()) ?? DOCUMENT_KINDS.get(letters.toUpperCase().replace(/-.*/, ''));
  const i = tokenAt(start);
  // The kind words are written just before the code, maybe with "số": "Quy định số 37-QĐ/TW".
  for (let back = 1; back <= 5 && i - back >= 0; back++) {
    const m = DOCUMENT_WORDS.longest(tokens, i - back);
    if (m && m.to >= i - 1 && m.to <= i) {
      const words = m.value;
      if (!entry || entry.kind === words || entry.otherKinds.includes(words) || entry.kind.startsWith(words)) return words;
    }
  }
  return entry?.kind ?? letters;
}

export function findDocuments(text: string, tokens: Token[], tokenAt: (offset: number) => number): DocumentHit[] {
  const hits: DocumentHit[] = [];
  const dateAfter = (end: number): { date: string | null; tail: number } => {
    const m = DATE_AFTER.exec(text.slice(end, end + 40));
    if (!m) return { date: null, tail: end };
    return { date: m[1] && m[3] ? isoDate(m[1], m[2]!, m[3]) : null, tail: end + m[0].length };
  };
  // Every code has a "/": run the code patterns only on articles that have one.
  const hasSlash = text.includes('/');
  for (const m of hasSlash ? text.matchAll(CODE) : []) {
    const [, number, letters, issuer] = m;
    const code = `${number}-${letters}/${issuer}`.toUpperCase();
    const { date, tail } = dateAfter(m.index + m[0].length);
    hits.push({
      code,
      name: null,
      kind: kindBefore(tokens, tokenAt, m.index, letters!),
      number: number!,
      issuerCode: issuer!.toUpperCase(),
      date,
      start: m.index,
      end: m.index + m[0].length,
      tail,
      subject: subjectAfter(text, tail),
    });
  }
  for (const m of hasSlash ? text.matchAll(STATE_CODE) : []) {
    const [, number, , letters, issuer] = m;
    const { date, tail } = dateAfter(m.index + m[0].length);
    hits.push({
      code: m[0].toUpperCase(),
      name: null,
      kind: kindBefore(tokens, tokenAt, m.index, `${letters}-${issuer}`),
      number: number!,
      issuerCode: issuer!,
      date,
      start: m.index,
      end: m.index + m[0].length,
      tail,
      subject: subjectAfter(text, tail),
    });
  }
  const mayName = text.includes('ghị quyết') || text.includes('Điều lệ');
  for (const m of mayName ? text.matchAll(NAMED) : []) {
    const name = m[0].replace(/\s+/g, ' ').trim();
    const kind = name.startsWith('Điều lệ') ? 'Điều lệ' : 'Nghị quyết';
    hits.push({ code: null, name, kind, number: null, issuerCode: null, date: null, start: m.index, end: m.index + m[0].length, tail: m.index + m[0].length, subject: null });
  }
  return hits.sort((a, b) => a.start - b.start);
}
