// Documents: number-codes ("05-CT/TW", "2139- QĐSN/TW", "1828/QĐ-UBND") with the kind written
// before them, the date and issuing body after them ("ngày 15/5/2016 của Bộ Chính trị"), and the
// subject ("về …"); and named resolutions without a code ("Nghị quyết Trung ương 4 khóa XII").
import { DOCUMENT_KINDS, DOCUMENT_WORDS, pattern } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { ExtractedDocument } from '../../types.ts';
import type { DocumentLayer, TokenLayer } from './doc.ts';
import { matchKey } from '../../text/normalise.ts';
import { guardedPattern, matchAllGuarded } from '../../text/regexp.ts';
import { unnamed } from '../../base/unnamed.ts';

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
  /** A bare "Nghị quyết 18" standing for a coded document of the article: its issuer is the one
   * stated at the code, or one written right after it, never one inferred from the sentence. */
  abbreviates?: boolean;
}

// The shapes of codes, numbers, dates, subjects and named resolutions are rules a linguist edits:
// named patterns of ingest/lexicon/vi/patterns.tsv (each with a comment on what it covers). This
// module is the mechanism: where each is tried, and what a match becomes.
const SUBJECT_AFTER = new RegExp(pattern('subject-after-document'), 'u');
const ANOTHER_CODE = new RegExp(pattern('code-in-subject'), 'u');

function subjectAfter(text: string, tail: number): string | null {
  const m = SUBJECT_AFTER.exec(text.slice(tail, tail + 340));
  if (!m || ANOTHER_CODE.test(m[0])) return null;
  return m[1]!.trim();
}

const CODE = new RegExp(pattern('party-code'), 'gu');
const SHARED_NUMBER_BEFORE = new RegExp(pattern('number-shared-with-code'), 'u');
const STATE_CODE = new RegExp(pattern('state-code'), 'gu');
const ASSEMBLY_CODE = new RegExp(pattern('assembly-code'), 'gu');
const DATE_AFTER = new RegExp(pattern('date-after-document'), 'iu');
const NAMED = new RegExp(pattern('named-document'), 'gu');
const BARE = new RegExp(pattern('bare-document'), 'gu');
// Its look-behind tested only where the rest matched (decision 0072): same matches.
const BARE_GUARDED = guardedPattern(BARE);
const NUMBER_IN_LIST = new RegExp(pattern('number-in-list'), 'gu');
// "… khóa XI và khóa XII", "… (khóa XI, khóa XII)": one resolution per term.
const TERMS = new RegExp(pattern('each-term'), 'gu');

export function isoDate(day: string, month: string, year: string | number): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= 2100)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function kindBefore(
  tokens: Token[],
  tokenAt: (offset: number) => number,
  start: number,
  letters: string,
): string {
  const entry =
    DOCUMENT_KINDS.get(letters.toUpperCase()) ?? DOCUMENT_KINDS.get(letters.toUpperCase().replace(/-.*/, ''));
  const i = tokenAt(start);
  // The kind words are written just before the code, maybe with "số": "Quy định số 37-QĐ/TW".
  for (let back = 1; back <= 5 && i - back >= 0; back++) {
    const m = DOCUMENT_WORDS.longest(tokens, i - back);
    if (m && m.to >= i - 1 && m.to <= i) {
      const words = m.value;
      if (!entry || entry.kind === words || entry.otherKinds.includes(words) || entry.kind.startsWith(words))
        return words;
    }
  }
  return entry?.kind ?? letters;
}

