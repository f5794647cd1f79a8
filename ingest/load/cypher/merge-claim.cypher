// Template for the six claim types (CHAIRED, ATTENDED, HOLDS, IMPLEMENTS, ISSUED, ORGANIZED):
// CLAIM_TYPE is replaced from that fixed list at load time (a relationship type cannot be a
// parameter), never from input. One relationship per article and statement, keyed by `key`.
UNWIND $rows AS row
MATCH (f:Entity {id: row.fromId})
MATCH (t:Entity {id: row.toId})
MERGE (f)-[r:CLAIM_TYPE {key: row.key}]->(t)
SET r += row.props
