// The bodies that ISSUED or IMPLEMENT ($relation) each document, most evidence first: the first
// issuer is the one most articles agree on.
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (ISSUED_SUMMARY / IMPLEMENTS_SUMMARY: one per body, not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first: by the keys the summary
// lists (decision 0036), not by sorting the pair's claims.
// example-params: {"ids": "@Document", "relation": "IMPLEMENTS", "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100}
UNWIND $ids AS parentId
MATCH (x:Document {id: parentId})
// Degree counts (both summaries always start at an Organization): no relationship is read (decision 0028).
// A folded statement, whose text is built per shape, writes each `// when` block for the relation
// asked (decision 0079): it reads and seeks the one type, and plans no branch of the other.
WITH parentId, x, CASE // when $relation = 'ISSUED': WITH parentId, x, CASE WHEN NOT $withTotal THEN 0 ELSE COUNT { (x)<-[:ISSUED_SUMMARY]-() } END AS total // when $relation = 'IMPLEMENTS': WITH parentId, x, CASE WHEN NOT $withTotal THEN 0 ELSE COUNT { (x)<-[:IMPLEMENTS_SUMMARY]-() } END AS total
    WHEN NOT $withTotal THEN 0
    WHEN $relation = 'ISSUED' THEN COUNT { (x)<-[:ISSUED_SUMMARY]-() }
    ELSE COUNT { (x)<-[:IMPLEMENTS_SUMMARY]-() }
  END AS total // end when
CALL (x) {
  MATCH (x)<-[s:ISSUED_SUMMARY|IMPLEMENTS_SUMMARY]-(o:Organization) // when $relation = 'ISSUED': MATCH (x)<-[s:ISSUED_SUMMARY]-(o:Organization) // when $relation = 'IMPLEMENTS': MATCH (x)<-[s:IMPLEMENTS_SUMMARY]-(o:Organization)
  WHERE type(s) = $relation + '_SUMMARY' // end when
  WITH o, s ORDER BY s.evidence DESC, coalesce(s.lastSeen, '') DESC, o.nameKey, o.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({o: o, s: s}) AS candidates
}
CALL (x, candidates) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH x, i, candidates[i] AS c
  WHERE i < $limit
  WITH x, i, c.o AS o, c.s AS s
  // The summary lists the keys of the pair's newest claims (decision 0036): when they cover the
  // evidence asked, the page edge reads just those, by key; otherwise (more asked than listed, or
  // a summary not listed yet) its claims are read as below.
  WITH x, i, o, s, s.newest IS NOT NULL AND (size(s.newest) >= $evidenceLimit OR size(s.newest) = s.evidence) AS listed
  CALL (s, listed) { // unless $evidenceLimit: WITH *, [] AS newest
    WITH * WHERE $evidenceLimit > 0 AND listed
    // The list is in evidence order (ingest/load/cypher/add-claim-summaries.cypher): kept by position.
    UNWIND range(0, size(s.newest[0..$evidenceLimit]) - 1) AS place
    WITH s.newest[place] AS key, place
    // One key seek of the relation asked: the other type's seek is given null, which matches
    // nothing and reads nothing (a parameter filter would be planned after the seek). The hints
    // hold the seek whatever the statistics say: on a small graph the planner once chose a scan of
    // every claim per key (1,297 db hits instead of ~150 in a test run), the cost this list exists
    // to avoid. SEEK, not a plain USING INDEX, which a scan of the whole index also meets
    // (province-events.cypher).
    CALL (key) { // when $relation = 'IMPLEMENTS': MATCH ()-[r:IMPLEMENTS {key: key}]->() USING INDEX SEEK r:IMPLEMENTS(key) // when $relation = 'ISSUED': MATCH ()-[r:ISSUED {key: key}]->() USING INDEX SEEK r:ISSUED(key)
      MATCH ()-[r:IMPLEMENTS {key: CASE WHEN $relation = 'IMPLEMENTS' THEN key END}]->()
      USING INDEX SEEK r:IMPLEMENTS(key)
      RETURN r
      UNION ALL
      MATCH ()-[r:ISSUED {key: CASE WHEN $relation = 'ISSUED' THEN key END}]->()
      USING INDEX SEEK r:ISSUED(key)
      RETURN r
    } // end when
    WITH r ORDER BY place
    RETURN collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS newest
  } // end unless
  CALL (x, o, listed) { // unless $evidenceLimit: WITH *, [] AS sorted
    WITH * WHERE $evidenceLimit > 0 AND NOT listed // 0: the edges' evidence was not asked for, so no claim is read
    MATCH (o)-[r:ISSUED|IMPLEMENTS]->(x) // when $relation = 'ISSUED': MATCH (o)-[r:ISSUED]->(x) // when $relation = 'IMPLEMENTS': MATCH (o)-[r:IMPLEMENTS]->(x)
    WHERE type(r) = $relation // end when
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
  } // end unless
  WITH i, o, s, CASE WHEN listed THEN newest ELSE sorted END AS evidence
  WITH i, o, s, evidence ORDER BY i
  RETURN collect({node: o {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS edges
}
RETURN parentId, total, edges, size(candidates) > $limit AS hasMore
