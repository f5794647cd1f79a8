// kg check, invariant event-tallies (decision 0033): an event not linked to exactly the tallies of its
// profile as the graph now stands (month, kind, the sorted provinces of its organizers, a central
// organizer or not; the keys made as ingest/load/cypher/retally-events.cypher makes them: by month,
// and by year when dated, decision 0062), so eventCounts would count it wrong or not at all. The
// loader and curation keep the links in their write transaction; a store loaded by neo4j-admin
// (migrations 090 and 185 build the links at its first `kg db migrate`) or written around the
// loader is what this finds. `kg import` rebuilds them. Also an event whose organizers' summaries
// do not carry its date and their own id (`eventDate`, `fromId`: decision 0069, kept by the same
// statement, built by migration 186), so a province's events would be read out of order or missed.
// Whole-graph: one pass over :Event and its organizers; examples ($limit) by id.
// example-params: {"limit": 10}
MATCH (e:Event)
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
WITH e, coalesce(substring(e.date, 0, 7), '') AS month,
     '|' + coalesce(e.kind, '') + '|' + CASE WHEN central THEN 'central' ELSE '' END + '|' + reduce(s = '', p IN provinces | s + p + ';') AS rest
// A dated event is also in the tally of its profile by year (decision 0062): 'Y' + year + the same
// rest, which sorts after every month key.
WITH e, month + rest AS key,
     CASE month WHEN '' THEN [month + rest] ELSE [month + rest, 'Y' + substring(month, 0, 4) + rest] END AS expected
WITH e, key, expected, COLLECT { MATCH (e)-[:TALLIED]->(t:EventTally) RETURN t.id AS id ORDER BY id } AS tallies,
     COLLECT { MATCH (o:Organization)-[r:ORGANIZED_SUMMARY]->(e)
               WHERE r.eventDate IS NULL OR r.eventDate <> coalesce(e.date, '') OR r.fromId IS NULL OR r.fromId <> o.id
               RETURN o.id AS id ORDER BY id } AS unstamped
WHERE tallies <> expected OR size(unstamped) > 0
WITH e, key, expected, tallies, unstamped ORDER BY e.id
WITH collect({e: e, key: key, expected: expected, tallies: tallies, unstamped: unstamped}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.e AS e
  RETURN collect({
    ids: [e.id],
    names: [coalesce(e.name, e.id)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(e) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN f.tallies = f.expected
               THEN 'the ORGANIZED summaries of ' + reduce(s = '', o IN f.unstamped | s + CASE s WHEN '' THEN '' ELSE ', ' END + o)
                    + ' do not carry its date ' + coalesce(e.date, '(undated)') + ' and their id: a province\'s events would miss or misplace it'
               WHEN size(f.tallies) = 0 THEN 'not in any tally: eventCounts leaves it out'
               ELSE 'tallied as ' + reduce(s = '', t IN f.tallies | s + CASE s WHEN '' THEN '' ELSE ' and ' END + t)
                    + ' but its profile is ' + reduce(s = '', t IN f.expected | s + CASE s WHEN '' THEN '' ELSE ' and ' END + t) END
  }) AS examples
}
RETURN size(found) AS count, examples
