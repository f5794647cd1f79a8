// A person's co-participants read from one summary per pair of people, in index order, not from
// every event of the person (decision 0044): `(x:Person)-[:CO_PARTICIPANT_SUMMARY]->(y:Person)`,
// both ways, carries the number of events both chaired or attended (`sharedEvents`), the latest of
// them (`latestEvent`, `latestDate`: date newest first, '' when undated, then the smaller id),
// `fromId` (x's id) and `rank` (sharedEvents zero-padded to 9 digits, '|', latestDate), so that
// the composite index below gives x's strongest pairs first. The loader and curation keep them in
// their write transaction (ingest/load/co-participants.ts); built here once for a graph written
// before them.
CREATE INDEX co_participant_from_rank IF NOT EXISTS FOR ()-[c:CO_PARTICIPANT_SUMMARY]-() ON (c.fromId, c.rank);
MATCH (x:Person)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
WHERE y <> x
WITH DISTINCT x, y, e
ORDER BY coalesce(e.date, '') DESC, e.id
WITH x, y, count(e) AS shared, collect(e)[0] AS latest
MERGE (x)-[c:CO_PARTICIPANT_SUMMARY]->(y)
SET c.sharedEvents = shared, c.latestEvent = latest.id, c.latestDate = coalesce(latest.date, ''),
    c.fromId = x.id, c.rank = right('000000000' + toString(shared), 9) + '|' + coalesce(latest.date, '');
