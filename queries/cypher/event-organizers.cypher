// The bodies that ORGANIZED each event, most evidence first.
// example-params: {"ids": "@Event", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Event {id: parentId})<-[r:ORGANIZED]-(o:Organization)
WITH parentId, o,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY size(evidence) DESC, o.nameKey, o.id
WITH parentId, collect({node: o {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
