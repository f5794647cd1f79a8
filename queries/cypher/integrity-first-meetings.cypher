// kg check, invariant first-meetings (decision 0044): a (body, document) pair whose
// ORGANIZED_ABOUT_SUMMARY is missing, stray or dated otherwise than the earliest dated meeting the
// body organized about the document (over the ORGANIZED and ABOUT summaries) — a document's
// diffusion would date the body wrong or leave it out. The loader and curation keep it in their
// write transaction; a store loaded by neo4j-admin before migration 140 ran, or written around
// the loader, is what this finds. Whole-graph: one pass over the bodies' meetings; examples by id.
// example-params: {"limit": 10}
CALL () {
  MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e:Event)-[:ABOUT_SUMMARY]->(d:Document)
  WHERE e.date IS NOT NULL
  WITH o, d, min(e.date) AS expected
  WITH o, d, expected, COLLECT { MATCH (o)-[m:ORGANIZED_ABOUT_SUMMARY]->(d) RETURN m.firstMeeting } AS stored
  WHERE stored <> [expected]
  RETURN o, d, expected, stored
  UNION
  MATCH (o:Organization)-[m:ORGANIZED_ABOUT_SUMMARY]->(d:Document)
  WHERE NOT EXISTS {
    MATCH (o)-[:ORGANIZED_SUMMARY]->(e:Event)-[:ABOUT_SUMMARY]->(d)
    WHERE e.date IS NOT NULL
  }
  RETURN o, d, null AS expected, [m.firstMeeting] AS stored
}
WITH o, d, expected, stored ORDER BY o.id, d.id
WITH collect({o: o, d: d, expected: expected, stored: stored}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.o AS o, f.d AS d
  RETURN collect({
    ids: [o.id, d.id],
    names: [coalesce(o.name, o.id), coalesce(d.name, d.code, d.id)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN f.expected IS NULL THEN 'a first meeting about a document it organized no dated meeting about: ' + toString(f.stored[0])
               WHEN size(f.stored) = 0 THEN 'no first meeting kept: its first meeting ' + f.expected + ' is left out of the diffusion'
               ELSE 'first meeting kept as ' + reduce(s = '', x IN f.stored | s + toString(x) + ' ') + 'but it is ' + f.expected END
  }) AS examples
}
RETURN size(found) AS count, examples
