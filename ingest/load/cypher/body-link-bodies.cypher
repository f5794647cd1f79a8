// Body links (decision 0053): the bodies each given person — and each holder of the given posts —
// is an official of (holds a post of, over the HOLDS summaries, at any time). Read before and after
// a batch writes its claims and posts: a person whose bodies changed changes those bodies' links.
CALL () {
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  RETURN p
  UNION
  UNWIND $positionIds AS positionId
  MATCH (:Position {id: positionId})<-[:HOLDS_SUMMARY]-(p:Person)
  RETURN p
}
RETURN p.id AS personId,
       COLLECT { MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization) RETURN DISTINCT o.id } AS bodyIds
