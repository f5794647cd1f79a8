// The posts of each body, alphabetically (structural: no evidence of its own).
// example-params: {"ids": "@Organization", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})<-[:OF]-(pos:Position)
WITH parentId, pos ORDER BY pos.name, pos.id
WITH parentId, collect({node: pos {.*}}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
