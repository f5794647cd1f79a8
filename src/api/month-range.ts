// A date range as whole months and the partial months at its ends (decision 0033): what eventCounts
// reads from the event tallies and from the events, and what the cost guard prices (decision 0038).

/** The last day of a 'YYYY-MM' month, as 'YYYY-MM-DD'. */
export const lastDayOf = (month: string): string =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The month after (step 1) or before (step -1) a 'YYYY-MM' month. */
function monthStep(month: string, step: 1 | -1): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + step, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * A date range as the whole months the tallies answer ('' for an open end; null when none) and the
 * partial months at its ends, read from the events: `2024-03-15..2024-06-30` is April–June from
 * the tallies and 15–31 March from the events (decision 0033).
 */
export function splitIntoMonths(
  dateFrom: string,
  dateTo: string,
): {
  months: { monthFrom: string; monthTo: string } | null;
  partial: { dateFrom: string; dateTo: string }[];
} {
  const partial: { dateFrom: string; dateTo: string }[] = [];
  let monthFrom = dateFrom.slice(0, 7);
  let monthTo = dateTo.slice(0, 7);
  if (
    dateFrom &&
    dateTo &&
    monthFrom === monthTo &&
    (dateFrom.slice(8) !== '01' || dateTo !== lastDayOf(monthTo))
  )
    return { months: null, partial: [{ dateFrom, dateTo }] };
  if (dateFrom && dateFrom.slice(8) !== '01') {
    partial.push({ dateFrom, dateTo: lastDayOf(monthFrom) });
    monthFrom = monthStep(monthFrom, 1);
  }
  if (dateTo && dateTo !== lastDayOf(monthTo)) {
    partial.push({ dateFrom: `${monthTo}-01`, dateTo });
    monthTo = monthStep(monthTo, -1);
  }
  const empty = monthFrom !== '' && monthTo !== '' && monthFrom > monthTo;
  return { months: empty ? null : { monthFrom, monthTo }, partial };
}

/** What event-counts.cypher reads for a range of whole months: month tallies ({from, to}) and years. */
export interface TallyRanges {
  monthRanges: { from: string; to: string }[];
  /** The whole years inside the range ('YYYY'), '' for none. */
  yearFrom: string;
  yearTo: string;
}

/**
 * A range of whole months as the whole years inside it, read from the tallies by year, and the
 * months before and after them, read by month (decision 0062): `2019-03..2025-12` is March–December
 * 2019 by month and 2020–2025 by year. An open end, or no whole year inside, reads months only.
 */
export function splitIntoYears(monthFrom: string, monthTo: string): TallyRanges {
  const monthsOnly = { monthRanges: [{ from: monthFrom, to: monthTo }], yearFrom: '', yearTo: '' };
  if (monthFrom === '' || monthTo === '') return monthsOnly;
  const year = (month: string) => Number(month.slice(0, 4));
  const firstYear = monthFrom.endsWith('-01') ? year(monthFrom) : year(monthFrom) + 1;
  const lastYear = monthTo.endsWith('-12') ? year(monthTo) : year(monthTo) - 1;
  if (firstYear > lastYear) return monthsOnly;
  const monthRanges: { from: string; to: string }[] = [];
  if (year(monthFrom) < firstYear) monthRanges.push({ from: monthFrom, to: `${monthFrom.slice(0, 4)}-12` });
  if (year(monthTo) > lastYear) monthRanges.push({ from: `${monthTo.slice(0, 4)}-01`, to: monthTo });
  const pad = (y: number) => String(y).padStart(4, '0');
  return { monthRanges, yearFrom: pad(firstYear), yearTo: pad(lastYear) };
}