export function findDocuments(
  text: string,
  tokens: Token[],
  tokenAt: (offset: number) => number,
): DocumentHit[] {
  const hits: DocumentHit[] = [];
  const dateAfter = unnamed((end: number): { date: string | null; tail: number } => {
    const m = DATE_AFTER.exec(text.slice(end, end + 40));
    if (!m) return { date: null, tail: end };
    return { date: m[1] && m[3] ? isoDate(m[1], m[2]!, m[3]) : null, tail: end + m[0].length };
  });
  // A code read whole as written (a state code, a National Assembly code), with the date and the
  // subject written after it.
  const writtenCode = unnamed(
    (m: RegExpMatchArray, kind: string, number: string, issuerCode: string): DocumentHit => {
      const end = m.index! + m[0].length;
      const { date, tail } = dateAfter(end);
      return {
        code: m[0].toUpperCase(),
        name: null,
        kind,
        number,
        issuerCode,
        date,
        start: m.index!,
        end,
        tail,
        subject: subjectAfter(text, tail),
      };
    },
  );
  // Every code has a "/": run the code patterns only on articles that have one.
  const hasSlash = text.includes('/');
  for (const m of hasSlash ? text.matchAll(CODE) : []) {
    const [, number, letters, issuer] = m;
    const code = `${number}-${letters}/${issuer}`.toUpperCase();
    const { date, tail } = dateAfter(m.index + m[0].length);
    // "Quyết định 217, 218-QĐ/TW": numbers before the code share its kind and issuer.
    let listStart = m.index;
    for (let guard = 0; guard < 10; guard++) {
      const before = SHARED_NUMBER_BEFORE.exec(text.slice(Math.max(0, listStart - 16), listStart));
      if (!before) break;
      const at = listStart - before[0].length;
      hits.push({
        code: `${before[1]}-${letters}/${issuer}`.toUpperCase(),
        name: null,
        kind: kindBefore(tokens, tokenAt, at, letters!),
        number: before[1]!,
        issuerCode: issuer!.toUpperCase(),
        date: null,
        start: at,
        end: at + before[1]!.length,
        tail: at + before[1]!.length,
        subject: null,
      });
      listStart = at;
    }
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
    hits.push(writtenCode(m, kindBefore(tokens, tokenAt, m.index, `${letters}-${issuer}`), number!, issuer!));
  }
  // "Nghị quyết số 88/2019/QH14": a National Assembly resolution; a law's code is not read (decision 0111).
  for (const m of hasSlash && text.includes('QH') ? text.matchAll(ASSEMBLY_CODE) : []) {
    const [, number, , issuer] = m;
    if (kindBefore(tokens, tokenAt, m.index, '') !== 'Nghị quyết') continue;
    hits.push(writtenCode(m, 'Nghị quyết', number!, issuer!));
  }
  const mayName = text.includes('ghị quyết') || text.includes('Điều lệ');
  for (const m of mayName ? text.matchAll(NAMED) : []) {
    const written = m[0].replace(/\s+/g, ' ').trim();
    const terms = written.match(TERMS) ?? [];
    const base = written.slice(0, written.search(TERMS)).replace(/[\s,(]+$/u, '');
    const names = terms.length > 1 ? terms.map((term) => `${base} ${term}`) : [written];
    const kind = written.startsWith('Điều lệ') ? 'Điều lệ' : 'Nghị quyết';
    const end = m.index + m[0].length;
    for (const name of names) hits.push(namedHit(kind, name, m.index, end, subjectAfter(text, end)));
  }
  hits.push(...bareNumberHits(text, hits));
  hits.push(...namedWithoutCode(text, hits));
  hits.push(...namedByImplemented(text, hits));
  return hits.sort((a, b) => a.start - b.start);
}

/** A document named without a code or number, its reference ending where its name does. */
function namedHit(
  kind: string,
  name: string,
  start: number,
  end: number,
  subject: string | null,
): DocumentHit {
  return {
    code: null,
    name,
    kind,
    number: null,
    issuerCode: null,
    date: null,
    start,
    end,
    tail: end,
    subject,
  };
}

const NAMED_BY_SUBJECT = new RegExp(pattern('document-named-by-subject'), 'gu');
const NAMED_BY_TITLE = new RegExp(pattern('document-named-by-title'), 'gu');
const SUBJECT_NAME_END = new RegExp(pattern('subject-name-end'), 'u');
const SUBJECT_LIST_AFTER_COMMA = new RegExp(pattern('subject-list-after-comma'), 'u');
const SUBJECT_YEARLY_NOUN = new RegExp(pattern('subject-yearly-noun'), 'u');
const YEAR_AFTER_SUBJECT = /^\s+năm\s+\d{4}(?![\p{N}])/u;
const SENTENCE_END = /[.;:!?\n“”"(|]/u;

/**
 * Where the name of a document named by its subject ends in `rest` (the text after "về"), or -1:
 * at subject-name-end, except past a comma that opens a list closing the sentence inside the
 * title, and past the year of a yearly plan or budget (patterns.tsv).
 */
function subjectNameCut(rest: string): number {
  const cut = rest.search(SUBJECT_NAME_END);
  if (cut < 0) return cut;
  if (rest[cut] === ',') {
    const end = rest.slice(cut).search(SENTENCE_END);
    if (end > 0 && SUBJECT_LIST_AFTER_COMMA.test(rest.slice(cut, cut + end).trimEnd())) return cut + end;
  }
  const year = YEAR_AFTER_SUBJECT.exec(rest.slice(cut));
  if (year && SUBJECT_YEARLY_NOUN.test(rest.slice(0, cut))) {
    const after = rest.slice(cut + year[0].length);
    const next = after.search(SUBJECT_NAME_END);
    return cut + year[0].length + (next < 0 ? after.length : next);
  }
  return cut;
}

const CAMPAIGN_KIND = new RegExp(pattern('campaign-kind-before-title'), 'u');
const TITLE_SUBJECT_OPENING = /^[Vv]ề\s/u;

/**
 * Documents named by their subject or a quoted title, with no code or number: "Nghị quyết về
 * phát triển kinh tế tư nhân", "Chỉ thị “Về tăng cường …”". Not where another reference already
 * stands ("Nghị quyết số 57-NQ/TW về …" is that coded document and its subject).
 */
function namedWithoutCode(text: string, found: DocumentHit[]): DocumentHit[] {
  const out: DocumentHit[] = [];
  if (!text.includes('về') && !text.includes('“') && !text.includes('"')) return out;
  const taken = unnamed((from: number, to: number) =>
    [...found, ...out].some((h) => from < Math.max(h.end, h.tail) && to > h.start),
  );
  for (const m of text.matchAll(NAMED_BY_TITLE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].length;
    const title = m[2]!.trim();
    if (taken(start, end)) continue;
    // 'Chương trình "Mỗi đoàn viên một việc làm tốt"': a campaign, not a document (decision 0132).
    if (CAMPAIGN_KIND.test(m[1]!) && !TITLE_SUBJECT_OPENING.test(title)) continue;
    out.push(namedHit(m[1]!, `${m[1]} “${title}”`, start, end, title.replace(/^[Vv]ề\s+/u, '')));
  }
  for (const m of text.matchAll(NAMED_BY_SUBJECT)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const subjectStart = m.index + m[0].length;
    const rest = text.slice(subjectStart, subjectStart + 160);
    const cut = subjectNameCut(rest);
    const subject = (cut >= 0 ? rest.slice(0, cut) : rest).trim();
    // A subject of two words at least, and whole: one cut off at 160 characters is not a name.
    if (subject.split(/\s+/u).length < 2 || cut < 0) continue;
    const end = subjectStart + subject.length;
    if (taken(start, end)) continue;
    out.push(namedHit(m[1]!, text.slice(start, end), start, end, subject));
  }
  return out;
}

const NAMED_BY_IMPLEMENTED = new RegExp(`${pattern('document-named-by-implemented')}$`, 'u');

/**
 * "Chương trình hành động thực hiện Nghị quyết Đại hội … lần thứ XX": a programme or plan named by
 * the document without a code written right after it (patterns.tsv), a document of its own.
 */
function namedByImplemented(text: string, found: DocumentHit[]): DocumentHit[] {
  const out: DocumentHit[] = [];
  if (!text.includes('thực hiện') && !text.includes('triển khai')) return out;
  for (const h of found) {
    if (h.code || !h.name) continue;
    const from = Math.max(0, h.start - 40);
    const m = NAMED_BY_IMPLEMENTED.exec(text.slice(from, h.start));
    if (!m) continue;
    const start = from + m.index;
    out.push(namedHit(m[1]!, text.slice(start, h.end), start, h.end, null));
  }
  return out;
}

/**
 * "Chỉ thị số 17", "các Chỉ thị 05 và 35": a mention of the coded document of that kind and number
 * when the article codes one ("05-CT/TW"), else a named document as written, one per number.
 */
function bareNumberHits(text: string, coded: DocumentHit[]): DocumentHit[] {
  const out: DocumentHit[] = [];
  if (!/\d/.test(text)) return out;
  const covered = unnamed((at: number) => coded.some((h) => at >= h.start && at < h.end));
  // "Nghị quyết số 12 …" then "Nghị quyết 12": one document, named as first written.
  const nameOf = new Map<string, string>();
  for (const m of matchAllGuarded(text, BARE_GUARDED)) {
    const kindWritten = m[1]!;
    const kind = kindWritten.charAt(0).toUpperCase() + kindWritten.slice(1);
    const listAt = m.index + m[0].length - m[2]!.length;
    for (const n of m[2]!.matchAll(NUMBER_IN_LIST)) {
      const start = listAt + n.index;
      const end = start + n[0].length;
      if (covered(start + (n[1]?.length ?? 0))) continue;
      const number = n[2]!;
      const same = coded.find(
        (h) => h.code && h.kind.toLowerCase() === kind.toLowerCase() && Number(h.number) === Number(number),
      );
      const kindStart = out.length && n.index > 0 ? start : m.index;
      if (same) {
        out.push({ ...same, start: kindStart, end, tail: end, date: null, subject: null, abbreviates: true });
      } else {
        const key = `${kind.toLowerCase()}|${Number(number)}`;
        const name = nameOf.get(key) ?? `${kind} ${n[1] ? 'số ' : ''}${number}`;
        nameOf.set(key, name);
        out.push({
          code: null,
          name,
          kind,
          number,
          issuerCode: null,
          date: null,
          start: kindStart,
          end,
          tail: end,
          subject: subjectAfter(text, end),
        });
      }
    }
  }
  return out;
}

/** The documents component: every reference, one document per code (or per name without one). */
export function documentLayer<D extends TokenLayer>(doc: D): D & DocumentLayer {
  const hits = findDocuments(doc.article.text, doc.tokens, doc.tokenAt);
  const documents = new Map<string, ExtractedDocument>();
  for (const h of hits) {
    const key = h.code ?? matchKey(h.name!);
    let d = documents.get(key);
    if (!d) {
      d = {
        code: h.code,
        name: h.name,
        type: h.kind,
        number: h.number,
        issuerCode: h.issuerCode,
        date: null,
        issuer: null,
        subject: null,
        mentions: [],
      };
      documents.set(key, d);
    }
    if (!d.date && h.date) d.date = h.date;
    if (!d.subject && h.subject) d.subject = h.subject;
    d.mentions.push(doc.mention(h.start, h.end));
  }
  return { ...doc, documentHits: hits, documents };
}
