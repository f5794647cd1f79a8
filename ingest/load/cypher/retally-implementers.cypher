// Implementer tallies (decision 0038): implementerCounts is answered from per-(document, kind,
// province) (:ImplementerTally) nodes whose in-degree of IMPLEMENTER_TALLIED is the number of
// bodies implementing the document with that kind and province, instead of from one summary per
// body. Each (body, document) pair with an IMPLEMENTS_SUMMARY has exactly one link, to the tally
// of the body's kind and province for that document. Run for the pairs a write may have changed
// (claims added, deleted or moved; a body whose kind changed): a pair whose key is unchanged keeps
// its link (re-ingest counts nothing twice), one that moved or lost its summary leaves its tally,
// and a tally left with no body goes. The key is document|kind|province ('' for an absent one).
UNWIND $pairs AS pair
MATCH (o:Organization {id: pair.fromId})
WITH DISTINCT o, pair.toId AS documentId
// Write-lock the body before reading its kind and summaries (as the event retally locks its
// event): two batches moving one body's links must not each read the other's as absent.
SET o.tallyLock = true
REMOVE o.tallyLock
WITH o, documentId,
     EXISTS { (o)-[:IMPLEMENTS_SUMMARY]->(:Document {id: documentId}) } AS implements,
     documentId + '|' + coalesce(o.kind, '') + '|' + coalesce(o.province, '') AS key
CALL (o, documentId, implements, key) {
  OPTIONAL MATCH (o)-[old:IMPLEMENTER_TALLIED]->(was:ImplementerTally)
  WHERE was.document = documentId AND (NOT implements OR was.id <> key)
  DELETE old
  WITH DISTINCT was
  WHERE was IS NOT NULL AND NOT EXISTS { (was)<-[:IMPLEMENTER_TALLIED]-() }
  DELETE was
}
WITH o, documentId, key
WHERE implements
MERGE (t:ImplementerTally {id: key})
ON CREATE SET t.document = documentId, t.kind = o.kind, t.province = o.province
MERGE (o)-[:IMPLEMENTER_TALLIED]->(t)
