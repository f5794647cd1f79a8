// Documents each body ISSUED or IMPLEMENTS ($relation), newest first.
// example-params: {"ids": "@Organization", "relation": "IMPLEMENTS", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})-[r:ISSUED|IMPLEMENTS]->(d:Document)
WHERE type(r) = $relation
WITH parentId, d,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY coalesce(d.date, '') DESC, coalesce(d.code, d.name), d.id
WITH parentId, collect({node: d {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
