// An empty list is never stored (absent means none: neo4j-admin's CSV cannot say [], decision 0014).
// It is removed after the one read-modify-write SET, not computed in a projection before it: a
// planner's eager barrier there would let two rows of one node each write from the old value.
// The display name is the most diacritic-rich spelling seen ("Phạm Minh Chính" over an English
// "Pham Minh Chinh"); every other spelling is kept in aliases.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p:Entity, p.name = row.name, p.nameKey = row.nameKey, p.nameScore = row.nameScore
WITH p, row, p.name AS previous
SET p.name = CASE WHEN row.nameScore > p.nameScore THEN row.name ELSE p.name END,
    p.nameScore = CASE WHEN row.nameScore > p.nameScore THEN row.nameScore ELSE p.nameScore END
WITH p, [previous, row.name] + row.aliases AS forms
SET p.aliases = [x IN reduce(acc = coalesce(p.aliases, []), f IN forms | CASE WHEN f IS NULL OR f IN acc THEN acc ELSE acc + f END) WHERE x <> p.name]
WITH DISTINCT p WHERE p.aliases = []
REMOVE p.aliases
