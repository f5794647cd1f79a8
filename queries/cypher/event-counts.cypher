// eventCounts from the event tallies (decision 0033): each (:EventTally) is one profile — month
// ('' undated), kind, the sorted provinces of the organizers, a central organizer or not — and its
// in-degree of TALLIED is how many events have it (a degree, read from the store without visiting
// the events). The months of the range are a seek on event_tally_month; kinds, province and level
// are checked on the tally. The groups are those of events-where.cypher's counts: an event counts
// once in each province (null when it has none) and each level of its organizers, once in its month
// and kind. Reads what the profiles of the range hold, however many events they count.
// Months are 'YYYY-MM', whole months; the API reads partial months at the ends of a date range
// from the events (src/api/resolvers/dashboards.ts). Absent filters are '' and [] (decision 0023).
// example-params: {"monthFrom": "", "monthTo": "", "kinds": [], "province": "", "level": "", "groupBy": "month"}
MATCH (t:EventTally)
WHERE t.month >= $monthFrom AND t.month <= CASE $monthTo WHEN '' THEN '9999-12' ELSE $monthTo END
  AND (($monthFrom = '' AND $monthTo = '') OR t.month <> '')
  AND (size($kinds) = 0 OR t.kind IN $kinds)
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
