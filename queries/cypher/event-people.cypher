// The chairs or attendees ($relation CHAIRED / ATTENDED) of each event, most evidence first.
// Bounded by the page (decision 0017): edges are counted (only when $withTotal), ordered and paged
// on the per-pair summaries (CHAIRED_SUMMARY / ATTENDED_SUMMARY: one per person, not one per article), and claims are read
// only for the page's edges, at most $evidenceLimit each, newest first.
// example-params: {"ids": "@Event", "relation": "ATTENDED", "offset": 0, "limit": 20, "withTotal": true, "evidenceLimit": 100, "withSummary": true}
// A folded statement, whose text is built per shape, writes each `// when` block for the relation
// asked: it expands the one summary type instead of both and a filter on the type (the folded events
// page's chairs and attendees, decision 0078).
UNWIND $ids AS parentId
MATCH (x:Event {id: parentId})
CALL (x) { // unless $withTotal: WITH *, 0 AS total
  WITH x WHERE $withTotal
  MATCH (x)<-[s:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(p:Person) // when $relation = 'CHAIRED': MATCH (x)<-[s:CHAIRED_SUMMARY]-(p:Person) // when $relation = 'ATTENDED': MATCH (x)<-[s:ATTENDED_SUMMARY]-(p:Person)
  WHERE type(s) = $relation + '_SUMMARY' // end when
  RETURN count(*) AS total
} // end unless
CALL (x) {
  MATCH (x)<-[s:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(p:Person) // when $relation = 'CHAIRED': MATCH (x)<-[s:CHAIRED_SUMMARY]-(p:Person) // when $relation = 'ATTENDED': MATCH (x)<-[s:ATTENDED_SUMMARY]-(p:Person)
  WHERE type(s) = $relation + '_SUMMARY' // end when
  WITH p, s ORDER BY s.evidence DESC, p.nameKey, p.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({p: p, s: s}) AS candidates
}
CALL (x, candidates) { // unless $evidenceLimit: WITH *, [] AS evidenced
  WITH x, candidates WHERE $evidenceLimit > 0 // none asked: the edges are built from the candidates below
  UNWIND range(0, size(candidates) - 1) AS i
  WITH x, i, candidates[i] AS c
  WHERE i < $limit
  WITH x, i, c.p AS p, c.s AS s
  CALL (x, p) {
    MATCH (p)-[r:CHAIRED|ATTENDED]->(x) // when $relation = 'CHAIRED': MATCH (p)-[r:CHAIRED]->(x) // when $relation = 'ATTENDED': MATCH (p)-[r:ATTENDED]->(x)
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
    ORDER BY seen DESC, r.articleId, r.sentenceIndex, r.start LIMIT $evidenceLimit
    WITH r
    RETURN collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS evidence
  }
  WITH i, p, s, evidence ORDER BY i
  RETURN collect({node: p {.*}, evidence: evidence, evidenceCount: s.evidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen}) AS evidenced
} // end unless
// Without evidence, the page's edges in the candidates' order, their summary's figures only when
// the edges show them ($withSummary): a list of events with their participants' names sent each
// participant's count and dates for nothing (decision 0068).
RETURN parentId, total,
  CASE WHEN $evidenceLimit > 0 THEN evidenced
       WHEN $withSummary THEN [c IN candidates[..$limit] | {node: properties(c.p), evidenceCount: c.s.evidence, firstSeen: c.s.firstSeen, lastSeen: c.s.lastSeen}]
       ELSE [c IN candidates[..$limit] | {node: properties(c.p)}]
  END AS edges,
  size(candidates) > $limit AS hasMore
