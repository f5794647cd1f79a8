// Who has held each post, most recently seen first: the post's holders over time.
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (HOLDS_SUMMARY: one per holder, not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first.
// example-params: {"ids": "@Position", "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100}
UNWIND $ids AS parentId
MATCH (x:Position {id: parentId})
CALL (x) {
  WITH x WHERE $withTotal
  MATCH (x)<-[s:HOLDS_SUMMARY]-(p:Person)
  RETURN count(*) AS total
}
CALL (x) {
  MATCH (x)<-[s:HOLDS_SUMMARY]-(p:Person)
  WITH p, s ORDER BY coalesce(s.lastSeen, '') DESC, p.nameKey, p.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({p: p, s: s}) AS candidates
}
CALL (x, candidates) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH x, i, candidates[i] AS c
  WHERE i < $limit
  WITH x, i, c.p AS p, c.s AS s
  CALL (x, p) {
    WITH * WHERE $evidenceLimit > 0 // 0: the edges' evidence was not asked for, so no claim is read
    MATCH (p)-[r:HOLDS]->(x)
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
  WITH i, p, s, evidence ORDER BY i
  RETURN collect({node: p {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
