// Body links (decision 0053), recounted: every BODY_LINK_SUMMARY of the given bodies, both ways,
// computed again from their officials' posts and events — after claims or posts were deleted or
// moved (a replaced article, a curator's merge, split or undo), when a pair may lose people or
// events or go. Reads each body's officials, their other posts, their events and those events'
// participants' posts: the price of an exact recount, which for a hub body is all of its events.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
WITH DISTINCT o
// Write-lock the body before reading it, as the co-participant recount locks its person.
SET o.bodyLinksLock = true
REMOVE o.bodyLinksLock
WITH o
CALL (o) {
  MATCH (o)-[old:BODY_LINK_SUMMARY]-()
  DELETE old
}
CALL (o) {
  MATCH (o)<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
  WITH DISTINCT o, p
  CALL (o, p) {
    MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
    WHERE other <> o
    RETURN DISTINCT other, p.id AS personId, null AS eventId
    UNION
    MATCH (p)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)<-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]-(q:Person)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(other:Organization)
    WHERE q <> p AND other <> o
    RETURN DISTINCT other, null AS personId, e.id AS eventId
  }
  WITH other, collect(DISTINCT personId) AS people, count(DISTINCT eventId) AS sharedEvents
  WITH other, {peopleIds: CASE WHEN size(people) = 0 THEN null ELSE people END, sharedPeople: size(people), sharedEvents: sharedEvents,
               strength: size(people) + sharedEvents,
               rank: right('000000000' + toString(size(people) + sharedEvents), 9)} AS link
  MERGE (o)-[there:BODY_LINK_SUMMARY]->(other)
  SET there += link, there.fromId = o.id
  MERGE (other)-[back:BODY_LINK_SUMMARY]->(o)
  SET back += link, back.fromId = other.id
}
