// English dates as news reports write them: "May 15, 2016", "August 20", "31 Dec", "21-22 April",
// "Dec. 1, 2024", weekdays ("on Wednesday") counted back from the article's date, and "yesterday".
import { matchesOf } from '../../base/matches.ts';
import { pattern } from './lexicon.ts';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** A weekday or a day and month ("Monday", "December 1, 2024", "1 Dec"): the date an event name drops. */
export const WEEKDAY_OR_DATE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?:\\s+\\d{4})?)';

/** "May 15, 2016" / "August 20" */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g');
/** "31 Dec" / "15 May 2016" / "21-22 April" (a range is dated by its first day) */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}])`,
  'gu',
);

export interface FoundDate {
  start: number;
  end: number;
  month: number;
  day: number;
  year: number | null;
}

/** 1–12 for an English month name or abbreviation ("Dec."), 0 for any other word. */
export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Every calendar date written in `text`, in order, with offsets relative to `text`. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of matchesOf(MONTH_DAY, text)) {
    found.push({
      start: m.index!,
      end: m.index! + m[0].length,
      month: monthNumber(m[1]!),
      day: Number(m[2]),
      year: m[3] ? Number(m[3]) : null,
    });
  }
  for (const m of matchesOf(DAY_MONTH, text)) {
    if (found.some((f) => m.index! < f.end && f.start < m.index! + m[0].length)) continue;
    found.push({
      start: m.index!,
      end: m.index! + m[0].length,
      month: monthNumber(m[2]!),
      day: Number(m[1]),
      year: m[3] ? Number(m[3]) : null,
    });
  }
  return found.filter((d) => d.month && d.day >= 1 && d.day <= 31).sort((a, b) => a.start - b.start);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * ISO date of a found date. Without a year, the article's year is used, and the year
 * before when that would put the date after the article ("31 Dec" in a 2 January report).
 */
export function isoDate(
  date: FoundDate,
  publishedAt: string | null,
  fallbackYear: number | null = null,
): string | null {
  let year = date.year;
  if (year === null && publishedAt) {
    const [py, pm, pd] = publishedAt.split('-').map(Number) as [number, number, number];
    year = date.month > pm || (date.month === pm && date.day > pd) ? py - 1 : py;
  }
  year ??= fallbackYear;
  return year === null ? null : `${year}-${pad(date.month)}-${pad(date.day)}`;
}

const DAY_BEFORE = pattern('day-before-cue', 'u');
/** patterns.tsv weekday-cue: "on Wednesday", "from Friday to Sunday" (the first day; decision 0112). */
const WEEKDAY = pattern('weekday-cue', 'gi');

/** The date "yesterday" names: the day before the article's date; null with no article date or no cue. */
export function dayBeforeDate(text: string, publishedAt: string | null): string | null {
  if (!publishedAt || !DAY_BEFORE.test(text)) return null;
  const day = new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The date a weekday ("on Wednesday") names: that weekday on or before the article's date. */
export function weekdayDate(
  text: string,
  publishedAt: string | null,
): { start: number; end: number; iso: string } | null {
  if (!publishedAt) return null;
  for (const m of matchesOf(WEEKDAY, text)) {
    const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const day = new Date(`${publishedAt}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) return null;
    const back = (day.getUTCDay() - target + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
    return { start: m.index!, end: m.index! + m[0].length, iso: day.toISOString().slice(0, 10) };
  }
  return null;
}
