// eventCounts over a date range (decision 0033): the whole months come from the event tallies and
// the partial months at the ends from the events; the parts are disjoint, so their groups add up,
// then are ordered as the counts always were (months in order, else largest first, null last).
import { describe, expect, it } from 'vitest';
import { mergeGroups } from '../../src/api/resolvers/dashboards.ts';
import { splitIntoMonths, splitIntoYears } from '../../src/api/month-range.ts';

describe('splitIntoMonths', () => {
  it('keeps whole months whole and open ends open', () => {
    expect(splitIntoMonths('2024-01-01', '2024-12-31')).toEqual({
      months: { monthFrom: '2024-01', monthTo: '2024-12' },
      partial: [],
    });
    expect(splitIntoMonths('', '')).toEqual({ months: { monthFrom: '', monthTo: '' }, partial: [] });
    expect(splitIntoMonths('2024-02-01', '')).toEqual({
      months: { monthFrom: '2024-02', monthTo: '' },
      partial: [],
    });
    // 29 February of a leap year ends its month.
    expect(splitIntoMonths('', '2024-02-29')).toEqual({
      months: { monthFrom: '', monthTo: '2024-02' },
      partial: [],
    });
  });

  it('reads the days of a partial month at either end from the events', () => {
    expect(splitIntoMonths('2024-03-15', '2024-06-10')).toEqual({
      months: { monthFrom: '2024-04', monthTo: '2024-05' },
      partial: [
        { dateFrom: '2024-03-15', dateTo: '2024-03-31' },
        { dateFrom: '2024-06-01', dateTo: '2024-06-10' },
      ],
    });
    expect(splitIntoMonths('2023-12-02', '')).toEqual({
      months: { monthFrom: '2024-01', monthTo: '' },
      partial: [{ dateFrom: '2023-12-02', dateTo: '2023-12-31' }],
    });
  });

  it('reads a range within one month, or two neighbouring partial months, from the events alone', () => {
    expect(splitIntoMonths('2024-03-05', '2024-03-20')).toEqual({
      months: null,
      partial: [{ dateFrom: '2024-03-05', dateTo: '2024-03-20' }],
    });
    expect(splitIntoMonths('2024-03-05', '2024-04-20')).toEqual({
      months: null,
      partial: [
        { dateFrom: '2024-03-05', dateTo: '2024-03-31' },
        { dateFrom: '2024-04-01', dateTo: '2024-04-20' },
      ],
    });
  });
});

describe('mergeGroups', () => {
  const tallies = [
    { key: 'Lạng Sơn', count: 3 },
    { key: null, count: 1 },
  ];
  const edge = [
    { key: 'Cà Mau', count: 3 },
    { key: 'Lạng Sơn', count: 1 },
  ];

  it('adds the counts of one key and orders by count, then key, null last', () => {
    expect(mergeGroups([tallies, edge], 'province', 50)).toEqual([
      { key: 'Lạng Sơn', count: 4 },
      { key: 'Cà Mau', count: 3 },
      { key: null, count: 1 },
    ]);
    expect(mergeGroups([tallies, edge], 'province', 2)).toHaveLength(2);
  });

  it('orders months by month whatever their counts', () => {
    const months = [
      { key: '2024-05', count: 9 },
      { key: null, count: 4 },
      { key: '2024-03', count: 1 },
    ];
    expect(mergeGroups([months], 'month', 50).map((g) => g.key)).toEqual(['2024-03', '2024-05', null]);
  });
});

describe('splitIntoYears', () => {
  it('reads the whole years of a range by year and the months around them by month', () => {
    expect(splitIntoYears('2019-01', '2025-12')).toEqual({
      monthRanges: [],
      yearFrom: '2019',
      yearTo: '2025',
    });
    expect(splitIntoYears('2019-03', '2025-06')).toEqual({
      monthRanges: [
        { from: '2019-03', to: '2019-12' },
        { from: '2025-01', to: '2025-06' },
      ],
      yearFrom: '2020',
      yearTo: '2024',
    });
  });

  it('reads months only for an open end or a range with no whole year inside', () => {
    const monthsOnly = (from: string, to: string) => ({
      monthRanges: [{ from, to }],
      yearFrom: '',
      yearTo: '',
    });
    expect(splitIntoYears('', '')).toEqual(monthsOnly('', ''));
    expect(splitIntoYears('2020-01', '')).toEqual(monthsOnly('2020-01', ''));
    expect(splitIntoYears('2023-02', '2024-11')).toEqual(monthsOnly('2023-02', '2024-11'));
    expect(splitIntoYears('2024-01', '2024-11')).toEqual(monthsOnly('2024-01', '2024-11'));
  });
});
