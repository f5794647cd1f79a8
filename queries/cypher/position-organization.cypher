// The body of each post.
// example-params: {"ids": "@Position"}
UNWIND $ids AS parentId
MATCH (:Position {id: parentId})-[:OF]->(org:Organization)
RETURN parentId, org {.*} AS node
ORDER BY org.id
