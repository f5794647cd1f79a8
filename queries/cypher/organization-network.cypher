// The bodies linked to each body through people (decision 0022): `sharedPeople`, the people who
// held a post of both (HOLDS, at any time), and `sharedEvents`, the events where an official of
// one and another official of the other both chaired or attended. Strongest link (their sum)
// first, then by name. Counted only when $withTotal.
// Bounded: read on the summaries (HOLDS_SUMMARY, CHAIRED_SUMMARY, ATTENDED_SUMMARY: one per pair,
// never one per article), from at most 1,000 officials of the body and 200 events of each.
// example-params: {"ids": "@Organization", "offset": 0, "limit": 20, "withTotal": true}
UNWIND $ids AS parentId
MATCH (o:Organization {id: parentId})
CALL (o) {
  MATCH (o)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
  WITH DISTINCT p ORDER BY p.id LIMIT 1000
  CALL (o, p) {
    MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
    WHERE other <> o
    RETURN DISTINCT other, p AS person, null AS event
    UNION
    MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)
    WITH DISTINCT o, p, e LIMIT 200
    MATCH (e)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
    WHERE q <> p AND other <> o
    RETURN DISTINCT other, null AS person, e AS event
  }
  WITH other, person, event ORDER BY person.nameKey, person.id
  WITH other, collect(DISTINCT person) AS people, count(DISTINCT event) AS sharedEvents
  RETURN other, people, size(people) AS sharedPeople, sharedEvents
}
WITH parentId, collect({other: other, people: people, sharedPeople: sharedPeople, sharedEvents: sharedEvents}) AS links
CALL (links) {
  WITH links WHERE $withTotal
  RETURN size(links) AS total
}
CALL (links) {
  UNWIND links AS l
  WITH l, l.other AS other ORDER BY l.sharedPeople + l.sharedEvents DESC, other.nameKey, other.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({node: other {.*}, sharedPeople: l.sharedPeople, sharedEvents: l.sharedEvents,
                  people: [p IN l.people[..5] | p {.*}]}) AS candidates
}
RETURN parentId, total, candidates[..$limit] AS edges, size(candidates) > $limit AS hasMore
