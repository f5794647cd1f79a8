// eventCounts from the event tallies (decision 0033): each (:EventTally) is one profile — month
// ('' undated), kind, the sorted provinces of the organizers, a central organizer or not — and its
// in-degree of TALLIED is how many events have it (a degree, read from the store without visiting
// the events). The months of the range are a seek on event_tally_month; kinds, province and level
// are checked on the tally. The groups are those of events-where.cypher's counts: an event counts
// once in each province (null when it has none) and each level of its organizers, once in its month
// and kind. Reads what the profiles of the range hold, however many events they count.
// Months are 'YYYY-MM', whole months; the API reads partial months at the ends of a date range
// from the events (src/api/resolvers/dashboards.ts). Absent filters are '' and [] (decision 0023).
// By year (decision 0062): a dated event is also in the tally of its profile by year (`year`, no
// `month`), so a range's whole years ($yearFrom..$yearTo, '' for none) are read from a twelfth of
// the tallies, and only the months outside them ($monthRanges, each {from, to}) by month. The API
// reads by year only for counts not grouped by month and for a range with both ends; a month range
// with both ends '' is every month tally, undated ('') included.
// example-params: {"monthRanges": [{"from": "", "to": ""}], "yearFrom": "", "yearTo": "", "kinds": [], "province": "", "level": "", "groupBy": "month"}
CALL () {
  UNWIND $monthRanges AS range
  MATCH (t:EventTally)
  WHERE t.month >= range.from AND t.month <= CASE range.to WHEN '' THEN '9999-12' ELSE range.to END
    AND ((range.from = '' AND range.to = '') OR t.month <> '')
  RETURN t
  UNION ALL
  WITH 1 AS asked WHERE $yearFrom <> ''
  MATCH (t:EventTally)
  WHERE t.year >= $yearFrom AND t.year <= $yearTo
  RETURN t
}
WITH t
WHERE (size($kinds) = 0 OR t.kind IN $kinds)
  AND ($province = '' OR $province IN coalesce(t.provinces, []))
  AND ($level = '' OR CASE $level WHEN 'central' THEN t.central ELSE t.provinces IS NOT NULL END)
WITH t, COUNT { (t)<-[:TALLIED]-() } AS events
WHERE events > 0
WITH events, CASE $groupBy
    WHEN 'month' THEN [CASE t.month WHEN '' THEN null ELSE t.month END]
    WHEN 'kind' THEN [CASE t.kind WHEN '' THEN null ELSE t.kind END]
    WHEN 'province' THEN CASE WHEN t.provinces IS NULL THEN [null] ELSE t.provinces END
    ELSE CASE WHEN t.central AND t.provinces IS NOT NULL THEN ['central', 'local']
              WHEN t.central THEN ['central']
              WHEN t.provinces IS NOT NULL THEN ['local']
              ELSE [null] END
  END AS keys
UNWIND keys AS key
RETURN key, sum(events) AS count
