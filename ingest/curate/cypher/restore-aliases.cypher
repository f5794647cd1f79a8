MATCH (n:Entity {id: $id})
SET n.aliases = $aliases
