// The statements behind the holders of each post of each body who may hold it on $date, for "who
// led it on a date". Posts are grouped by role (a merged body's posts of one role are one post),
// represented by the lowest id. The API keeps, per post, the holder on the date
// (src/analytics/tenures.ts holderOn: the tenure that started latest on or before it, unless ended
// before it).
// Bounded by the post, not its holders (decision 0043): a person with no tenure event on the post
// (only ever seen holding it) has one tenure, from their first sighting, never ended — so of those,
// only the one first seen latest on or before $date can be the holder, with its ties: read from the
// holds_summary_to_first_seen index newest first and stopped at the first date. Everyone with a
// tenure event (appointed, elected, left: few per post) is read whole. A role of several posts (a
// merged body's) reads all its holders, as their first sightings are per post.
// Bounded by the holder, not their sightings (decision 0061): a holder with no tenure event on the
// role's posts comes with `seen` — the first and last sighting and the count of sightings from
// their HOLDS_SUMMARY, all that tenure is (src/analytics/tenures.ts sightingsTenure) — and no
// statements; the API reads their sightings only if the tenure's evidence is asked
// (holder-sightings.cypher). A holder with a tenure event comes with every statement
// (`seen` null), as before.
// Bounded: at most 200 posts per body, 500 holders per post, 500 statements per holder.
// example-params: {"ids": "@Organization", "date": "2024-01-01"}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})<-[:OF]-(pos:Position)
WITH parentId, pos ORDER BY pos.id
WITH parentId, pos.role AS role, collect(pos) AS posts
WITH parentId, head(posts) AS post, posts
// The people with a tenure event on the role's posts, read from the posts' side (few per post).
CALL (posts) {
  UNWIND posts AS twin
  OPTIONAL MATCH (twin)<-[:APPOINTED|ELECTED|LEFT]-(e:Person)
  RETURN collect(DISTINCT e) AS eventful
}
CALL (post, posts, eventful) {
  UNWIND eventful AS p
  RETURN p, null AS seen
  UNION
  WITH posts, eventful WHERE size(posts) > 1
  UNWIND posts AS twin
  MATCH (twin)<-[s:HOLDS_SUMMARY]-(p:Person)
  WHERE NOT p IN eventful
  WITH p, min(s.firstSeen) AS firstSeen, max(s.lastSeen) AS lastSeen, sum(s.evidence) AS evidence
  RETURN p, {firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence} AS seen
  UNION
  WITH post, posts, eventful WHERE size(posts) = 1
  CALL (post, eventful) {
    // Hinted to seek, not scan the whole index in order (province-events.cypher): one CI run read
    // +966 db hits here for 500 more holders where the seek reads none.
    MATCH (other:Person)-[s:HOLDS_SUMMARY]->(:Position)
    USING INDEX SEEK s:HOLDS_SUMMARY(toId, firstSeen)
    WHERE s.toId = post.id AND s.firstSeen <= $date AND NOT other IN eventful
    WITH s ORDER BY s.toId DESC, s.firstSeen DESC
    LIMIT 1
    RETURN s.firstSeen AS latest
  }
  MATCH (p:Person)-[s:HOLDS_SUMMARY]->(:Position)
  USING INDEX SEEK s:HOLDS_SUMMARY(toId, firstSeen)
  WHERE s.toId = post.id AND s.firstSeen = latest AND NOT p IN eventful
  RETURN p, {firstSeen: s.firstSeen, lastSeen: s.lastSeen, evidence: s.evidence} AS seen
}
// Statements only for the holders with a tenure event (seen is null).
CALL (posts, p, seen) {
  UNWIND CASE WHEN seen IS NULL THEN posts ELSE [] END AS twin
  MATCH (twin)<-[r:HOLDS|APPOINTED|ELECTED|LEFT]-(p)
  RETURN collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor})[..500] AS statements
}
WITH parentId, post,
     collect({person: p {.*}, position: post {.*}, statements: statements, seen: seen, positionIds: [twin IN posts | twin.id]})[..500] AS holders
WITH parentId, collect(holders)[..200] AS perPost
RETURN parentId, reduce(all = [], h IN perPost | all + h) AS rows
