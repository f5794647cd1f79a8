// Co-participants (decision 0044), recounted: every CO_PARTICIPANT_SUMMARY of the given people,
// both ways, computed again from their CHAIRED and ATTENDED summaries — after claims were deleted
// or moved (an article replaced, a curator's merge, split or undo), when a pair may lose shared
// events or go. Reads each person's events and their participants.
UNWIND $ids AS id
MATCH (x:Person {id: id})
WITH DISTINCT x
// Write-lock the person before reading their events, as the event retally locks its event.
SET x.coParticipantsLock = true
REMOVE x.coParticipantsLock
WITH x
CALL (x) {
  MATCH (x)-[old:CO_PARTICIPANT_SUMMARY]-()
  DELETE old
}
CALL (x) {
  MATCH (x)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(y:Person)
  WHERE y <> x
  WITH DISTINCT y, e
  ORDER BY coalesce(e.date, '') DESC, e.id
  WITH y, count(e) AS shared, collect(e)[0] AS latest
  WITH y, {sharedEvents: shared, latestEvent: latest.id, latestDate: coalesce(latest.date, ''),
           rank: right('000000000' + toString(shared), 9) + '|' + coalesce(latest.date, '')} AS pair
  MERGE (x)-[there:CO_PARTICIPANT_SUMMARY]->(y)
  SET there += pair, there.fromId = x.id
  MERGE (y)-[back:CO_PARTICIPANT_SUMMARY]->(x)
  SET back += pair, back.fromId = y.id
}
