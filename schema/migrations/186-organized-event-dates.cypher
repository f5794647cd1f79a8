// A province's events newest first, read per body in date order to the page (decision 0069): each
// `ORGANIZED_SUMMARY` carries its event's date (`eventDate`, '' when undated, so the index holds
// every event) and its organizer's id (`fromId`), the keys of the composite index below, which
// gives one body's events in date order without reading the others. retally-events.cypher keeps
// both in the transaction that writes an event or its organizers (the loader, curation and `kg
// import` all run it); set here once for a graph written before, a page of summaries per
// transaction.
CREATE INDEX organized_summary_from_date IF NOT EXISTS FOR ()-[r:ORGANIZED_SUMMARY]-() ON (r.fromId, r.eventDate);
MATCH (o:Organization)-[r:ORGANIZED_SUMMARY]->(e:Event)
WHERE r.eventDate IS NULL OR r.eventDate <> coalesce(e.date, '') OR r.fromId IS NULL OR r.fromId <> o.id
CALL (o, r, e) {
  SET r.eventDate = coalesce(e.date, ''), r.fromId = o.id
} IN TRANSACTIONS OF 5000 ROWS;
