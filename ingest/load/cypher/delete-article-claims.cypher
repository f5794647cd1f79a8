// Before a changed article is written again: remove every claim it made (found from the entities
// it mentions; claims carry their articleId), and nothing any other article said.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(e)
MATCH (e)-[r]-()
WHERE r.articleId = articleId
WITH DISTINCT r
DELETE r
