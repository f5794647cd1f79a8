// The bodies linked to each body through people (decision 0022): `sharedPeople`, the people who
// held a post of both (HOLDS, at any time), and `sharedEvents`, the events where an official of
// one and another official of the other both chaired or attended. Strongest link (their sum)
// first, then by name. Counted only when $withTotal.
// Read from the body's BODY_LINK_SUMMARY pairs (decision 0053), which the loader and curation keep
// (shared people's ids, shared events, `rank` = their sum zero-padded): exact, whatever the number
// of officials and events behind them. The composite index on (fromId, rank) gives the strongest
// links first, so reading offset + limit + 1 of them finds the weakest rank the page (and the
// one-more probe) can reach; then only the links ranked on or above it are read and sorted by the
// full key (rank, then nameKey, id) — the same page as sorting every link (decision 0028's cutoff,
// as 0044 reads a person's co-participants). totalCount is the body's number of links (a degree).
// A link's people: its first five shared people by name, read from its ids.
// example-params: {"ids": "@Organization", "offset": 0, "limit": 20, "withTotal": true}
UNWIND $ids AS parentId
MATCH (o:Organization {id: parentId})
CALL (o) {
  WITH o WHERE $withTotal
  RETURN sum(COUNT { (o)-[:BODY_LINK_SUMMARY]->() }) AS total
}
CALL (o) {
  CALL (o) {
    // Matched by its index keys, not from the body, and ordered and limited in the RETURN: so
    // written, the planner seeks the index for the body's links in order (as person-co-participants).
    WITH o.id AS bodyId
    MATCH ()-[l:BODY_LINK_SUMMARY]->()
    // Hinted to seek: on a small graph's statistics the planner met the order with a scan of the
    // whole index filtered by body, and kept that plan as the graph grew (province-events.cypher).
    USING INDEX SEEK l:BODY_LINK_SUMMARY(fromId, rank)
    WHERE l.fromId = bodyId AND l.rank IS NOT NULL
    RETURN l.rank AS rank
    ORDER BY l.fromId DESC, l.rank DESC
    LIMIT $offset + $limit + 1
  }
  RETURN min(rank) AS cutoff
}
CALL (o, cutoff) {
  WITH o.id AS bodyId
  MATCH ()-[l:BODY_LINK_SUMMARY]->(other:Organization)
  WHERE l.fromId = bodyId AND l.rank >= cutoff
  WITH l, other
  ORDER BY l.rank DESC, other.nameKey, other.id
  SKIP $offset LIMIT $limit + 1
  RETURN collect({node: other {.*}, sharedPeople: l.sharedPeople, sharedEvents: l.sharedEvents,
                  people: COLLECT {
                    UNWIND l.peopleIds AS personId
                    MATCH (p:Person {id: personId})
                    RETURN p {.*} AS person ORDER BY p.nameKey, p.id LIMIT 5
                  }}) AS candidates
}
RETURN parentId, total, candidates[..$limit] AS edges, size(candidates) > $limit AS hasMore
