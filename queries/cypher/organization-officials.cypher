// Who works for / leads each body: every (person, post of this body) pair, most recently seen first.
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (HOLDS_SUMMARY: one per (person, post), not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first.
// example-params: {"ids": "@Organization", "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100}
UNWIND $ids AS parentId
MATCH (x:Organization {id: parentId})
CALL (x) {
  WITH x WHERE $withTotal
  MATCH (x)<-[:OF]-(pos:Position)<-[s:HOLDS_SUMMARY]-(p:Person)
  RETURN count(*) AS total
}
CALL (x) {
  MATCH (x)<-[:OF]-(pos:Position)<-[s:HOLDS_SUMMARY]-(p:Person)
  WITH p, pos, s ORDER BY coalesce(s.lastSeen, '') DESC, pos.name, p.nameKey, p.id
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
    WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start LIMIT $evidenceLimit
    RETURN collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS evidence
  }
  WITH i, p, pos, s, evidence ORDER BY i
  RETURN collect({node: p {.*}, position: pos {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
