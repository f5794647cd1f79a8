// The posts each person HOLDS, most recently seen first, with the body of each post.
// (With a date, `asOf`, the API folds the claims made by then instead: person-positions-as-of.)
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (HOLDS_SUMMARY: one per post, not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first: by the keys the summary
// lists (decision 0036), not by sorting the pair's claims.
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
  // The summary lists the keys of the pair's newest claims (decision 0036): when they cover the
  // evidence asked, the page edge reads just those, by key; otherwise (more asked than listed, or
  // a summary not listed yet) its claims are read as below.
  WITH x, i, pos, s, s.newest IS NOT NULL AND (size(s.newest) >= $evidenceLimit OR size(s.newest) = s.evidence) AS listed
  CALL (s, listed) {
    WITH * WHERE $evidenceLimit > 0 AND listed
    // The list is in evidence order (ingest/load/cypher/add-claim-summaries.cypher): kept by position.
    UNWIND range(0, size(s.newest[0..$evidenceLimit]) - 1) AS place
    WITH s.newest[place] AS key, place
    // Hinted to seek, as in document-organizations.cypher: the seek is the point of the list.
    MATCH ()-[r:HOLDS {key: key}]->()
    USING INDEX SEEK r:HOLDS(key)
    WITH r ORDER BY place
    RETURN collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS newest
  }
  CALL (x, pos, listed) {
    WITH * WHERE $evidenceLimit > 0 AND NOT listed // 0: the edges' evidence was not asked for, so no claim is read
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
    ORDER BY seen DESC, r.articleId, r.sentenceIndex, r.start, r.key LIMIT $evidenceLimit
    WITH r
    RETURN collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS sorted
  }
  WITH i, pos, s, CASE WHEN listed THEN newest ELSE sorted END AS evidence
  WITH i, pos, s, evidence, head(COLLECT { MATCH (pos)-[:OF]->(o:Organization) RETURN o }) AS org
  WITH i, pos, s, evidence, org ORDER BY i
  RETURN collect({node: pos {.*}, organization: org {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
