// The members of each community of the last `kg analyse` with one label ($label: Person or
// Organization), highest PageRank first: read through the entity_community index, at most $limit.
// example-params: {"ids": ["community:1"], "label": "Person", "limit": 10}
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (n:Entity {communityId: parentId})
  WHERE $label IN labels(n)
  WITH n ORDER BY n.pagerank DESC, n.id LIMIT $limit
  RETURN collect(n {.*}) AS rows
}
RETURN parentId, rows
