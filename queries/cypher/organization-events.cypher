// Events each body ORGANIZED, oldest first, optionally between two dates.
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (ORGANIZED_SUMMARY: one per event, not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first.
// example-params: {"ids": "@Organization", "from": null, "to": null, "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100}
UNWIND $ids AS parentId
MATCH (x:Organization {id: parentId})
CALL (x) {
  WITH x WHERE $withTotal
  MATCH (x)-[s:ORGANIZED_SUMMARY]->(e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN count(*) AS total
}
CALL (x) {
  MATCH (x)-[s:ORGANIZED_SUMMARY]->(e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH e, s ORDER BY e.date, e.name, e.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({e: e, s: s}) AS candidates
}
CALL (x, candidates) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH x, i, candidates[i] AS c
  WHERE i < $limit
  WITH x, i, c.e AS e, c.s AS s
  CALL (x, e) {
    WITH * WHERE $evidenceLimit > 0 // 0: the edges' evidence was not asked for, so no claim is read
    MATCH (x)-[r:ORGANIZED]->(e)
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
  WITH i, e, s, evidence ORDER BY i
  RETURN collect({node: e {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
