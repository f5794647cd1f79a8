// Template for every claim type (CLAIM_TYPE from the fixed list, never from input): recount the
// summary of each given pair from its claims, after claims were deleted or moved (an article
// replaced, a bodiless post linked, a curator's merge, split or undo). Bounded by the claims of
// the pairs given; a pair left with no claim loses its summary. `newest` is listed again from the
// claims, in evidence order (add-claim-summaries.cypher, decision 0036).
UNWIND $pairs AS pair
MATCH (f:Entity {id: pair.fromId})
MATCH (t:Entity {id: pair.toId})
MERGE (f)-[s:CLAIM_TYPE_SUMMARY]->(t)
SET s.lock = true
WITH f, t, s
CALL (f, t) {
  OPTIONAL MATCH (f)-[r:CLAIM_TYPE]->(t)
  RETURN count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
}
CALL (f, t) {
  OPTIONAL MATCH (f)-[r:CLAIM_TYPE]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..$newestKept] AS newest
}
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen, s.newest = newest,
    // The index keys (migration 110, decision 0037): the end node's id and lastSeen, never null.
    s.toId = t.id, s.recency = coalesce(lastSeen, '')
REMOVE s.lock
WITH s, claims
WHERE claims = 0
DELETE s
