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
  // A hub body has thousands of (person, post) pairs. Reading only each pair's lastSeen, find the
  // newest date the page (and the one-more probe) can reach; only the pairs seen on or after it are
  // read further and sorted by name: the same order and page, without reading every pair's names
  // (decision 0028).
  MATCH (x)<-[:OF]-(pos:Position)<-[s:HOLDS_SUMMARY]-(p:Person)
  WITH collect({seen: coalesce(s.lastSeen, ''), p: p, pos: pos, s: s}) AS pairs
  CALL (pairs) {
    UNWIND pairs AS pair
    WITH pair.seen AS seen ORDER BY seen DESC LIMIT $offset + $limit + 1
    RETURN min(seen) AS cutoff
  }
  UNWIND pairs AS pair
  WITH pair WHERE pair.seen >= cutoff
  WITH pair.p AS p, pair.pos AS pos, pair.s AS s, pair.seen AS seen
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
