// A body's network read from one summary per ordered pair of bodies, in index order, not from every
// event of every official (decision 0053): `(a:Organization)-[:BODY_LINK_SUMMARY]->(b:Organization)`,
// both ways with the same values, carries the people who held a post of both (`peopleIds`,
// `sharedPeople`), the events where an official of one and another official of the other both
// chaired or attended (`sharedEvents`), `strength` (their sum), `fromId` (a's id) and `rank`
// (strength zero-padded to 9 digits), so that the composite index below gives a's strongest links
// first. The loader and curation keep them in their write transaction (ingest/load/body-links.ts);
// built here once for a graph written before them, a few bodies per transaction (a hub body's
// links read all its officials' events).
CREATE INDEX body_link_from_rank IF NOT EXISTS FOR ()-[l:BODY_LINK_SUMMARY]-() ON (l.fromId, l.rank);
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
  WITH o, other, collect(DISTINCT personId) AS people, count(DISTINCT eventId) AS sharedEvents
  MERGE (o)-[l:BODY_LINK_SUMMARY]->(other)
  SET l.peopleIds = CASE WHEN size(people) = 0 THEN null ELSE people END, l.sharedPeople = size(people), l.sharedEvents = sharedEvents,
      l.strength = size(people) + sharedEvents, l.fromId = o.id,
      l.rank = right('000000000' + toString(size(people) + sharedEvents), 9)
} IN TRANSACTIONS OF 100 ROWS;
