// People matching a dashboard's filter (PersonWhere): those seen holding (HOLDS_SUMMARY) a post of
// $role, of body $bodyId, or of a body of $province; every field given must hold on one same post.
// With no filter, every person. In the order asked (folded name, either direction), one page after
// a keyset cursor (sortKey, nameKey, id) (decisions 0023, 0029). The posts are read from the most
// selective filter given, as in positions-where.cypher: one UNION branch per start (body, then the
// position_role index, then organization_province), pruned by its constant condition, so no query
// text depends on the request. Absent filters are '' never null: one cached plan per file.
// example-params: {"bodyId": "", "role": "", "province": "", "desc": false, "afterKey": "", "afterName": "", "afterId": "", "limit": 20}
CALL () {
  WITH 1 AS start WHERE $bodyId <> ''
  MATCH (:Organization {id: $bodyId})<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
  RETURN p
  UNION
  WITH 1 AS start WHERE $bodyId = '' AND $role <> ''
  MATCH (pos:Position {role: $role})<-[:HOLDS_SUMMARY]-(p:Person)
  WHERE $province = '' OR EXISTS { (pos)-[:OF]->(:Organization {province: $province}) }
  RETURN p
  UNION
  WITH 1 AS start WHERE $bodyId = '' AND $role = '' AND $province <> ''
  MATCH (:Organization {province: $province})<-[:OF]-(:Position)<-[:HOLDS_SUMMARY]-(p:Person)
  RETURN p
  UNION
  WITH 1 AS start WHERE $bodyId = '' AND $role = '' AND $province = ''
  MATCH (p:Person)
  RETURN p
}
// The body start read the body's posts only: check role and province on one of them.
WITH DISTINCT p
WHERE $bodyId = ''
   OR EXISTS {
     MATCH (p)-[:HOLDS_SUMMARY]->(pos:Position)-[:OF]->(o:Organization {id: $bodyId})
     WHERE ($role = '' OR pos.role = $role) AND ($province = '' OR o.province = $province)
   }
WITH p, coalesce(p.nameKey, '') AS nameKey
WITH collect({p: p, nameKey: nameKey, sortKey: nameKey}) AS matched
CALL (matched) {
  UNWIND matched AS m
  WITH m
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.nameKey > $afterName OR (m.nameKey = $afterName AND m.p.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.nameKey, m.p.id
  LIMIT $limit + 1
  WITH m, m.p AS p
  RETURN collect({node: p {.*}, key: [m.sortKey, m.nameKey, p.id]}) AS candidates
}
RETURN size(matched) AS total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
