MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r = $props
