// Co-participants (decision 0044): for each event, the people who joined it in this batch
// ($events: {id, newIds}, read before the batch by participations-known.cypher) share it with
// everyone now taking part: each ordered pair (new, anyone) and (earlier participant, new) gains
// one shared event, once, and its latest shared event moves to this one when this one is newer
// (date newest first, '' when undated, then the smaller id — the order the read pages by). Reads
// only these events' participants, never a pair's other events: a write to a hub person costs the
// same at any size.
UNWIND $events AS row
MATCH (e:Event {id: row.id})
MATCH (z:Person)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e)
WITH DISTINCT row, e, z
UNWIND row.newIds AS newId
WITH row, e, z, newId
WHERE z.id <> newId
MATCH (y:Person {id: newId})
UNWIND CASE WHEN z.id IN row.newIds THEN [[y, z]] ELSE [[y, z], [z, y]] END AS pair
WITH pair[0] AS a, pair[1] AS b, e
ORDER BY coalesce(e.date, '') DESC, e.id
WITH a, b, count(e) AS added, collect(e)[0] AS latest
MERGE (a)-[c:CO_PARTICIPANT_SUMMARY]->(b)
// Write-lock the pair before reading it: two ingests adding to one pair must not lose an update.
SET c.lock = true
WITH a, c, added, coalesce(latest.date, '') AS date, latest.id AS eventId
WITH a, c, added, date, eventId,
     c.latestEvent IS NULL OR date > c.latestDate OR (date = c.latestDate AND eventId < c.latestEvent) AS newer
SET c.sharedEvents = toInteger(coalesce(c.sharedEvents, 0) + added),
    c.latestEvent = CASE WHEN newer THEN eventId ELSE c.latestEvent END,
    c.latestDate = CASE WHEN newer THEN date ELSE c.latestDate END,
    c.fromId = a.id
SET c.rank = right('000000000' + toString(c.sharedEvents), 9) + '|' + c.latestDate
REMOVE c.lock
