// How each document spread (decision 0022): every body with evidence of taking it up, with the
// date of its first evidence of each kind — the earliest article saying it IMPLEMENTS the document
// (the summary's firstSeen), and the earliest dated meeting it ORGANIZED ABOUT the document (the
// pair's ORGANIZED_ABOUT_SUMMARY firstMeeting, kept by the loader: decision 0044). The API
// computes levels, lags, the page and the monthly series (src/analytics/diffusion.ts).
// Bounded: one row per body, read from two per-pair relationships (one per body, never one per
// article or meeting: decisions 0017, 0044), at most 10,000 bodies per document (Vietnam has about
// 10,600 communes).
// example-params: {"ids": "@Document"}
UNWIND $ids AS parentId
MATCH (d:Document {id: parentId})
CALL (d) {
  MATCH (d)<-[s:IMPLEMENTS_SUMMARY]-(o:Organization)
  RETURN o, s.firstSeen AS implementsFrom, s.evidence AS evidence, null AS eventFrom
  UNION ALL
  MATCH (d)<-[m:ORGANIZED_ABOUT_SUMMARY]-(o:Organization)
  RETURN o, null AS implementsFrom, 0 AS evidence, m.firstMeeting AS eventFrom
}
WITH parentId, o, min(implementsFrom) AS implementsFrom, sum(evidence) AS evidence, min(eventFrom) AS eventFrom
ORDER BY o.id
WITH parentId, collect({organization: o {.*}, implementsFrom: implementsFrom, evidence: evidence, eventFrom: eventFrom})[..10000] AS rows
RETURN parentId, rows
