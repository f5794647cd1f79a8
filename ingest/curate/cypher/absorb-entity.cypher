// After its relationships moved: the merged-away node's names become the survivor's aliases, and
// the merged-away node goes.
MATCH (into:Entity {id: $intoId})
MATCH (gone:Entity {id: $fromId})
WITH into, gone, [x IN coalesce(into.aliases, []) + [gone.name] + coalesce(gone.aliases, []) WHERE x IS NOT NULL AND x <> into.name | x] AS aliases
// An empty list is never stored: absent means none (decision 0014).
SET into.aliases = CASE WHEN aliases = [] THEN null ELSE aliases END,
    into.curated = true
WITH into, gone
// A merged-away event leaves its tally; a tally left with no event goes too (decision 0033); so do the
// implementer and holder tallies of a deleted body or person, left with none (decision 0038).
OPTIONAL MATCH (gone)-[:TALLIED|IMPLEMENTER_TALLIED|HOLDER_TALLIED]->(tally)
DETACH DELETE gone
WITH DISTINCT tally
WHERE tally IS NOT NULL AND NOT EXISTS { (tally)<--() }
// A holder profile's cells go with the last profile that had them (decision 0038).
OPTIONAL MATCH (tally)-[:HAS_CELL]->(cell:HolderCell)
DETACH DELETE tally
WITH DISTINCT cell
WHERE cell IS NOT NULL AND NOT EXISTS { (cell)<--() }
DELETE cell
