// The HOLDS statements of each person in the posts $positionIds (one post, or a merged body's
// twins), for the evidence of a tenure built from the summary of their sightings: read only when a
// leaders-on-a-date answer asks a tenure's evidence (decision 0061). The first 500 in the tenure's
// evidence order (dated oldest first, then undated: src/analytics/tenures.ts), so any evidence page
// (at most 100) is exact however many sightings the pair has.
// example-params: {"ids": "@Person", "positionIds": "@Position"}
UNWIND $ids AS personId
MATCH (p:Person {id: personId})-[r:HOLDS]->(twin:Position)
WHERE twin.id IN $positionIds
WITH personId, r ORDER BY r.asOf IS NULL, r.asOf, r.articleId, r.start
WITH personId, collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor})[..500] AS rows
RETURN personId AS parentId, rows
