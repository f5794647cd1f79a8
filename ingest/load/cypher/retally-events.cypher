// Event tallies (decision 0033): every event is linked by one TALLIED relationship to the
// (:EventTally) of its profile — its month ('' when undated), its kind, the sorted provinces of
// its organizers and whether one of them has no province (a central body). All events of a
// profile count alike under every filter and grouping of eventCounts, so a tally's in-degree is
// the number of its events, and the counts are read from the tallies (their degrees), not the
// events. Run for the events a write may have changed (new events, organizers gained or lost, a
// curator's merge, split or undo): an event whose profile is unchanged keeps its link (re-ingest
// counts nothing twice); one whose profile changed moves, and a tally left with no event goes.
// A dated event is also linked to the tally of its profile by year (decision 0062): `year`
// instead of `month`, id 'Y' + year + the same rest of the key; eventCounts reads a range's whole
// years from them (a year's tallies are a twelfth of its months'), except by month.
// Each ORGANIZED_SUMMARY into the event carries the event's date (`eventDate`, '' when undated) and
// its organizer's id (`fromId`), the keys of organized_summary_from_date (decision 0069): a
// province's events are read per body in date order to the page. Set here because every write
// that changes an event's date or organizers already retallies it; written only when it differs.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH DISTINCT e
// Write-lock the event before reading its organizers (as the summaries lock theirs): two batches
// each adding an organizer to one event must not each tally it without the other's organizer.
SET e.tallyLock = true
REMOVE e.tallyLock
WITH e
CALL (e) {
  OPTIONAL MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e)
  WITH collect(DISTINCT o.province) AS provinces, count(o) > count(o.province) AS central
  WITH [p IN provinces WHERE p IS NOT NULL] AS provinces, central
  CALL (provinces) {
    UNWIND CASE WHEN provinces = [] THEN [null] ELSE provinces END AS p
    WITH p ORDER BY p
    RETURN [x IN collect(p) WHERE x IS NOT NULL] AS sorted
  }
  RETURN sorted AS provinces, central
}
WITH e, provinces, central, coalesce(substring(e.date, 0, 7), '') AS month, coalesce(e.kind, '') AS kind
WITH e, provinces, central, month, kind,
     '|' + kind + '|' + CASE WHEN central THEN 'central' ELSE '' END + '|' + reduce(s = '', p IN provinces | s + p + ';') AS rest
WITH e, provinces, central, month, kind, month + rest AS key,
     CASE month WHEN '' THEN null ELSE 'Y' + substring(month, 0, 4) + rest END AS yearKey
CALL (e, key, yearKey) {
  OPTIONAL MATCH (e)-[old:TALLIED]->(was:EventTally)
  WHERE was.id <> key AND was.id <> coalesce(yearKey, '')
  DELETE old
  WITH DISTINCT was
  WHERE was IS NOT NULL AND NOT EXISTS { (was)<-[:TALLIED]-() }
  DELETE was
}
MERGE (t:EventTally {id: key})
// An empty list is never stored (absent means none, decision 0014).
ON CREATE SET t.month = month, t.kind = kind, t.central = central,
              t.provinces = CASE WHEN provinces = [] THEN null ELSE provinces END
MERGE (e)-[:TALLIED]->(t)
WITH e, provinces, central, month, kind, yearKey
CALL (e, provinces, central, month, kind, yearKey) {
  WITH e, provinces, central, month, kind, yearKey WHERE yearKey IS NOT NULL
  MERGE (y:EventTally {id: yearKey})
  ON CREATE SET y.year = substring(month, 0, 4), y.kind = kind, y.central = central,
                y.provinces = CASE WHEN provinces = [] THEN null ELSE provinces END
  MERGE (e)-[:TALLIED]->(y)
}
WITH DISTINCT e
CALL (e) {
  MATCH (o:Organization)-[r:ORGANIZED_SUMMARY]->(e)
  WHERE r.eventDate IS NULL OR r.eventDate <> coalesce(e.date, '') OR r.fromId IS NULL OR r.fromId <> o.id
  SET r.eventDate = coalesce(e.date, ''), r.fromId = o.id
}
