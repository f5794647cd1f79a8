// Body links (decision 0053): the entities the given articles mention — read before a replaced
// article's claims and mentions are deleted, so the bodies whose links its claims fed are known.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
RETURN DISTINCT n.id AS nodeId
