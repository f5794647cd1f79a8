// Each claim summary lists the keys of its pair's 20 newest claims, in evidence order (asOf newest
// first, then article, sentence, offset, key): `newest` (decision 0036). The loader keeps it from
// now on (ingest/load/cypher/add-claim-summaries.cypher, recount-claim-summaries.cypher; 20 is
// NEWEST_EVIDENCE_KEPT there). Listed here only for the pairs with more than 20 claims: a pair
// with fewer is read whole by the API and listed by the loader at its next write, and one
// statement per claim type keeps each transaction to the hub pairs (a 100k-article graph has
// hundreds of thousands of small pairs).
MATCH (f)-[s:CHAIRED_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:CHAIRED]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:ATTENDED_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:ATTENDED]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:HOLDS_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:HOLDS]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:IMPLEMENTS_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:IMPLEMENTS]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:ISSUED_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:ISSUED]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:ORGANIZED_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:ORGANIZED]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:ABOUT_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:ABOUT]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:APPOINTED_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:APPOINTED]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:ELECTED_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:ELECTED]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
MATCH (f)-[s:LEFT_SUMMARY]->(t)
WHERE s.evidence > 20 AND s.newest IS NULL
CALL (f, t) {
  MATCH (f)-[r:LEFT]->(t)
  WITH r ORDER BY coalesce(r.asOf, '') DESC, r.articleId, r.sentenceIndex, r.start, r.key
  RETURN collect(r.key)[0..20] AS newest
}
SET s.newest = newest;
