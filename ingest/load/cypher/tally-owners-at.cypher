// What the aggregate tallies (decision 0038) of the given nodes depend on, for a curation or a
// body whose kind changed: the (body, document) implementer pairs at each body or document — from
// its summaries and from its tally links, so a pair that lost its summary is found too — and the
// people whose holder profile reads the node (the person, a post's holders, the holders of a
// body's posts). Ids of other kinds, or of no node, give nothing.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  WITH n WHERE n:Organization
  MATCH (n)-[:IMPLEMENTS_SUMMARY]->(d:Document)
  RETURN 'pair' AS what, n.id AS fromId, d.id AS toId
  UNION
  WITH n WHERE n:Organization
  MATCH (n)-[:IMPLEMENTER_TALLIED]->(t:ImplementerTally)
  RETURN 'pair' AS what, n.id AS fromId, t.document AS toId
  UNION
  WITH n WHERE n:Document
  MATCH (o:Organization)-[:IMPLEMENTS_SUMMARY]->(n)
  RETURN 'pair' AS what, o.id AS fromId, n.id AS toId
  UNION
  WITH n WHERE n:Document
  MATCH (o:Organization)-[:IMPLEMENTER_TALLIED]->(:ImplementerTally {document: n.id})
  RETURN 'pair' AS what, o.id AS fromId, n.id AS toId
  UNION
  WITH n WHERE n:Person
  RETURN 'holder' AS what, n.id AS fromId, '' AS toId
  UNION
  WITH n WHERE n:Position
  MATCH (p:Person)-[:HOLDS_SUMMARY]->(n)
  RETURN 'holder' AS what, p.id AS fromId, '' AS toId
  UNION
  WITH n WHERE n:Organization
  MATCH (p:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(n)
  RETURN 'holder' AS what, p.id AS fromId, '' AS toId
}
RETURN DISTINCT what, fromId, toId
