// First meetings (decision 0044): for events that gained an organizer or a document in this batch,
// each (body, document) pair they link has its ORGANIZED_ABOUT_SUMMARY.firstMeeting moved earlier to the
// event's date if it is earlier (created when the pair had none). Only the given events are read,
// never the pair's other meetings, so a write to a hub document costs the same at any size; a
// date only ever moves earlier here (what deletes or moves claims recounts: refirst-meetings).
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE e.date IS NOT NULL
MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e)-[:ABOUT_SUMMARY]->(d:Document)
WITH o, d, min(e.date) AS first
MERGE (o)-[m:ORGANIZED_ABOUT_SUMMARY]->(d)
// Write-lock the pair before reading its date: two ingests must not each keep their own minimum.
SET m.lock = true
SET m.firstMeeting = CASE WHEN m.firstMeeting IS NULL OR first < m.firstMeeting THEN first ELSE m.firstMeeting END
REMOVE m.lock
