MATCH (n:Entity {id: $id})
// An empty list is never stored: absent means none (decision 0014).
SET n.aliases = CASE WHEN $aliases = [] THEN null ELSE $aliases END
