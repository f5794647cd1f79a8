// People recorded as POSSIBLY_SAME_AS each person (same name, conflicting context), either direction.
// example-params: {"ids": "@Person"}
UNWIND $ids AS parentId
MATCH (:Person {id: parentId})-[:POSSIBLY_SAME_AS]-(other:Person)
RETURN DISTINCT parentId, other {.*} AS node
ORDER BY node.id
