// Template, as move-outgoing.cypher, for relationships arriving at $fromId (claims about it,
// MENTIONS from articles: for those the article is the relationship's start node).
MATCH (other)-[r:REL_TYPE]->(src:Entity {id: $fromId})
WHERE other.id <> $toId
  AND ($resolvedIds IS NULL OR r.toResolvedId IN $resolvedIds)
  AND ($articleIds IS NULL OR coalesce(r.articleId, other.id) IN $articleIds)
MATCH (dst:Entity {id: $toId})
WITH r, other, dst, properties(r) AS props
// Delete first: claim keys are unique per type (schema 001), so the copy may exist only once the original is gone.
DELETE r
CREATE (other)-[moved:REL_TYPE]->(dst)
SET moved = props
RETURN count(moved) AS moved
