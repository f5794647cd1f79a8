// After its relationships moved: the merged-away node's names become the survivor's aliases, and
// the merged-away node goes.
MATCH (into:Entity {id: $intoId})
MATCH (gone:Entity {id: $fromId})
SET into.aliases = [x IN coalesce(into.aliases, []) + [gone.name] + coalesce(gone.aliases, []) WHERE x IS NOT NULL AND x <> into.name | x],
    into.curated = true
WITH into, gone
DETACH DELETE gone
