// The body each body is PART_OF.
// example-params: {"ids": "@Organization"}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})-[:PART_OF]->(o:Organization)
RETURN parentId, o {.*} AS node
ORDER BY o.id
