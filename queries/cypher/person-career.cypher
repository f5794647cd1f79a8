// The statements behind each person's career: for each post, every HOLDS (seen holding it as of
// an article's date) and every APPOINTED / ELECTED / LEFT (with the date the text gives,
// `statedOn`), with evidence. The API orders them into tenures (src/analytics/tenures.ts).
// Bounded: at most 200 posts per person, 500 statements per post.
// example-params: {"ids": "@Person"}
UNWIND $ids AS parentId
MATCH (p:Person {id: parentId})-[r:HOLDS|APPOINTED|ELECTED|LEFT]->(pos:Position)
WITH parentId, p, pos,
     collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor})[..500] AS statements
ORDER BY pos.id
WITH parentId, collect({person: p {.*}, position: pos {.*}, statements: statements})[..200] AS rows
RETURN parentId, rows
