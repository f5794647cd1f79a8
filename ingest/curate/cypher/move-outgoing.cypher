// Template, REL_TYPE replaced from the fixed list of relationship types the loader writes (never
// from input): moves relationships leaving node $fromId so that they leave $toId instead, keeping
// every property (evidence, article, resolved ids). $resolvedIds / $articleIds narrow the move to
// what one resolved entity or some articles said; null means every relationship.
MATCH (src:Entity {id: $fromId})-[r:REL_TYPE]->(other)
WHERE other.id <> $toId
  AND ($resolvedIds IS NULL OR r.fromResolvedId IN $resolvedIds)
  AND ($articleIds IS NULL OR r.articleId IN $articleIds)
MATCH (dst:Entity {id: $toId})
WITH r, other, dst, properties(r) AS props
// Delete first: claim keys are unique per type (schema 001), so the copy may exist only once the original is gone.
DELETE r
CREATE (dst)-[moved:REL_TYPE]->(other)
SET moved = props
RETURN count(moved) AS moved
