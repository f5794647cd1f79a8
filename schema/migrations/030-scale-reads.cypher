// Reads bounded by the page (decision 0017). Events are listed by date: a range index on
// Event.date lets a date range be read in order and stop after the page (keyset cursors).
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
// Per-pair claim summaries, which the loader now keeps in the transaction that writes the claims:
// built here once for the claims of a graph written before them (one statement per claim type of
// the time; a claim type added later is summarised by the loader from its first write).
MATCH (f)-[r:CHAIRED]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:CHAIRED_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
MATCH (f)-[r:ATTENDED]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:ATTENDED_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
MATCH (f)-[r:HOLDS]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:HOLDS_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
MATCH (f)-[r:IMPLEMENTS]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:IMPLEMENTS_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
MATCH (f)-[r:ISSUED]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:ISSUED_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
MATCH (f)-[r:ORGANIZED]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:ORGANIZED_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
MATCH (f)-[r:ABOUT]->(t)
WITH f, t, count(r) AS claims, min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
MERGE (f)-[s:ABOUT_SUMMARY]->(t)
SET s.evidence = claims, s.firstSeen = firstSeen, s.lastSeen = lastSeen;
