// The communities of the last `kg analyse` (decision 0022), largest first: read in the order of
// the community_rank index after the cursor's rank ($afterRank, keyset) and stopped after the
// page; counted only when $withTotal.
// example-params: {"afterRank": 0, "limit": 20, "withTotal": true}
CALL () {
  WITH 1 AS asked WHERE $withTotal
  MATCH (c:Community)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Community) WHERE c.rank > $afterRank
  WITH c ORDER BY c.rank
  LIMIT $limit + 1
  RETURN collect(c {.*}) AS candidates
}
RETURN total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
