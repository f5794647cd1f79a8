// Body links (decision 0053): the bodies whose links may change when the given nodes' claims move
// or go (a curator's merge, split or undo; a replaced article): each body itself, the bodies of
// each person and of each post, and the bodies of each event's participants. Read before and after
// the change, so a body a person or post leaves is found as well as the one it joins.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n:Organization)
  RETURN n.id AS bodyId
  UNION
  MATCH (n:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization)
  RETURN o.id AS bodyId
  UNION
  MATCH (n:Position)-[:OF]->(o:Organization)
  RETURN o.id AS bodyId
  UNION
  MATCH (n:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization)
  RETURN o.id AS bodyId
}
RETURN DISTINCT bodyId
