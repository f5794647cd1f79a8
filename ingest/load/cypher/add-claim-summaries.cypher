// Template for every claim type: CLAIM_TYPE is replaced from the fixed list (ingest/resolve/
// resolved-article.ts CLAIM_TYPES) at load time, never from input. Keeps one CLAIM_TYPE_SUMMARY
// relationship per pair of nodes with CLAIM_TYPE claims (docs/graph-model.md, decision 0017):
// `evidence` (how many claims), `firstSeen` / `lastSeen` (min / max of their asOf), so the API
// can count, order and page edges without reading the claims. Rows are the claims a batch has just
// created, grouped by pair (write-batch.ts): their count and dates are added to what is there.
UNWIND $rows AS row
MATCH (f:Entity {id: row.fromId})
MATCH (t:Entity {id: row.toId})
MERGE (f)-[s:CLAIM_TYPE_SUMMARY]->(t)
// Write-lock the summary before reading it: two ingests adding to one pair must not lose an update.
SET s.lock = true
WITH s, row
// toInteger: a count from the driver arrives as a float; the recount (count()) writes an integer,
// and a property must keep one type (the CSV export and every reader rely on it).
SET s.evidence = toInteger(coalesce(s.evidence, 0) + row.count),
    s.firstSeen = CASE WHEN s.firstSeen IS NULL OR row.firstSeen < s.firstSeen THEN coalesce(row.firstSeen, s.firstSeen) ELSE s.firstSeen END,
    s.lastSeen = CASE WHEN s.lastSeen IS NULL OR row.lastSeen > s.lastSeen THEN coalesce(row.lastSeen, s.lastSeen) ELSE s.lastSeen END
// The index keys a post's holders are read by, newest first (migration 110, decision 0037): set
// after lastSeen, in a SET of their own, so they read its new value.
SET s.toId = row.toId, s.recency = coalesce(s.lastSeen, '')
REMOVE s.lock
