// A body's leaders on a date (decision 0043): of the people only ever seen holding a post (one
// tenure each, from their first sighting, never ended), the holder on a date is the one first seen
// latest on or before it. The composite index on HOLDS_SUMMARY finds one post's holders by
// `firstSeen` (already on every summary: the min of its claims' asOf), newest first, and the read
// stops at the first. `toId` is the post's id (migration 110).
CREATE INDEX holds_summary_to_first_seen IF NOT EXISTS FOR ()-[s:HOLDS_SUMMARY]-() ON (s.toId, s.firstSeen);
