// What the cost guard prices the counts by (decision 0038): how many event tallies each month holds
// ('' for undated events) — eventCounts reads the tallies of its range, so its price is their
// number — and how many holder profiles there are (what an unnarrowed holderCounts reads). Read
// once per cache period by the server, not per request: a pass over the tallies, not the events.
// example-params: {}
CALL () {
  // The month tallies only: a range's whole years are read from fewer (decision 0062), so pricing
  // by its months' tallies stays an upper bound.
  MATCH (t:EventTally) WHERE t.month IS NOT NULL
  WITH t.month AS month, count(*) AS tallies
  ORDER BY month
  RETURN collect({month: month, tallies: tallies}) AS months
}
CALL () {
  MATCH (h:HolderTally)
  RETURN count(h) AS holderProfiles
}
RETURN months, holderProfiles
