// A post written without its body in one article ("Bộ trưởng Nguyễn Kim Sơn") is the person's post
// of that role with a body when the graph knows exactly one ("Bộ trưởng Bộ Giáo dục và Đào tạo"):
// its HOLDS claims move there (same key, same evidence; toResolvedId still names the bodiless post,
// so a re-ingest rewrites them to it and this statement moves them again). Returns the pairs, whose
// HOLDS summaries the loader then recounts. With two or more bodied
// posts of that role, which one is not known, and the bodiless post stays.
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})-[:HOLDS]->(u:Position {unresolved: true})
WITH DISTINCT p, u
MATCH (p)-[:HOLDS]->(b:Position)-[:OF]->()
WHERE b.role = u.role
WITH p, u, collect(DISTINCT b) AS bodied
WHERE size(bodied) = 1
WITH p, u, bodied[0] AS b
// How the post was written there ("Minister of Education and Training") becomes an alias of the post.
SET b.aliases = coalesce(b.aliases, []) + [a IN coalesce(u.aliases, []) WHERE NOT a IN coalesce(b.aliases, [])]
// An empty list is never stored (absent means none, decision 0014).
FOREACH (_ IN CASE WHEN b.aliases = [] THEN [1] ELSE [] END | REMOVE b.aliases)
WITH p, u, b
MATCH (p)-[h:HOLDS]->(u)
WITH p, u, b, h, properties(h) AS props
DELETE h
CREATE (p)-[moved:HOLDS]->(b)
SET moved = props
RETURN p.id AS personId, u.id AS fromPostId, b.id AS toPostId, count(moved) AS moved
