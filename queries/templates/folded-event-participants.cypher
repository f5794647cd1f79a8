// A page of events with their chairs, attendees and organizers, names and other node fields alone
// (no totals, no evidence, no summary figures, first pages): the events question of the race with
// @neo4j/graphql (decision 0078). The generic folded statement (folded-request.cypher) reads the
// same answer, but through one block per page that unwinds the events again, builds an edge map per
// participant and a row map per event, and collects all into one row; here each event is a row and
// each of its pages a subquery of it, as @neo4j/graphql's generated Cypher reads them, the
// participants' properties collected as they are. Measured on bench:peer's graph: a quarter less of
// Neo4j's CPU for the statement and of its time to the last record. {{root}} is events-list.cypher
// (its one row {total, page, hasMore}), its parameters prefixed `root_`; a page not asked is left
// out of the text (its limit is 0). The order of each page is the order of event-people.cypher and
// event-organizers.cypher (most evidence first, then name key and id), which read the same pages
// for every other shape: test/graph/api-round-trips.test.ts pins the two answers equal.
CALL () {
  {{root}}
}
// An empty page still gives its row: the list's total and hasMore travel on it.
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
CALL (x) { // unless $chairsLimit: WITH *, [] AS chairs
  MATCH (x)<-[s:CHAIRED_SUMMARY]-(p:Person)
  WITH p, s ORDER BY s.evidence DESC, p.nameKey, p.id
  LIMIT $chairsLimit + 1
  RETURN collect(properties(p)) AS chairs
} // end unless
CALL (x) { // unless $attendeesLimit: WITH *, [] AS attendees
  MATCH (x)<-[s:ATTENDED_SUMMARY]-(p:Person)
  WITH p, s ORDER BY s.evidence DESC, p.nameKey, p.id
  LIMIT $attendeesLimit + 1
  RETURN collect(properties(p)) AS attendees
} // end unless
CALL (x) { // unless $organizersLimit: WITH *, [] AS organizers
  MATCH (x)<-[s:ORGANIZED_SUMMARY]-(o:Organization)
  WITH o, s ORDER BY s.evidence DESC, o.nameKey, o.id
  LIMIT $organizersLimit + 1
  RETURN collect(properties(o)) AS organizers
} // end unless
RETURN x {.*} AS root, total, hasMore, chairs, attendees, organizers
