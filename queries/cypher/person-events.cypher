// Events each person CHAIRED or ATTENDED ($relation), oldest first, optionally between two dates.
// The parallel claims (one per article statement) between a person and an event fold into one
// edge carrying all their evidence. One row per person: its page of edges and their total.
// example-params: {"ids": "@Person", "relation": "CHAIRED", "from": null, "to": null, "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Person {id: parentId})-[r:CHAIRED|ATTENDED]->(e:Event)
WHERE type(r) = $relation
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH parentId, e,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY e.date, e.name, e.id
WITH parentId, collect({node: e {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
