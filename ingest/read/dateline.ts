// Datelines of saved news pages: "Thứ Hai, 4/1/2021 18:59'(GMT+7)", "28/12/2021 18:12",
// "Cập nhật ngày: 23/09/2022 13:54:45". A page saved by hand also carries the site's own "today"
// above the article ("Thứ Ba, 16/4/2024"): it is written without a time of day, which is what
// tells it from the article's dateline, and it is never the article's date.

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// "Cập nhật lúc 16:40, 05/12/2025": a label with "lúc" (at) before the time, as a portal's page writes
// its own dateline (decision 0097).
const LABEL = String.raw`(?:(?:(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản)(?:\s+(?:ngày|lúc))?|ngày)\s*:?\s*)?`;
const WEEKDAY = String.raw`(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn)\s*[,-]?\s*)?`;
const TIME = String.raw`\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?\s*'?`;
const ZONE = String.raw`(?:\s*\(?\s*gmt\s*[+-]\s*\d{1,2}\s*\)?)?`;
// "05/12/2025", or the long form "3 tháng 12 năm 2025" a site writes its date in (decision 0118).
const DAY = String.raw`(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4}))`;

/** A line that is only a date, maybe with weekday, time, zone or label, in either order. */
export const DATE_LINE = new RegExp(
  String.raw`^${LABEL}(?:(${TIME})\s*[-,|]?\s*)?${WEEKDAY}(?:ngày\s+)?${DAY}(?:\s*[-,|]?\s*(${TIME})${ZONE})?\s*\.?$`,
  'iu',
);

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

/** How many leading lines of a page are searched for its dateline. */
const HEADER_LINES = 30;

/**
 * The ISO date of the article's dateline in a saved page: the first date line near the top that
 * carries a time of day (the site's current date carries none), else a labelled one
 * ("Cập nhật ngày: 23/09/2022"). Null when the page shows neither.
 */
export function articleDateline(text: string): string | null {
  return headerDates(text).dateline;
}

/**
 * The site's own date at the top of a saved page ("Thứ Sáu, 05/12/2025", no time of day) when the
 * page shows no dateline of the article: never the article's date (decision 0097), but the page
 * was saved on or after the article, so it gives the year of the article's days and months when
 * nothing else does (decision 0115). Null when there is a dateline or no such line.
 */
export function siteDate(text: string): string | null {
  const dates = headerDates(text);
  return dates.dateline ? null : dates.site;
}

function headerDates(text: string): { dateline: string | null; site: string | null } {
  let labelled: string | null = null;
  let site: string | null = null;
  // Only the page's top is read: splitting a whole long article for its first lines would cost
  // every record without a date a copy of its text.
  let seen = 0;
  for (let at = 0; at < text.length && seen < HEADER_LINES;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (!line) continue;
    seen++;
    if (line.length > 60) continue;
    const m = DATE_LINE.exec(line);
    if (!m) continue;
    const [day, month, year] = [Number(m[2] ?? m[5]), Number(m[3] ?? m[6]), Number(m[4] ?? m[7])];
    if (!isCalendarDate(year, month, day)) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (m[1] || m[8]) return { dateline: iso, site };
    if (!labelled && /^\s*(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản)/iu.test(line)) labelled = iso;
    else site ??= iso;
  }
  return { dateline: labelled, site };
}
