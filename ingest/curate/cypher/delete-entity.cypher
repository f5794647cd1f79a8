MATCH (n:Entity {id: $id})
// A deleted event leaves its tally; a tally left with no event goes too (decision 0033).
OPTIONAL MATCH (n)-[:TALLIED]->(tally:EventTally)
DETACH DELETE n
WITH DISTINCT tally
WHERE tally IS NOT NULL AND NOT EXISTS { (tally)<-[:TALLIED]-() }
DELETE tally
