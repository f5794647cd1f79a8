// kg check, invariant co-participants (decision 0053): an ordered pair of people whose
// CO_PARTICIPANT_SUMMARY (decision 0044) is missing, stray or holds other values (shared events,
// latest event and date, fromId, rank) than their CHAIRED and ATTENDED summaries give — a person's
// co-participants would rank, count or leave them out wrong. The loader and curation keep it in
// their write transaction; a store loaded by neo4j-admin before migration 141 ran, written around
// the loader, or edited by hand, is what this finds. Whole-graph: one pass over every event's
// participants (what migration 141 reads) and one over the kept pairs, joined by grouping on the
// pair (decision 0089): looking each pair's kept summary up from its first person, and each kept
// summary's shared events up from its first person, read a busy person's every summary or event
// once per pair, 41.5 M db hits at 8,000 generated articles (decision 0084). Examples by id.
// example-params: {"limit": 10}
CALL () {
  MATCH (x:Person)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x
  WITH DISTINCT x, y, e
  ORDER BY coalesce(e.date, '') DESC, e.id
  WITH x, y, count(e) AS shared, collect(e)[0] AS latest
  RETURN x, y, [shared, latest.id, coalesce(latest.date, ''), x.id,
                right('000000000' + toString(shared), 9) + '|' + coalesce(latest.date, '')] AS expected,
         null AS kept
  UNION ALL
  MATCH (x:Person)-[c:CO_PARTICIPANT_SUMMARY]->(y)
  RETURN x, y, null AS expected, c AS kept
}
WITH x, y, collect(expected) AS given, collect(kept) AS keptPairs
CALL (given, keptPairs) {
  WITH given[0] AS expected, [c IN keptPairs | [c.sharedEvents, c.latestEvent, c.latestDate, c.fromId, c.rank]] AS stored
  WHERE expected IS NOT NULL AND stored <> [expected]
  RETURN expected, stored
  UNION
  WITH keptPairs WHERE size(given) = 0
  UNWIND keptPairs AS c
  RETURN DISTINCT null AS expected, [[c.sharedEvents, c.latestEvent]] AS stored
}
WITH x, y, expected, stored ORDER BY x.id, y.id
WITH collect({x: x, y: y, expected: expected, stored: stored}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.x AS x, f.y AS y
  RETURN collect({
    ids: [x.id, y.id],
    names: [coalesce(x.name, x.id), coalesce(y.name, y.id)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(x) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN f.expected IS NULL
                 THEN 'a co-participant pair kept for people who share no event (' + toString(f.stored[0][0]) + ' kept)'
               WHEN size(f.stored) = 0
                 THEN 'no co-participant pair kept: they share ' + toString(f.expected[0]) + ' events, the latest ' + f.expected[1]
               ELSE 'pair kept as ' + toString(f.stored[0][0]) + ' shared events, latest ' + coalesce(f.stored[0][1], 'none') + ', but they share ' + toString(f.expected[0]) + ', the latest ' + f.expected[1] END
  }) AS examples
}
RETURN size(found) AS count, examples
