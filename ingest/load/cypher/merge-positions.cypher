// An empty list is never stored (absent means none: neo4j-admin's CSV cannot say [], decision 0014).
// It is removed after the one read-modify-write SET, not computed in a projection before it: a
// planner's eager barrier there would let two rows of one node each write from the old value.
UNWIND $rows AS row
MERGE (p:Position {id: row.id})
ON CREATE SET p:Entity, p.role = row.role, p.name = row.name, p.unresolved = row.unresolved
SET p.aliases = reduce(acc = coalesce(p.aliases, []), f IN row.aliases | CASE WHEN f IN acc THEN acc ELSE acc + f END)
WITH DISTINCT p WHERE p.aliases = []
REMOVE p.aliases
