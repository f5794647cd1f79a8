// An empty list is never stored (absent means none: neo4j-admin's CSV cannot say [], decision 0014).
// It is removed after the one read-modify-write SET, not computed in a projection before it: a
// planner's eager barrier there would let two rows of one node each write from the old value.
// One Event per meeting, whichever article names it first: the name shown is a Vietnamese one when
// any article gives one (an English article's "Working session" then stays as an alias), and every
// other name is kept as an alias for search.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e:Entity, e.name = row.name, e.nameLanguage = row.language, e.kind = row.kind, e.date = row.date,
              e.organizer = row.organizer
WITH e, row, e.name AS before
SET e.name = CASE WHEN e.nameLanguage = 'en' AND row.language = 'vi' THEN row.name ELSE e.name END,
    e.nameLanguage = CASE WHEN e.nameLanguage = 'en' AND row.language = 'vi' THEN 'vi' ELSE e.nameLanguage END,
    e.organizer = coalesce(e.organizer, row.organizer)
SET e.aliases = [x IN reduce(acc = coalesce(e.aliases, []), f IN [before, row.name] + row.aliases |
                 CASE WHEN f IN acc THEN acc ELSE acc + f END) WHERE x <> e.name]
WITH DISTINCT e WHERE e.aliases = []
REMOVE e.aliases
