// A document's diffusion read from one relationship per (body, document), not from every meeting
// about the document (decision 0044): `(o:Organization)-[:ORGANIZED_ABOUT_SUMMARY {firstMeeting}]->(d:Document)`
// holds the date of the earliest dated meeting the body organized about the document (over the
// ORGANIZED and ABOUT summaries). The loader and curation keep it in their write transaction
// (ingest/load/first-meetings.ts); built here once for a graph written before them (and for a
// store loaded by neo4j-admin).
MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e:Event)-[:ABOUT_SUMMARY]->(d:Document)
WHERE e.date IS NOT NULL
WITH o, d, min(e.date) AS first
MERGE (o)-[m:ORGANIZED_ABOUT_SUMMARY]->(d)
SET m.firstMeeting = first;
