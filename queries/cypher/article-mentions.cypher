// The entities each article mentions, in order of first appearance, with the spans where.
// example-params: {"ids": "@Article", "offset": 0, "limit": 50}
UNWIND $ids AS parentId
MATCH (:Article {id: parentId})-[m:MENTIONS]->(n)
WHERE n:Person OR n:Organization OR n:Document OR n:Event
WITH parentId, n, m ORDER BY coalesce(m.spans[0], 0), n.id
WITH parentId, collect({node: n {.*, __labels: labels(n)}, spans: coalesce(m.spans, [])}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
