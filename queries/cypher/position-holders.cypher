// Who has held each post, most recently seen first: the post's holders over time.
// example-params: {"ids": "@Position", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Position {id: parentId})<-[r:HOLDS]-(p:Person)
WITH parentId, p,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY coalesce(lastSeen, '') DESC, p.nameKey, p.id
WITH parentId, collect({node: p {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
