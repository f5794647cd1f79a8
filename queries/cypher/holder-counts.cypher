// People seen holding a post (HOLDS_SUMMARY), counted by group: the post's role, or its body's
// province, kind or level ('central': no province); a person counts once per group, under null
// when the post has no body (or the body no province). Largest groups first, at most $limit.
// The read starts from the most selective filter given: posts of $role (position_role index), else
// the posts of bodies of $province (organization_province), else of $kinds (organization_kind),
// else every post; one UNION branch applies, the others are pruned by their constant condition.
// Absent filters are '' (text) and [] (kinds), never null: Neo4j caches a plan per query text and
// parameter types, so one type per parameter is one plan per file, made once by the server's warm-up
// (with null a first request of each new combination planned this whole UNION again: seconds).
// example-params: {"role": "", "province": "", "kinds": [], "level": "", "groupBy": "role", "limit": 50}
CALL () {
  WITH 1 AS start WHERE $role <> ''
  MATCH (pos:Position {role: $role})
  RETURN pos
  UNION
  WITH 1 AS start WHERE $role = '' AND $province <> ''
  MATCH (:Organization {province: $province})<-[:OF]-(pos:Position)
  RETURN pos
  UNION
  WITH 1 AS start WHERE $role = '' AND $province = '' AND size($kinds) > 0
  MATCH (o:Organization)<-[:OF]-(pos:Position) WHERE o.kind IN $kinds
  RETURN pos
  UNION
  WITH 1 AS start WHERE $role = '' AND $province = '' AND size($kinds) = 0
  MATCH (pos:Position)
  RETURN pos
}
OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
WITH pos, o
WHERE ($role = '' OR pos.role = $role)
  AND ($province = '' OR o.province = $province)
  AND (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($level = '' OR (o IS NOT NULL AND ($level = 'central') = (o.province IS NULL)))
MATCH (p:Person)-[:HOLDS_SUMMARY]->(pos)
WITH p, CASE $groupBy
          WHEN 'role' THEN pos.role
          WHEN 'province' THEN o.province
          WHEN 'kind' THEN o.kind
          ELSE CASE WHEN o IS NULL THEN null WHEN o.province IS NULL THEN 'central' ELSE 'local' END
        END AS key
WITH key, count(DISTINCT p) AS count
ORDER BY count DESC, key
LIMIT $limit
RETURN key, count
