// The posts each person HOLDS as of a date ($asOf, or every claim when null), most recently seen
// first, with the body of each post. Folds the person's claims (a person holds few posts); without
// a date the API pages on the summaries instead (person-positions.cypher).
// A post is true as of an article's date: $asOf keeps the claims made on or before that date,
// so firstSeen / lastSeen describe what was known then.
// example-params: {"ids": "@Person", "asOf": null, "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Person {id: parentId})-[r:HOLDS]->(pos:Position)
WHERE $asOf IS NULL OR r.asOf <= $asOf
WITH parentId, pos,
     collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
OPTIONAL MATCH (pos)-[:OF]->(org:Organization)
WITH parentId, pos, head(collect(org)) AS org, evidence, firstSeen, lastSeen
ORDER BY coalesce(lastSeen, '') DESC, pos.name, pos.id
WITH parentId, collect({node: pos {.*}, organization: org {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
