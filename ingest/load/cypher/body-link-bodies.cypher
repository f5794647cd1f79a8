// Body links (decision 0053): the bodies each given person — and each holder of a post the batch
// gives a new body ($posts: {fromId: post, toId: body}) — is an official of (holds a post of, over the HOLDS summaries, at any time). Read before and after
// a batch writes its claims and posts: a person whose bodies changed changes those bodies' links.
CALL () {
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  RETURN p
  UNION
  // Only a post the batch gives a body it is not yet OF changes its holders' bodies: a batch names
  // the body of every post it mentions, nearly always one the post already has.
  UNWIND $posts AS post
  MATCH (pos:Position {id: post.fromId})
  WHERE NOT EXISTS { (pos)-[:OF]->(:Organization {id: post.toId}) }
  MATCH (pos)<-[:HOLDS_SUMMARY]-(p:Person)
  RETURN p
}
RETURN p.id AS personId,
       COLLECT { MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization) RETURN DISTINCT o.id } AS bodyIds
