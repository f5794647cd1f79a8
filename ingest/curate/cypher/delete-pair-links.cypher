// A pair judged distinct is no longer "possibly the same": its links go (the judgement keeps
// them, from pair-links.cypher, so that an undo restores them).
MATCH (:Entity {id: $intoId})-[r:POSSIBLY_SAME_AS]-(:Entity {id: $fromId})
DELETE r
