// Posts matching a dashboard's filter (PositionWhere), in the order asked, one page after a keyset
// cursor (decision 0023, 0029). The read starts from the most selective filter given: the posts OF
// body $bodyId, else posts of $role (position_role index), else the posts of bodies of $province
// (organization_province), else every post. Each start is one UNION branch whose constant condition
// prunes it unless it is the one that applies, so every branch is planned with its index and no
// query text depends on the request; the other filters are then checked on what was read. $field is
// 'name', 'role' or 'province'; the cursor is the last post's (sortKey, name, id). Absent filters are
// '' never null: one parameter type per parameter, one cached plan per file.
// example-params: {"bodyId": "", "role": "", "province": "", "field": "name", "desc": false, "afterKey": "", "afterName": "", "afterId": "", "limit": 20}
CALL () {
  WITH 1 AS start WHERE $bodyId <> ''
  MATCH (:Organization {id: $bodyId})<-[:OF]-(pos:Position)
  RETURN pos
  UNION
  WITH 1 AS start WHERE $bodyId = '' AND $role <> ''
  MATCH (pos:Position {role: $role})
  RETURN pos
  UNION
  WITH 1 AS start WHERE $bodyId = '' AND $role = '' AND $province <> ''
  MATCH (:Organization {province: $province})<-[:OF]-(pos:Position)
  RETURN pos
  UNION
  WITH 1 AS start WHERE $bodyId = '' AND $role = '' AND $province = ''
  MATCH (pos:Position)
  RETURN pos
}
OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
WITH pos, o
WHERE ($role = '' OR pos.role = $role)
  AND ($bodyId = '' OR o.id = $bodyId)
  AND ($province = '' OR o.province = $province)
WITH pos, coalesce(pos.name, '') AS name,
     CASE $field WHEN 'role' THEN coalesce(pos.role, '') WHEN 'province' THEN coalesce(o.province, '') ELSE coalesce(pos.name, '') END AS sortKey
WITH collect({pos: pos, name: name, sortKey: sortKey}) AS matched
CALL (matched) {
  UNWIND matched AS m
  WITH m
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.name > $afterName OR (m.name = $afterName AND m.pos.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.name, m.pos.id
  LIMIT $limit + 1
  WITH m, m.pos AS pos
  RETURN collect({node: pos {.*}, key: [m.sortKey, m.name, pos.id]}) AS candidates
}
RETURN size(matched) AS total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
