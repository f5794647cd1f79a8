// Which relationship types, in which direction, a node has: curation runs only the move statements
// it needs.
MATCH (n:Entity {id: $id})-[r]-()
RETURN DISTINCT type(r) AS type, startNode(r) = n AS outgoing
