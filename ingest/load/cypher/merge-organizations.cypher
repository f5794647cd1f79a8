// An empty list is never stored (absent means none: neo4j-admin's CSV cannot say [], decision 0014).
// It is removed after the one read-modify-write SET, not computed in a projection before it: a
// planner's eager barrier there would let two rows of one node each write from the old value.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o:Entity, o.name = row.name, o.nameKey = row.nameKey, o.kind = row.kind, o.province = row.province,
              o.unresolved = row.unresolved, o.validFrom = row.validFrom
SET o.kind = CASE WHEN o.kind = 'other' THEN row.kind ELSE o.kind END,
    o.aliases = [x IN reduce(acc = coalesce(o.aliases, []), f IN row.aliases | CASE WHEN f IN acc THEN acc ELSE acc + f END) WHERE x <> o.name]
WITH DISTINCT o WHERE o.aliases = []
REMOVE o.aliases
