// The documents each event was about (ABOUT: "Hội nghị quán triệt Chỉ thị 05-CT/TW"), most evidence
// first. Bounded by the page: an event is about a handful of documents.
// example-params: {"ids": "@Event", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Event {id: parentId})-[r:ABOUT]->(d:Document)
WITH parentId, d,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY size(evidence) DESC, coalesce(d.code, d.name), d.id
WITH parentId, collect({node: d {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
