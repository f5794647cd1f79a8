// Events: a meeting noun ("Hội nghị", "Đại hội", "kỳ họp", "buổi làm việc") in a sentence that
// dates it ("Ngày 12/7", "Chiều ngày 28/12/2021", "Sáng 23.9", "Ngày 21-22/4", "ngày 6 tháng 11
// năm 2023"). The year comes from the date itself, else the article's publication date, else a
// year the text states as its own time; with none of these the date is null, never a guess.
import type { EventKind } from '../../types.ts';
import { isoDate } from './documents.ts';

export interface EventHit {
  name: string;
  kind: EventKind;
  date: string | null;
  start: number;
  end: number;
  sentence: number;
}

const EVENT_NOUN =
  /(?<![\p{L}])(Hội nghị|hội nghị|Đại hội|đại hội|Kỳ họp|kỳ họp|Phiên họp|phiên họp|buổi làm việc|Buổi làm việc|Hội thảo|hội thảo|Tọa đàm|tọa đàm|Lễ|lễ|Đoàn công tác|đoàn công tác|Đoàn kiểm tra|đoàn kiểm tra|cuộc họp)(?![\p{L}])/u;
const KIND: Record<string, EventKind> = {
  'hội nghị': 'conference',
  'hội thảo': 'conference',
  'tọa đàm': 'conference',
  'cuộc họp': 'conference',
  'đại hội': 'congress',
  'kỳ họp': 'session',
  'phiên họp': 'session',
  'buổi làm việc': 'working-visit',
  'đoàn công tác': 'working-visit',
  'đoàn kiểm tra': 'working-visit',
  lễ: 'ceremony',
};

/** A written day and month, the year when written, and where the date starts in its sentence. */
export interface MeetingDate {
  index: number;
  day: number;
  month: number;
  year: number | null;
}

