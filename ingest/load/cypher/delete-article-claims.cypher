// Before a changed article is written again: remove every claim it made (found from the entities
// it mentions; claims carry their articleId), and nothing any other article said. Returns the
// type and ends of each deleted claim, whose pair summaries are then recounted.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(e)
MATCH (e)-[r]-()
WHERE r.articleId = articleId
WITH DISTINCT r
WITH r, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId
DELETE r
RETURN type, fromId, toId
