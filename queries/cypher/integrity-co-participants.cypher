// kg check, invariant co-participants (decision 0053): an ordered pair of people whose
// CO_PARTICIPANT_SUMMARY (decision 0044) is missing, stray or holds other values (shared events,
// latest event and date, fromId, rank) than their CHAIRED and ATTENDED summaries give — a person's
// co-participants would rank, count or leave them out wrong. The loader and curation keep it in
// their write transaction; a store loaded by neo4j-admin before migration 141 ran, written around
// the loader, or edited by hand, is what this finds. Whole-graph: one pass over every event's
// participants (what migration 141 reads); examples by id.
// example-params: {"limit": 10}
CALL () {
  MATCH (x:Person)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x
  WITH DISTINCT x, y, e
  ORDER BY coalesce(e.date, '') DESC, e.id
  WITH x, y, count(e) AS shared, collect(e)[0] AS latest
  WITH x, y, [shared, latest.id, coalesce(latest.date, ''), x.id,
              right('000000000' + toString(shared), 9) + '|' + coalesce(latest.date, '')] AS expected,
       COLLECT { MATCH (x)-[c:CO_PARTICIPANT_SUMMARY]->(y)
                 RETURN [c.sharedEvents, c.latestEvent, c.latestDate, c.fromId, c.rank] } AS stored
  WHERE stored <> [expected]
  RETURN x, y, expected, stored
  UNION
  MATCH (x:Person)-[c:CO_PARTICIPANT_SUMMARY]->(y)
  WHERE NOT (y:Person) OR y = x
     OR NOT EXISTS { (x)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y) }
  RETURN x, y, null AS expected, [[c.sharedEvents, c.latestEvent]] AS stored
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
