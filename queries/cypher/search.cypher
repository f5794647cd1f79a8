// Full-text search: the Lucene query (built by src/api/search-query.ts from folded, escaped words)
// against each full-text index of the requested entity types, best score first.
// example-params: {"indexes": ["person_names"], "labels": ["Person"], "query": "\"pham ngoc thuong\"^4 OR (pham AND ngoc AND thuong*)^2", "limit": 10}
UNWIND $indexes AS indexName
CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $limit}) YIELD node, score
WITH node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN node {.*, __labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
LIMIT $limit
