// People who chaired or attended the same events as each person, optionally between two dates:
// most shared events first, then the latest shared event, then by name (decision 0022).
// Bounded by the page: pairs are found on the per-pair summaries (CHAIRED_SUMMARY /
// ATTENDED_SUMMARY, one per person and event), counted only when $withTotal, and only the page's
// people are returned. Ordering needs every co-participant of the person (one row each).
// example-params: {"ids": "@Person", "from": null, "to": null, "offset": 0, "limit": 20, "withTotal": true}
UNWIND $ids AS parentId
MATCH (x:Person {id: parentId})
CALL (x) {
  WITH x WHERE $withTotal
  MATCH (x)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN count(DISTINCT y) AS total
}
CALL (x) {
  MATCH (x)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH DISTINCT y, e
  ORDER BY coalesce(e.date, '') DESC, e.id
  WITH y, count(e) AS shared, collect(e)[0] AS latest
  ORDER BY shared DESC, coalesce(latest.date, '') DESC, y.nameKey, y.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({node: y {.*}, sharedEvents: shared, latestEvent: latest {.*}}) AS candidates
}
RETURN parentId, total, candidates[..$limit] AS edges, size(candidates) > $limit AS hasMore
