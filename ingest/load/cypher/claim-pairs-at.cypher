// Template for every claim type (CLAIM_TYPE from the fixed list, never from input): the pairs of
// nodes with a claim or a summary of that type at the given nodes, whose summaries a curation
// recounts after moving relationships.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:CLAIM_TYPE|CLAIM_TYPE_SUMMARY]-()
RETURN DISTINCT startNode(r).id AS fromId, endNode(r).id AS toId
