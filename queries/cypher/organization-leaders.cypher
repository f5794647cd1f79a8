// The statements behind the holders of each post of each body, for "who led it on a date": per
// (post, person) every HOLDS and APPOINTED / ELECTED / LEFT. Posts are grouped by role (a merged
// body's posts of one role are one post), represented by the lowest id. The API keeps, per post,
// the holder on the date asked (src/analytics/tenures.ts).
// Bounded: at most 200 posts per body, 500 holders per post.
// example-params: {"ids": "@Organization"}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})<-[:OF]-(pos:Position)
WITH parentId, pos ORDER BY pos.id
WITH parentId, pos.role AS role, collect(pos) AS posts
WITH parentId, role, head(posts) AS post, posts
UNWIND posts AS twin
MATCH (twin)<-[r:HOLDS|APPOINTED|ELECTED|LEFT]-(p:Person)
WITH parentId, post, p,
     collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor})[..500] AS statements
WITH parentId, post, collect({person: p {.*}, position: post {.*}, statements: statements})[..500] AS holders
WITH parentId, collect(holders)[..200] AS perPost
RETURN parentId, reduce(all = [], h IN perPost | all + h) AS rows
