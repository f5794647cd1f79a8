// The possible-duplicate links between the two entities of a merge: the merge deletes them (a node
// is not its own duplicate), the curation keeps them so that an undo restores them.
MATCH (a:Entity {id: $intoId})-[r:POSSIBLY_SAME_AS]-(b:Entity {id: $fromId})
RETURN startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS props
