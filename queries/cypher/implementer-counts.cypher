// implementerCounts from the implementer tallies (decision 0038): each (:ImplementerTally) is one
// (document, kind, province) and its in-degree of IMPLEMENTER_TALLIED is how many bodies of that
// kind and province implement the document (a degree, read from the store without visiting the
// bodies). A seek on implementer_tally_document reads the document's tallies — at most one per
// kind and province, however many bodies they count. The groups are those organizations-where.cypher
// counts from the IMPLEMENTS summaries: a body once, under its province (null: central), its kind
// or its level ('central': no province); largest first, at most $limit.
// example-params: {"documentId": "@Document:0", "groupBy": "province", "limit": 50}
MATCH (t:ImplementerTally {document: $documentId})
WITH t, COUNT { (t)<-[:IMPLEMENTER_TALLIED]-() } AS bodies
WHERE bodies > 0
WITH CASE $groupBy
       WHEN 'province' THEN t.province
       WHEN 'kind' THEN t.kind
       ELSE CASE WHEN t.province IS NULL THEN 'central' ELSE 'local' END
     END AS key, sum(bodies) AS count
ORDER BY count DESC, key
LIMIT $limit
RETURN key, count
