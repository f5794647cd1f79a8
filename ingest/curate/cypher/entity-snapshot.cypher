MATCH (n:Entity {id: $id})
RETURN properties(n) AS props, [l IN labels(n) WHERE l <> 'Entity'] AS labels
