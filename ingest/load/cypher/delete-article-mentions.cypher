// Then its MENTIONS; an entity that no article mentions any more (and no curator touched) was this
// article's alone and goes with them, so the graph equals a clean ingest of the new version.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(e)
DELETE m
WITH DISTINCT e
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } AND coalesce(e.curated, false) = false
// An event leaves its tally with it; a tally left with no event goes too (decision 0033).
OPTIONAL MATCH (e)-[:TALLIED]->(tally:EventTally)
DETACH DELETE e
WITH DISTINCT tally
WHERE tally IS NOT NULL AND NOT EXISTS { (tally)<-[:TALLIED]-() }
DELETE tally
