// The naive writer the benchmark compares against: one statement per relationship, no UNWIND.
// CLAIM_TYPE is replaced from the fixed list of claim types, never from input.
MATCH (f:Entity {id: $fromId})
MATCH (t:Entity {id: $toId})
MERGE (f)-[r:CLAIM_TYPE {key: $key}]->(t)
SET r += $props
