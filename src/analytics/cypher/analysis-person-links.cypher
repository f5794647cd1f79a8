// One page of people for `kg analyse` (decision 0022), in id order after $afterId (keyset, read in
// the order of the person_id constraint's index): for each, the people met at events with a
// greater id (so each pair is read once) and how many distinct events they shared, and the bodies
// whose posts the person held. Read on the per-pair summaries, never on claims.
MATCH (p:Person) WHERE p.id > $afterId
WITH p ORDER BY p.id LIMIT $pageSize
CALL (p) {
  OPTIONAL MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)
  WHERE p.id < q.id
  WITH q, count(DISTINCT e) AS shared
  RETURN collect(CASE WHEN q IS NULL THEN null ELSE {id: q.id, weight: shared} END) AS met
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization)
  RETURN collect(DISTINCT o.id) AS serves
}
RETURN p.id AS id, met, serves