// The words that put a date on a time of day: "Ngày", "Sáng", "Chiều ngày", "Sáng nay (30/6)".
const CUE = String.raw`(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm)\s+(?:nay\s*\(\s*)?(?:ngày\s+)?`;
// A day range names the meeting's first day: "21-22/4", "21 và 22/4", "21, 22/4".
const DAYS = String.raw`(\d{1,2})(?:\s*(?:[-–]|và|,)\s*\d{1,2})?`;
const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}\/.])`;
const NOT_AFTER = String.raw`(?![\p{N}\/-]|\.\d)`;
// "23/9", "23-9", "23/9/2023" after a cue or at the start of a sentence ("07/12/2022" alone).
const SLASH_DATE = new RegExp(
  String.raw`${NOT_BEFORE}(?:${CUE}|^)${DAYS}\s*[\/-]\s*(\d{1,2})(?:\s*[\/-]\s*(\d{4}))?${NOT_AFTER}`,
  'gu',
);
// "23.9", "21-22.4.2024": only after a cue word, since "2.000" is a number.
const DOT_DATE = new RegExp(
  String.raw`${NOT_BEFORE}${CUE}${DAYS}\.(\d{1,2})(?:\.(\d{4}))?${NOT_AFTER}`,
  'gu',
);
// "ngày 6 tháng 11 năm 2023", "sáng 6 tháng 11".
const WORD_DATE = new RegExp(
  String.raw`${NOT_BEFORE}${CUE}${DAYS}\s+tháng\s+(\d{1,2})(?:\s*(?:năm\s+|,\s*)(\d{4}))?(?![\p{N}])`,
  'gu',
);
const HAS_DAY_MONTH = /\d\s*[/.-]\s*\d|\d\s+tháng\s+\d/u;

// A date that bounds a period ("kể từ ngày 1/11", "đến ngày 30/6", "trước ngày 15/5") or dates a
// numbered paper ("công văn số 1403 ngày 27/4/2023") is not when a meeting took place.
const NOT_A_MEETING_DATE = /(?:(?<![\p{L}])(?:từ|đến|tới|trước|sau|hết|hạn)|số\s+[\p{L}\p{N}/–-]+)\s*$/u;

/** The dates a sentence gives to something that happened, in order. */
export function meetingDates(sentence: string): MeetingDate[] {
  const found: MeetingDate[] = [];
  for (const pattern of [SLASH_DATE, DOT_DATE, WORD_DATE]) {
    for (const m of sentence.matchAll(pattern)) {
      const index = m.index + (m[0].length - m[0].trimStart().length);
      if (found.some((f) => f.index === index)) continue;
      if (NOT_A_MEETING_DATE.test(sentence.slice(Math.max(0, index - 24), index))) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) continue;
      found.push({ index, day, month, year: m[3] ? Number(m[3]) : null });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const YEAR = /(?<![\p{N}])(19[5-9]\d|20\d\d)(?![\p{N}])/gu;
// Years that are not the time the article reports: one the text looks forward to ("tầm nhìn đến
// năm 2030") and either end of a term or period ("nhiệm kỳ 2020 - 2025", "giai đoạn 2021-2025").
// A document's date is not a meeting's date, but its year is a year the text states.
const FORWARD_YEAR_BEFORE = /(?:đến|tới|vọng|nhìn)(?: năm)?\s*$|\d{4}\s*[-–]\s*$/u;
const RANGE_START_AFTER = /^\s*[-–]\s*\d{4}/u;

/**
 * The year of an article's undated dates: its publication year, else the latest year the text
 * states (not a year looked forward to, nor a term). Null when there is none: no year is guessed.
 */
export function articleYear(text: string, publishedAt: string | null): number | null {
  if (publishedAt && /^\d{4}/.test(publishedAt)) return Number(publishedAt.slice(0, 4));
  let best: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (best !== null && y <= best) continue;
    if (FORWARD_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (RANGE_START_AFTER.test(text.slice(m.index + 4, m.index + 12))) continue;
    best = y;
  }
  return best;
}

// A congress opens the term it elects: "Đại hội Đảng bộ tỉnh … nhiệm kỳ 2010 - 2015" sits in 2010.
const TERM = /nhiệm kỳ\s+(\d{4})\s*[-–]\s*\d{4}/u;

/**
 * The ISO date of a written day and month: its own year, else the article's; a day and month
 * after the publication date belong to the year before ("31/12" in a report of 2 January).
 */
export function meetingIsoDate(
  date: MeetingDate,
  year: number | null,
  publishedAt: string | null,
): string | null {
  if (date.year !== null) return isoDate(String(date.day), String(date.month), date.year);
  if (year === null) return null;
  let y = year;
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (published && Number(published[1]) === year) {
    const [pm, pd] = [Number(published[2]), Number(published[3])];
    if (date.month > pm || (date.month === pm && date.day > pd)) y -= 1;
  }
  return isoDate(String(date.day), String(date.month), y);
}

// A meeting the article reports, when no sentence dates it: "Tại Hội nghị", "Hội nghị diễn ra …".
const REPORTED_MEETING =
  /(?:tổ chức|diễn ra|khai mạc|bế mạc|Tại|tại|dự|chủ trì)\s+(?:buổi\s+)?(Hội nghị|Đại hội|Kỳ họp|kỳ họp|Hội thảo|Lễ|Phiên họp|hội nghị|đại hội)(?![\p{L}])/u;
const NAME_END = /[.;:!?]|,\s|\s(?:tại|với|do|dưới|nhằm|để|có|đã|sẽ)\s/u;

function eventAt(
  sentence: string,
  nameStart: number,
  noun: string,
  s: { start: number },
  index: number,
  date: string | null,
): EventHit {
  const rest = sentence.slice(nameStart);
  const cut = rest.search(NAME_END);
  const name = (cut > 0 ? rest.slice(0, cut) : rest).trim();
  return {
    name: name.charAt(0).toUpperCase() + name.slice(1),
    kind: KIND[noun.toLowerCase()] ?? 'other',
    date,
    start: s.start + nameStart,
    end: s.start + nameStart + name.length,
    sentence: index,
  };
}

export function findEvents(
  text: string,
  sentences: { start: number; end: number }[],
  year: number | null,
  /** Ranges of document references with their dates: "ngày 14/6/2024" there dates the document, not a meeting. */
  documentRanges: { start: number; end: number }[] = [],
  publishedAt: string | null = null,
): EventHit[] {
  const events: EventHit[] = [];
  const seenDates = new Set<string>();
  sentences.forEach((s, index) => {
    const sentence = text.slice(s.start, s.end);
    if (!HAS_DAY_MONTH.test(sentence)) return;
    const noun = EVENT_NOUN.exec(sentence);
    if (!noun) return;
    const date = meetingDates(sentence).find(
      (d) => !documentRanges.some((r) => s.start + d.index >= r.start && s.start + d.index < r.end),
    );
    if (!date) return;
    const congressTerm =
      year === null && KIND[noun[1]!.toLowerCase()] === 'congress' ? TERM.exec(sentence) : null;
    const iso = meetingIsoDate(date, congressTerm ? Number(congressTerm[1]) : year, publishedAt);
    if (!iso || seenDates.has(iso)) return;
    // A later sentence that writes a full date before the reported meeting's recalls an earlier
    // one ("… cho biết ngày 14/7/2023, Đoàn kiểm tra đã …"); a report dates its own day and month.
    const first = events[0]?.date;
    if (date.year !== null && first && iso < first) return;
    seenDates.add(iso);
    events.push(eventAt(sentence, noun.index, noun[1]!, s, index, iso));
  });
  if (!events.length) {
    for (let index = 0; index < sentences.length; index++) {
      const s = sentences[index]!;
      const sentence = text.slice(s.start, s.end);
      const m = REPORTED_MEETING.exec(sentence);
      if (!m) continue;
      events.push(eventAt(sentence, m.index + m[0].length - m[1]!.length, m[1]!, s, index, null));
      break;
    }
  }
  return events;
}
