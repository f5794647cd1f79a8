// Co-participants (decision 0044): which of the given (person, event) pairs already have a
// participation (a CHAIRED or ATTENDED summary) — read before a batch writes its claims, so that
// only the participations it adds count as new shared events.
UNWIND $pairs AS pair
MATCH (p:Person {id: pair.fromId})-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event {id: pair.toId})
RETURN DISTINCT p.id AS personId, e.id AS eventId
