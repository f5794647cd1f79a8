// Template for every claim type (CLAIM_TYPE from the fixed list, never from input): sets the index
// keys of the summaries that lack them (`toId`, `recency`: migration 110, decision 0037) — a
// snapshot written before the loader kept them is restored without.
MATCH ()-[s:CLAIM_TYPE_SUMMARY]->(t)
WHERE s.recency IS NULL OR s.toId IS NULL
SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '')
