// The posts each person HOLDS, most recently seen first, with the body of each post.
// (With a date, `asOf`, the API folds the claims made by then instead: person-positions-as-of.)
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (HOLDS_SUMMARY: one per post, not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first.
// example-params: {"ids": "@Person", "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100}
UNWIND $ids AS parentId
MATCH (x:Person {id: parentId})
// A degree count (HOLDS_SUMMARY always ends at a Position): no relationship is read (decision 0028).
WITH parentId, x, CASE WHEN $withTotal THEN COUNT { (x)-[:HOLDS_SUMMARY]->() } ELSE 0 END AS total
CALL (x) {
  MATCH (x)-[s:HOLDS_SUMMARY]->(pos:Position)
  WITH pos, s ORDER BY coalesce(s.lastSeen, '') DESC, pos.name, pos.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({pos: pos, s: s}) AS candidates
}
CALL (x, candidates) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH x, i, candidates[i] AS c
  WHERE i < $limit
  WITH x, i, c.pos AS pos, c.s AS s
  CALL (x, pos) {
    WITH * WHERE $evidenceLimit > 0 // 0: the edges' evidence was not asked for, so no claim is read
    MATCH (x)-[r:HOLDS]->(pos)
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
  WITH i, pos, s, evidence, head(COLLECT { MATCH (pos)-[:OF]->(o:Organization) RETURN o }) AS org
  WITH i, pos, s, evidence, org ORDER BY i
  RETURN collect({node: pos {.*}, organization: org {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
