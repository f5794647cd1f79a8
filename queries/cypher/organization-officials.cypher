// Who works for / leads each body: every (person, post of this body) pair, most recently seen first.
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (HOLDS_SUMMARY: one per (person, post), not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first.
// example-params: {"ids": "@Organization", "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100}
UNWIND $ids AS parentId
MATCH (x:Organization {id: parentId})
CALL (x) {
  // Per post a degree count (HOLDS_SUMMARY always starts at a Person): no relationship is read
  // (decision 0028). An aggregate, so the row stays when nothing is counted.
  OPTIONAL MATCH (x)<-[:OF]-(pos:Position) WHERE $withTotal
  RETURN sum(COUNT { (pos)<-[:HOLDS_SUMMARY]-() }) AS total
}
CALL (x) {
  // A hub body has thousands of (person, post) pairs, and sorting them all grew with the hub
  // (3 s at 8 connections on a 22,451-official body, decision 0032). The composite index on the
  // summaries' (toId, recency) — recency is lastSeen, '' when undated (migration 110) — gives each
  // post's holders newest first: reading offset + limit + 1 of each post finds the newest date the
  // page (and the one-more probe) can reach, then only the pairs seen on or after it are read and
  // sorted by the full key. Same order and page as sorting every pair (decision 0028's cutoff),
  // read in index order (decision 0037). The relationship is matched by its index keys, not from
  // the post, so the planner seeks the index in order instead of expanding the post's holders.
  MATCH (x)<-[:OF]-(pos:Position)
  CALL (pos) {
    WITH pos.id AS postId
    MATCH ()-[s:HOLDS_SUMMARY]->()
    // Hinted to seek, not scan the whole index in order (province-events.cypher).
    USING INDEX SEEK s:HOLDS_SUMMARY(toId, recency)
    WHERE s.toId = postId AND s.recency IS NOT NULL
    WITH s.recency AS seen
    ORDER BY s.toId DESC, s.recency DESC
    LIMIT $offset + $limit + 1
    RETURN seen
  }
  WITH seen ORDER BY seen DESC LIMIT $offset + $limit + 1
  RETURN min(seen) AS cutoff
}
CALL (x, cutoff) {
  MATCH (x)<-[:OF]-(pos:Position)
  CALL (pos, cutoff) {
    WITH pos.id AS postId
    MATCH (p:Person)-[s:HOLDS_SUMMARY]->()
    WHERE s.toId = postId AND s.recency >= cutoff
    RETURN p, s
  }
  WITH p, pos, s, s.recency AS seen
  ORDER BY seen DESC, pos.name, p.nameKey, p.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({p: p, pos: pos, s: s}) AS candidates
}
CALL (x, candidates) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH x, i, candidates[i] AS c
  WHERE i < $limit
  WITH x, i, c.p AS p, c.pos AS pos, c.s AS s
  CALL (x, p, pos) {
    WITH * WHERE $evidenceLimit > 0 // 0: the edges' evidence was not asked for, so no claim is read
    MATCH (p)-[r:HOLDS]->(pos)
    // A hub pair has thousands of claims: read only their dates to find the oldest the page
    // reaches, then sort just the claims from then on by date and place (decision 0028).
    WITH collect({r: r, seen: coalesce(r.asOf, '')}) AS claims
    CALL (claims) {
      UNWIND claims AS claim
      WITH claim.seen AS seen ORDER BY seen DESC LIMIT $evidenceLimit
      RETURN min(seen) AS cutoff
    }
    UNWIND claims AS claim
    WITH claim WHERE claim.seen >= cutoff
    WITH claim.r AS r, claim.seen AS seen
    ORDER BY seen DESC, r.articleId, r.sentenceIndex, r.start LIMIT $evidenceLimit
    WITH r
    RETURN collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS evidence
  }
  WITH i, p, pos, s, evidence ORDER BY i
  RETURN collect({node: p {.*}, position: pos {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
