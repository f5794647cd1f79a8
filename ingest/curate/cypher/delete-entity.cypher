MATCH (n:Entity {id: $id})
// A deleted event leaves its tally; a tally left with no event goes too (decision 0033); so do the
// implementer and holder tallies of a deleted body or person, left with none (decision 0038).
OPTIONAL MATCH (n)-[:TALLIED|IMPLEMENTER_TALLIED|HOLDER_TALLIED]->(tally)
DETACH DELETE n
WITH DISTINCT tally
WHERE tally IS NOT NULL AND NOT EXISTS { (tally)<--() }
// A holder profile's cells go with the last profile that had them (decision 0038).
OPTIONAL MATCH (tally)-[:HAS_CELL]->(cell:HolderCell)
DETACH DELETE tally
WITH DISTINCT cell
WHERE cell IS NOT NULL AND NOT EXISTS { (cell)<--() }
DELETE cell
