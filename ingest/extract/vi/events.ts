// Events: a meeting noun ("Hội nghị", "Đại hội", "kỳ họp", "buổi làm việc") in a sentence that
// dates it ("Ngày 12/7", "Chiều ngày 28/12/2021", "Sáng 23.9", "Ngày 21-22/4", "ngày 6 tháng 11
// năm 2023"). The year comes from the date itself, else the article's publication date, else a
// year the text states as its own time; with none of these the date is null, never a guess.
import type { EventKind } from '../../types.ts';
import { articleDateline, siteDate } from '../../read/dateline.ts';
import { isoDate } from './documents.ts';
import { EVENT_NOUNS, alternativesOf, pattern } from './lexicon.ts';
import type { DocumentLayer, EventLayer, TokenLayer } from './doc.ts';

export interface EventHit {
  name: string;
  kind: EventKind;
  date: string | null;
  start: number;
  end: number;
  sentence: number;
}

// Both spellings of each noun: capitalised in a name ("Hội nghị"), lower case in running text.
const spellings = (noun: string) => [noun, noun.charAt(0).toLowerCase() + noun.slice(1)];
const EVENT_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?<!${pattern('event-noun-venue-before')})(${alternativesOf(EVENT_NOUNS.flatMap((e) => spellings(e.noun)))})(?![\p{L}])(?!${pattern('event-noun-split-after')})`,
  'u',
);
const KIND = new Map<string, EventKind>(EVENT_NOUNS.map((e) => [e.noun.toLowerCase(), e.kind]));

/** A written day and month, the year when written, and where the date starts in its sentence. */
export interface MeetingDate {
  index: number;
  day: number;
  month: number;
  year: number | null;
  /** The last day of a meeting written over several days ("21-22/4", "từ ngày 21 đến 22/4"), same month. */
  lastDay?: number;
}

// The date shapes and what rules a date out are patterns.tsv's date-* rows.
const SLASH_DATE = new RegExp(pattern('date-slash'), 'gu');
const DOT_DATE = new RegExp(pattern('date-dot'), 'gu');
const WORD_DATE = new RegExp(pattern('date-words'), 'gu');
const DATE_SPAN = new RegExp(pattern('date-span'), 'gu');
const DAYS_END = new RegExp(pattern('date-days-end'), 'u');
const HAS_DAY_MONTH = new RegExp(pattern('has-day-month'), 'u');
const NOT_A_MEETING_DATE = new RegExp(pattern('not-a-meeting-date'), 'u');
const TODAY = new RegExp(pattern('today-cue'), 'u');
const YESTERDAY = new RegExp(pattern('yesterday-cue'), 'u');

/** The ISO day before an ISO date ("2024-07-01" → "2024-06-30"), or null. */
function dayBefore(iso: string | null): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/u.test(iso)) return null;
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The last day of a span of days in one month ("21-22/4", "từ ngày 21 đến 22/4"): after the first, a day of a month. */
const spanLastDay = (first: number, last: number): number | undefined =>
  last > first && last <= 31 ? last : undefined;

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
      const date: MeetingDate = { index, day, month, year: m[3] ? Number(m[3]) : null };
      const end = DAYS_END.exec(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
      const lastDay = end ? spanLastDay(day, Number(end[1])) : undefined;
      if (lastDay !== undefined) date.lastDay = lastDay;
      found.push(date);
    }
  }
  for (const m of sentence.matchAll(DATE_SPAN)) {
    const index = m.index + m[0].search(/[Tt]ừ/u);
    const { day, startMonth, month, year, endDay } = m.groups!;
    const d = Number(day);
    const mo = Number(startMonth ?? month);
    if (found.some((f) => f.index === index) || !(d >= 1 && d <= 31 && mo >= 1 && mo <= 12)) continue;
    const date: MeetingDate = { index, day: d, month: mo, year: year ? Number(year) : null };
    // A span within one month ends on its last day; one across months ("từ 30/6 đến 2/7") is kept whole
    // by its first day only.
    const lastDay = startMonth === undefined ? spanLastDay(d, Number(endDay)) : undefined;
    if (lastDay !== undefined) date.lastDay = lastDay;
    found.push(date);
  }
  return found.sort((a, b) => a.index - b.index);
}

const YEAR = /(?<![\p{N}])(19[5-9]\d|20\d\d)(?![\p{N}])/gu;
// Years that are not the time the article reports: one the text looks forward to ("tầm nhìn đến
// năm 2030") and either end of a term or period ("nhiệm kỳ 2020 - 2025", "giai đoạn 2021-2025").
// A document's date is not a meeting's date, but its year is a year the text states.
const FORWARD_YEAR_BEFORE = /(?:đến|tới|vọng|nhìn)(?: năm)?\s*$|\d{4}\s*[-–]\s*$/u;
const RANGE_START_AFTER = /^\s*[-–]\s*\d{4}/u;
const PLAN_YEAR_BEFORE = new RegExp(`(?:${pattern('plan-year-before')})$`, 'u');

/**
 * The year of an article's undated dates: its publication year, else the latest year the text
 * states (not a year looked forward to, nor a term). Null when there is none, or when a plan's year
 * ("kế hoạch năm 2026") is later than every other: no year is guessed.
 */
export function articleYear(text: string, publishedAt: string | null): number | null {
  if (publishedAt && /^\d{4}/.test(publishedAt)) return Number(publishedAt.slice(0, 4));
  let best: number | null = null;
  let plan: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (best !== null && y <= best) continue;
    if (FORWARD_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (RANGE_START_AFTER.test(text.slice(m.index + 4, m.index + 12))) continue;
    if (PLAN_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index).toLowerCase()))
      plan = Math.max(plan ?? y, y);
    else best = Math.max(best ?? y, y);
  }
  // "kế hoạch năm 2026" on a page with no date: the plan's year may be this year's or the next.
  return plan !== null && (best === null || plan > best) ? null : best;
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
const REPORTED_MEETING = new RegExp(
  `${pattern('reported-meeting-verb')}(${alternativesOf(EVENT_NOUNS.filter((e) => e.undated).flatMap((e) => spellings(e.noun)))})(?![\\p{L}])`,
  'u',
);
const NAME_END = new RegExp(pattern('event-name-end'), 'u');
const EVENT_PART_NOUN = new RegExp(pattern('event-part-noun'), 'u');
const EVENT_PART_DAYS = Number(/\d+/u.exec(pattern('event-part-days'))![0]);
const PLANNED_AFTER = new RegExp(pattern('planned-meeting-after'), 'u');

/** Whole days from one ISO date to a later one. */
const daysFrom = (from: string, to: string): number =>
  (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;

function eventAt(
  sentence: string,
  nameStart: number,
  noun: string,
  s: { start: number },
  index: number,
  date: string | null,
): EventHit {
  const rest = sentence.slice(nameStart);
  // A noun holding a comma ("Thăm, làm việc", "Chuyến thăm, làm việc") is not cut at its own comma.
  const own = noun.includes(',') ? noun.length : 0;
  let cut = rest.slice(own).search(NAME_END);
  if (cut >= 0) cut += own;
  // A name does not end inside a quoted title: "Hội nghị triển khai Nghị quyết “Về …, … ”".
  if (cut > 0 && rest.lastIndexOf('“', cut) > rest.lastIndexOf('”', cut)) {
    const close = rest.indexOf('”', cut);
    if (close > 0) cut = close + 1;
  }
  const name = (cut > 0 ? rest.slice(0, cut) : rest).trim();
  return {
    name: name.charAt(0).toUpperCase() + name.slice(1),
    kind: KIND.get(noun.toLowerCase()) ?? 'other',
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
  /** The article's own date, for "sáng nay": its dateline's, else its publication date; read only when asked. */
  today: () => string | null = () => publishedAt,
): EventHit[] {
  const events: EventHit[] = [];
  const seenDates = new Set<string>();
  // The days of meetings written over several days, by their noun: a later date inside them on the
  // same kind of meeting named in lower case ("Thông tin về kỳ họp được thông báo chiều 11/12") is a
  // day of that meeting.
  const spans: { noun: string; first: string; last: string }[] = [];
  sentences.forEach((s, index) => {
    const sentence = text.slice(s.start, s.end);
    if (!HAS_DAY_MONTH.test(sentence)) return;
    const noun = EVENT_NOUN.exec(sentence);
    if (!noun) return;
    const dates = meetingDates(sentence).filter(
      (d) => !documentRanges.some((r) => s.start + d.index >= r.start && s.start + d.index < r.end),
    );
    // A span later in the sentence that holds its first date restates the meeting's days
    // ("Sáng 28/6, Đại hội bế mạc (từ ngày 26 đến 28/6)"): the meeting is dated by its first day.
    const date =
      dates.find(
        (d) =>
          d.lastDay !== undefined &&
          dates[0] !== undefined &&
          d !== dates[0] &&
          dates[0].month === d.month &&
          (dates[0].year === null || dates[0].year === d.year || d.year === null) &&
          dates[0].day >= d.day &&
          dates[0].day <= d.lastDay,
      ) ?? dates[0];
    if (!date) return;
    const nounKey = noun[1]!.toLowerCase();
    const congressTerm = year === null && KIND.get(nounKey) === 'congress' ? TERM.exec(sentence) : null;
    const dateYear = congressTerm ? Number(congressTerm[1]) : year;
    const iso = meetingIsoDate(date, dateYear, publishedAt);
    if (!iso || seenDates.has(iso)) return;
    // Only a meeting named in lower case refers back ("về kỳ họp", "tại hội nghị"); a capitalised
    // one is a meeting of its own held during the other ("Chiều 27/6, … tiến hành Hội nghị lần thứ nhất").
    const refersBack = noun[1]![0] !== noun[1]![0]!.toUpperCase();
    if (refersBack && spans.some((d) => d.noun === nounKey && iso > d.first && iso <= d.last)) return;
    // "Tại phiên bế mạc chiều 1/10, đại hội …": an opening or closing sitting in lower case, a few days
    // after a meeting already dated, is a day of that meeting (event-part-noun, decision 0126).
    if (
      refersBack &&
      EVENT_PART_NOUN.test(nounKey) &&
      events.some((e) => e.date && iso >= e.date && daysFrom(e.date, iso) <= EVENT_PART_DAYS)
    )
      return;
    // "Kỳ họp dự kiến khai mạc ngày 20/10": a meeting planned, not reported (decision 0126).
    if (PLANNED_AFTER.test(sentence.slice(noun.index + noun[1]!.length))) return;
    // A later sentence that writes a full date before the reported meeting's recalls an earlier
    // one ("… cho biết ngày 14/7/2023, Đoàn kiểm tra đã …"); a report dates its own day and month.
    const first = events[0]?.date;
    if (date.year !== null && first && iso < first) return;
    seenDates.add(iso);
    const last =
      date.lastDay === undefined
        ? null
        : meetingIsoDate({ ...date, day: date.lastDay }, dateYear, publishedAt);
    if (last && last > iso) spans.push({ noun: nounKey, first: iso, last });
    events.push(eventAt(sentence, noun.index, noun[1]!, s, index, iso));
    // "Trong chuyến thăm … từ ngày 9 đến 11/12, chiều 10/12, đoàn … hội đàm với …": a later day
    // inside the span, then a meeting noun of its own after it, is a second meeting on that day.
    const inner =
      date.lastDay === undefined
        ? undefined
        : dates.find(
            (d) =>
              d.index > date.index &&
              d.month === date.month &&
              d.day > date.day &&
              d.day <= date.lastDay! &&
              d.year === date.year,
          );
    const innerNoun = inner && EVENT_NOUN.exec(sentence.slice(inner.index));
    const innerIso = innerNoun && meetingIsoDate(inner, dateYear, publishedAt);
    if (innerNoun && innerIso && !seenDates.has(innerIso)) {
      seenDates.add(innerIso);
      events.push(eventAt(sentence, inner.index + innerNoun.index, innerNoun[1]!, s, index, innerIso));
    }
  });
  if (!events.length) {
    for (let index = 0; index < sentences.length; index++) {
      const s = sentences[index]!;
      const sentence = text.slice(s.start, s.end);
      const m = REPORTED_MEETING.exec(sentence);
      if (!m) continue;
      // "Sáng nay, Bộ … tổ chức hội nghị": today is the article's own date, its dateline's when the
      // page shows one ("Thứ Năm, 17/10/2024 09:15"), else the record's publication date.
      // "Hôm qua, …": the day before it, and no date when the article has none.
      const date = TODAY.test(sentence) ? today() : YESTERDAY.test(sentence) ? dayBefore(today()) : null;
      events.push(eventAt(sentence, m.index + m[0].length - m[1]!.length, m[1]!, s, index, date));
      break;
    }
  }
  return events;
}

/** The events component: the meetings the article reports, not dated by its documents' dates. */
export function eventLayer<D extends TokenLayer & DocumentLayer>(doc: D): D & EventLayer {
  const { article } = doc;
  const documentRanges = doc.documentHits.map((h) => ({ start: h.start, end: h.tail }));
  // A saved page with no date of the article: its site's date (the day it was saved) bounds the
  // article's days and gives their year, never the article's "today" (decisions 0097, 0115).
  const bound = article.record.publishedAt ?? siteDate(article.record.text ?? '');
  const year = articleYear(article.text, bound);
  return {
    ...doc,
    eventHits: findEvents(
      article.text,
      article.sentences,
      year,
      documentRanges,
      bound,
      // The cleaner drops date lines from the text; the record's text still shows the dateline.
      () => articleDateline(article.record.text ?? '') ?? article.record.publishedAt,
    ),
  };
}
