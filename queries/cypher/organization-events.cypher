// Events each body ORGANIZED, oldest first, optionally between two dates.
// example-params: {"ids": "@Organization", "from": null, "to": null, "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})-[r:ORGANIZED]->(e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH parentId, e,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY e.date, e.name, e.id
WITH parentId, collect({node: e {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
