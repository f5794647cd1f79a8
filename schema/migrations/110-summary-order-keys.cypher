// A body's officials read in order from an index, not sorted from all its (person, post) pairs
// (decision 0037). Every claim summary carries `toId` (its end node's id) and `recency` (its
// `lastSeen`, '' when no claim is dated, so every summary is in the index); the loader keeps both
// in the statements that write `lastSeen`. The composite index on HOLDS_SUMMARY finds one post's
// holders newest first and stops after the page.
CREATE INDEX holds_summary_to_recency IF NOT EXISTS FOR ()-[s:HOLDS_SUMMARY]-() ON (s.toId, s.recency);
// Set once here for the summaries of a graph written before the loader kept them (one statement
// per claim type of the time; ingest/load/cypher/summary-order-keys.cypher is the same for a
// restored snapshot).
MATCH ()-[s:CHAIRED_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:ATTENDED_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:HOLDS_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:IMPLEMENTS_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:ISSUED_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:ORGANIZED_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:ABOUT_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:APPOINTED_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:ELECTED_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
MATCH ()-[s:LEFT_SUMMARY]->(t) SET s.toId = t.id, s.recency = coalesce(s.lastSeen, '');
