// kg check, invariant implementer-tallies (decision 0038): a (body, document) pair whose
// IMPLEMENTS_SUMMARY is not linked to exactly the implementer tally of the body's kind and province
// (the key made as ingest/load/cypher/retally-implementers.cypher makes it), or a link left with no
// summary — implementerCounts would count the body wrong, twice or not at all. The loader and
// curation keep the links in their write transaction; a store loaded by neo4j-admin (migration 120
// builds them at its first `kg db migrate`) or written around the loader is what this finds.
// Whole-graph: one pass over the IMPLEMENTS summaries and the tally links; examples ($limit) by id.
// example-params: {"limit": 10}
CALL () {
  MATCH (o:Organization)-[:IMPLEMENTS_SUMMARY]->(d:Document)
  WITH o, d.id AS documentId, d.id + '|' + coalesce(o.kind, '') + '|' + coalesce(o.province, '') AS key
  WITH o, documentId, key,
       COLLECT { MATCH (o)-[:IMPLEMENTER_TALLIED]->(t:ImplementerTally {document: documentId}) RETURN t.id } AS tallies
  WHERE tallies <> [key]
  RETURN o, documentId, key, tallies
  UNION
  MATCH (o:Organization)-[:IMPLEMENTER_TALLIED]->(t:ImplementerTally)
  WHERE NOT EXISTS { (o)-[:IMPLEMENTS_SUMMARY]->(:Document {id: t.document}) }
  RETURN o, t.document AS documentId, '' AS key, [t.id] AS tallies
}
WITH o, documentId, key, tallies ORDER BY o.id, documentId
WITH collect({o: o, documentId: documentId, key: key, tallies: tallies}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.o AS o
  OPTIONAL MATCH (d:Document {id: f.documentId})
  RETURN collect({
    ids: [o.id, f.documentId],
    names: [coalesce(o.name, o.id), coalesce(d.name, d.code, f.documentId)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN f.key = '' THEN 'tallied as an implementer of a document it no longer implements: ' + f.tallies[0]
               WHEN size(f.tallies) = 0 THEN 'not in any implementer tally: implementerCounts leaves it out'
               ELSE 'tallied as ' + reduce(s = '', x IN f.tallies | s + x + ' ') + 'but its key is ' + f.key END
  }) AS examples
}
RETURN size(found) AS count, examples
