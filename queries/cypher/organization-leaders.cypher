// The statements behind the holders of each post of each body who may hold it on $date, for "who
// led it on a date": per (post, person) every HOLDS and APPOINTED / ELECTED / LEFT. Posts are
// grouped by role (a merged body's posts of one role are one post), represented by the lowest id.
// The API keeps, per post, the holder on the date (src/analytics/tenures.ts holderOn: the tenure
// that started latest on or before it, unless ended before it).
// Bounded by the post, not its holders (decision 0043): a person with no tenure event on the post
// (only ever seen holding it) has one tenure, from their first sighting, never ended — so of those,
// only the one first seen latest on or before $date can be the holder, with its ties: read from the
// holds_summary_to_first_seen index newest first and stopped at the first date. Everyone with a
// tenure event (appointed, elected, left: few per post) is read whole. A role of several posts (a
// merged body's) reads all its holders, as their first sightings are per post.
// Bounded: at most 200 posts per body, 500 holders per post, 500 statements per holder.
// example-params: {"ids": "@Organization", "date": "2024-01-01"}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})<-[:OF]-(pos:Position)
WITH parentId, pos ORDER BY pos.id
WITH parentId, pos.role AS role, collect(pos) AS posts
WITH parentId, head(posts) AS post, posts
CALL (post, posts) {
  UNWIND posts AS twin
  MATCH (twin)<-[:APPOINTED|ELECTED|LEFT]-(p:Person)
  RETURN DISTINCT p
  UNION
  WITH posts WHERE size(posts) > 1
  UNWIND posts AS twin
  MATCH (twin)<-[:HOLDS_SUMMARY]-(p:Person)
  RETURN DISTINCT p
  UNION
  WITH post, posts WHERE size(posts) = 1
  CALL (post) {
    MATCH (seen:Person)-[s:HOLDS_SUMMARY]->(:Position)
    WHERE s.toId = post.id AND s.firstSeen <= $date
      AND NOT EXISTS { (seen)-[:APPOINTED|ELECTED|LEFT]->(post) }
    WITH s ORDER BY s.toId DESC, s.firstSeen DESC
    LIMIT 1
    RETURN s.firstSeen AS latest
  }
  MATCH (p:Person)-[s:HOLDS_SUMMARY]->(:Position)
  WHERE s.toId = post.id AND s.firstSeen = latest
    AND NOT EXISTS { (p)-[:APPOINTED|ELECTED|LEFT]->(post) }
  RETURN DISTINCT p
}
WITH parentId, post, posts, p
UNWIND posts AS twin
MATCH (twin)<-[r:HOLDS|APPOINTED|ELECTED|LEFT]-(p)
WITH parentId, post, p,
     collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor})[..500] AS statements
WITH parentId, post, collect({person: p {.*}, position: post {.*}, statements: statements})[..500] AS holders
WITH parentId, collect(holders)[..200] AS perPost
RETURN parentId, reduce(all = [], h IN perPost | all + h) AS rows
