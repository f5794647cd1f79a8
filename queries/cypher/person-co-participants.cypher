// People who chaired or attended the same events as each person, optionally between two dates:
// most shared events first, then the latest shared event, then by name (decision 0022).
// Without dates (decision 0044): read from the person's CO_PARTICIPANT_SUMMARY pairs, which the
// loader keeps (shared events, latest event, `rank` = shared events zero-padded + '|' + latest
// date); the composite index on (fromId, rank) gives the strongest pairs first, so reading
// offset + limit + 1 of them finds the weakest rank the page (and the one-more probe) can reach,
// then only the pairs ranked on or above it are read and sorted by the full key (rank, then
// nameKey, id) — the same page as sorting every pair (decision 0028's cutoff, as 0037 reads a
// post's holders). totalCount is the person's number of pairs (a degree), only when $withTotal.
// With dates: the events in range are read from the per-pair participation summaries
// (CHAIRED_SUMMARY / ATTENDED_SUMMARY), every co-participant of the person (one row each).
// example-params: {"ids": "@Person", "from": null, "to": null, "offset": 0, "limit": 20, "withTotal": true}
UNWIND $ids AS parentId
MATCH (x:Person {id: parentId})
WITH parentId, x, $from IS NULL AND $to IS NULL AS kept
CALL (x, kept) {
  WITH x WHERE $withTotal AND kept
  RETURN sum(COUNT { (x)-[:CO_PARTICIPANT_SUMMARY]->() }) AS keptTotal
}
CALL (x, kept) {
  WITH x WHERE $withTotal AND NOT kept
  MATCH (x)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN count(DISTINCT y) AS rangedTotal
}
CALL (x, kept) {
  WITH x WHERE kept
  CALL (x) {
    // Matched by its index keys, not from the person, and ordered and limited in the RETURN: so
    // written, the planner seeks the index for the person's pairs in order (DirectedRelationship
    // IndexSeek under Limit); with the order on a WITH it scanned the whole index.
    WITH x.id AS personId
    MATCH ()-[c:CO_PARTICIPANT_SUMMARY]->()
    // Hinted to seek, not scan the whole index in order (province-events.cypher).
    USING INDEX SEEK c:CO_PARTICIPANT_SUMMARY(fromId, rank)
    WHERE c.fromId = personId AND c.rank IS NOT NULL
    RETURN c.rank AS rank
    ORDER BY c.fromId DESC, c.rank DESC
    LIMIT $offset + $limit + 1
  }
  RETURN min(rank) AS cutoff
}
CALL (x, kept, cutoff) {
  WITH x.id AS personId WHERE kept
  MATCH ()-[c:CO_PARTICIPANT_SUMMARY]->(y:Person)
  WHERE c.fromId = personId AND c.rank >= cutoff
  WITH y, c
  ORDER BY c.rank DESC, y.nameKey, y.id
  SKIP $offset LIMIT $limit + 1
  MATCH (latest:Event {id: c.latestEvent})
  RETURN collect({node: y {.*}, sharedEvents: c.sharedEvents, latestEvent: latest {.*}}) AS keptPage
}
CALL (x, kept) {
  WITH x WHERE NOT kept
  MATCH (x)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH DISTINCT y, e
  ORDER BY coalesce(e.date, '') DESC, e.id
  WITH y, count(e) AS shared, collect(e)[0] AS latest
  ORDER BY shared DESC, coalesce(latest.date, '') DESC, y.nameKey, y.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({node: y {.*}, sharedEvents: shared, latestEvent: latest {.*}}) AS rangedPage
}
WITH parentId, keptTotal + rangedTotal AS total, keptPage + rangedPage AS candidates
RETURN parentId, total, candidates[..$limit] AS edges, size(candidates) > $limit AS hasMore
