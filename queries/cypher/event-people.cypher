// The chairs or attendees ($relation CHAIRED / ATTENDED) of each event, most evidence first.
// example-params: {"ids": "@Event", "relation": "ATTENDED", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Event {id: parentId})<-[r:CHAIRED|ATTENDED]-(p:Person)
WHERE type(r) = $relation
WITH parentId, p,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY size(evidence) DESC, p.nameKey, p.id
WITH parentId, collect({node: p {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
