// First meetings (decision 0044), recounted: every ORGANIZED_ABOUT_SUMMARY of the given bodies ($orgIds)
// and of the bodies organizing the given events ($eventIds) is computed again from their dated
// meetings' ABOUT summaries — after claims were deleted or moved (an article replaced, a curator's
// merge, split or undo), when a date may have to move later or a pair may lose its last meeting.
// Reads each body's meetings (its ORGANIZED summaries), not a document's.
CALL () {
  UNWIND $orgIds AS id
  MATCH (o:Organization {id: id})
  RETURN o
  UNION
  UNWIND $eventIds AS id
  MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(:Event {id: id})
  RETURN o
}
WITH DISTINCT o
// Write-lock the body before reading its meetings, as the event retally locks its event.
SET o.firstMeetingLock = true
REMOVE o.firstMeetingLock
WITH o
CALL (o) {
  MATCH (o)-[old:ORGANIZED_ABOUT_SUMMARY]->()
  DELETE old
}
CALL (o) {
  MATCH (o)-[:ORGANIZED_SUMMARY]->(e:Event)-[:ABOUT_SUMMARY]->(d:Document)
  WHERE e.date IS NOT NULL
  WITH d, min(e.date) AS first
  CREATE (o)-[:ORGANIZED_ABOUT_SUMMARY {firstMeeting: first}]->(d)
}
