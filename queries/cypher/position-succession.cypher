// The statements behind each post's succession: every person who HOLDS it or was appointed to,
// elected to or left it, with those statements. A post is its role in its body: after a merge of
// two bodies the merged-away body's Position nodes point OF the survivor, and their holders are
// this post's too. The API orders them into tenures (src/analytics/tenures.ts).
// Bounded: at most 500 holders per post, 500 statements per holder.
// example-params: {"ids": "@Position"}
UNWIND $ids AS parentId
MATCH (post:Position {id: parentId})
CALL (post) {
  MATCH (post)-[:OF]->(o:Organization)<-[:OF]-(twin:Position)
  WHERE twin.role = post.role
  RETURN twin
  UNION
  RETURN post AS twin
}
MATCH (twin)<-[r:HOLDS|APPOINTED|ELECTED|LEFT]-(p:Person)
WITH parentId, post, p,
     collect(r {kind: type(r), .statedOn, .articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor})[..500] AS statements
ORDER BY p.id
WITH parentId, collect({person: p {.*}, position: post {.*}, statements: statements})[..500] AS rows
RETURN parentId, rows
