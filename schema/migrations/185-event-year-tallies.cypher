// Event tallies by year (decision 0062): a dated event is linked by TALLIED to the (:EventTally)
// of its profile by year as well as by month — `year` instead of `month`, id 'Y' + the year + the
// rest of its month tally's key (kind, central, provinces) — so eventCounts reads a range's whole
// years from a twelfth of the tallies (decision 0033's per-month tallies grew with the months x
// provinces x kinds a range covers). The loader and curation keep them in retally-events.cypher;
// built here once from the month tallies of a graph written before, a page of events per
// transaction. The index finds a range's years.
CREATE INDEX event_tally_year IF NOT EXISTS FOR (t:EventTally) ON (t.year);
MATCH (e:Event)-[:TALLIED]->(m:EventTally)
WHERE m.month IS NOT NULL AND m.month <> ''
CALL (e, m) {
  MERGE (y:EventTally {id: 'Y' + substring(m.month, 0, 4) + substring(m.id, size(m.month))})
  ON CREATE SET y.year = substring(m.month, 0, 4), y.kind = m.kind, y.central = m.central,
                y.provinces = m.provinces
  MERGE (e)-[:TALLIED]->(y)
} IN TRANSACTIONS OF 2000 ROWS;
