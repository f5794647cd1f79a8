// The bodies that ISSUED or IMPLEMENT ($relation) each document, most evidence first: the first
// issuer is the one most articles agree on.
// example-params: {"ids": "@Document", "relation": "IMPLEMENTS", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Document {id: parentId})<-[r:ISSUED|IMPLEMENTS]-(o:Organization)
WHERE type(r) = $relation
WITH parentId, o,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY size(evidence) DESC, coalesce(lastSeen, '') DESC, o.nameKey, o.id
WITH parentId, collect({node: o {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
