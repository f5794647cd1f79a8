// Then its MENTIONS; an entity that no article mentions any more (and no curator touched) was this
// article's alone and goes with them, so the graph equals a clean ingest of the new version.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(e)
DELETE m
WITH DISTINCT e
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } AND coalesce(e.curated, false) = false
// An event leaves its tally with it; a tally left with no event goes too (decision 0033); so do the
// implementer and holder tallies of a deleted body or person, left with none (decision 0038).
OPTIONAL MATCH (e)-[:TALLIED|IMPLEMENTER_TALLIED|HOLDER_TALLIED]->(tally)
DETACH DELETE e
WITH DISTINCT tally
WHERE tally IS NOT NULL AND NOT EXISTS { (tally)<--() }
// A holder profile's cells go with the last profile that had them (decision 0038).
OPTIONAL MATCH (tally)-[:HAS_CELL]->(cell:HolderCell)
DETACH DELETE tally
WITH DISTINCT cell
WHERE cell IS NOT NULL AND NOT EXISTS { (cell)<--() }
DELETE cell
