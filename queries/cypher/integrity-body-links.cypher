// kg check, invariant body-links (decision 0053): an ordered pair of bodies whose BODY_LINK_SUMMARY
// is missing, stray or holds other values (shared people, shared events, strength, rank, fromId)
// than its officials' posts and events give — a body's network would rank, count or leave it out
// wrong. The loader and curation keep it in their write transaction; a store loaded by neo4j-admin
// before migration 170 ran, written around the loader, or edited by hand, is what this finds.
// Whole-graph: for every body, one pass over its officials' posts and events (what migration 170
// reads); examples by id.
// example-params: {"limit": 10}
CALL () {
  MATCH (o:Organization)
  CALL (o) {
    MATCH (o)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
    WITH DISTINCT o, p
    CALL (o, p) {
      MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
      WHERE other <> o
      RETURN DISTINCT other, p.id AS personId, null AS eventId
      UNION
      MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
      WHERE q <> p AND other <> o
      RETURN DISTINCT other, null AS personId, e.id AS eventId
    }
    WITH other, collect(DISTINCT personId) AS people, count(DISTINCT eventId) AS sharedEvents
    RETURN other, COLLECT { UNWIND people AS x RETURN x ORDER BY x } AS people, sharedEvents
  }
  WITH o, other, people, sharedEvents,
       COLLECT { MATCH (o)-[l:BODY_LINK_SUMMARY]->(other)
                 RETURN [COLLECT { UNWIND coalesce(l.peopleIds, []) AS x RETURN x ORDER BY x }, l.sharedPeople,
                         l.sharedEvents, l.strength, l.rank, l.fromId] } AS stored
  WITH o, other, sharedEvents, stored,
       [people, size(people), sharedEvents, size(people) + sharedEvents,
        right('000000000' + toString(size(people) + sharedEvents), 9), o.id] AS expected
  WHERE stored <> [expected]
  RETURN o, other, size(expected[0]) AS expectedPeople, sharedEvents AS expectedEvents, stored
  UNION
  MATCH (o:Organization)-[l:BODY_LINK_SUMMARY]->(other)
  WHERE NOT (other:Organization) OR other = o OR NOT EXISTS {
    MATCH (o)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
    WHERE EXISTS { (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other) }
       OR EXISTS {
         MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other)
         WHERE q <> p
       }
  }
  RETURN o, other, null AS expectedPeople, null AS expectedEvents,
         [[null, l.sharedPeople, l.sharedEvents]] AS stored
}
WITH o, other, expectedPeople, expectedEvents, stored ORDER BY o.id, other.id
WITH collect({o: o, other: other, expectedPeople: expectedPeople, expectedEvents: expectedEvents, stored: stored}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.o AS o, f.other AS other
  RETURN collect({
    ids: [o.id, other.id],
    names: [coalesce(o.name, o.id), coalesce(other.name, other.id)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN f.expectedPeople IS NULL
                 THEN 'a link kept to a body it shares no official or event with (' + toString(f.stored[0][1]) + ' people, ' + toString(f.stored[0][2]) + ' events)'
               WHEN size(f.stored) = 0
                 THEN 'no link kept: it shares ' + toString(f.expectedPeople) + ' people and ' + toString(f.expectedEvents) + ' events'
               ELSE 'link kept as ' + toString(f.stored[0][1]) + ' people, ' + toString(f.stored[0][2]) + ' events (strength ' + toString(f.stored[0][3]) + ') but it shares ' + toString(f.expectedPeople) + ' people and ' + toString(f.expectedEvents) + ' events' END
  }) AS examples
}
RETURN size(found) AS count, examples
