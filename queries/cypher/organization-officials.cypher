// Who works for / leads each body: every (person, post of this body) pair, most recently seen first.
// example-params: {"ids": "@Organization", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})<-[:OF]-(pos:Position)<-[r:HOLDS]-(p:Person)
WITH parentId, p, pos,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY coalesce(lastSeen, '') DESC, pos.name, p.nameKey, p.id
WITH parentId, collect({node: p {.*}, position: pos {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
