// Then its MENTIONS; an entity that no article mentions any more (and no curator touched) was this
// article's alone and goes with them, so the graph equals a clean ingest of the new version.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(e)
DELETE m
WITH DISTINCT e
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } AND coalesce(e.curated, false) = false
DETACH DELETE e
