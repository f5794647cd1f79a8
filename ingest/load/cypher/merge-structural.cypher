// Template for the structural relationships (OF, PART_OF, POSSIBLY_SAME_AS): REL_TYPE is replaced
// from that fixed list at load time, never from input. One per pair of nodes.
UNWIND $rows AS row
MATCH (f:Entity {id: row.fromId})
MATCH (t:Entity {id: row.toId})
MERGE (f)-[r:REL_TYPE]->(t)
SET r.fromResolvedId = row.fromResolvedId, r.toResolvedId = row.toResolvedId
