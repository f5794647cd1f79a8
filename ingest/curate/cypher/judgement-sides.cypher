// What each side of a judgement was said to be, article by article: the (article, resolved id)
// of every mention and claim at the node. A `distinct` judgement pins these to their side.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (art:Article)-[m:MENTIONS]->(n)
  RETURN art.id AS articleId, m.toResolvedId AS resolvedId
  UNION
  MATCH (n)-[r]->()
  WHERE r.articleId IS NOT NULL AND r.fromResolvedId IS NOT NULL
  RETURN r.articleId AS articleId, r.fromResolvedId AS resolvedId
  UNION
  MATCH ()-[r]->(n)
  WHERE r.articleId IS NOT NULL AND r.toResolvedId IS NOT NULL
  RETURN r.articleId AS articleId, r.toResolvedId AS resolvedId
}
RETURN id, articleId, resolvedId
ORDER BY id, articleId, resolvedId
