// Bodies matching a dashboard's filter (OrganizationWhere), in the order asked, one page after a
// keyset cursor. The read starts from the most selective filter given: the implementers of
// $documentId, else the organization_province index, else organization_kind, else every body. Each
// start is one UNION branch whose constant condition prunes it unless it is the one that applies, so
// every branch is planned with its index and no query text depends on the request. The other
// filters are then checked on what was read. $field is 'name', 'province' or 'kind'; the cursor is
// the last body's (sortKey, nameKey, id): the page resumes after it (decision 0023). With $groupBy
// ('province', 'kind' or 'level') it counts the bodies by group instead, largest first, and no page.
// Absent filters are '' (text) and [] (kinds), never null: Neo4j caches a plan per query text and
// parameter types, so one type per parameter is one plan per file, made once by the server's warm-up
// (with null a first request of each new combination planned this whole UNION again: seconds).
// example-params: {"documentId": "", "province": "", "kinds": [], "level": "", "field": "name", "desc": false, "afterKey": "", "afterName": "", "afterId": "", "limit": 20, "groupBy": ""}
CALL () {
  WITH 1 AS start WHERE $documentId <> ''
  MATCH (:Document {id: $documentId})<-[:IMPLEMENTS_SUMMARY]-(o:Organization)
  RETURN o
  UNION
  WITH 1 AS start WHERE $documentId = '' AND $province <> ''
  MATCH (o:Organization {province: $province})
  RETURN o
  UNION
  WITH 1 AS start WHERE $documentId = '' AND $province = '' AND size($kinds) > 0
  MATCH (o:Organization) WHERE o.kind IN $kinds
  RETURN o
  UNION
  WITH 1 AS start WHERE $documentId = '' AND $province = '' AND size($kinds) = 0
  MATCH (o:Organization)
  RETURN o
}
WITH o
WHERE ($province = '' OR o.province = $province)
  AND (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($level = '' OR ($level = 'central') = (o.province IS NULL))
WITH o, coalesce(o.nameKey, '') AS nameKey,
     CASE $field WHEN 'province' THEN coalesce(o.province, '') WHEN 'kind' THEN coalesce(o.kind, '') ELSE coalesce(o.nameKey, '') END AS sortKey
WITH collect({o: o, nameKey: nameKey, sortKey: sortKey}) AS matched
CALL (matched) {
  WITH matched WHERE $groupBy = ''
  UNWIND matched AS m
  WITH m
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.nameKey > $afterName OR (m.nameKey = $afterName AND m.o.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.nameKey, m.o.id
  LIMIT $limit + 1
  WITH m, m.o AS o
  RETURN collect({node: o {.*}, key: [m.sortKey, m.nameKey, m.o.id]}) AS candidates
}
CALL (matched) {
  WITH matched WHERE $groupBy <> ''
  UNWIND matched AS m
  WITH CASE $groupBy
         WHEN 'province' THEN m.o.province
         WHEN 'kind' THEN m.o.kind
         ELSE CASE WHEN m.o.province IS NULL THEN 'central' ELSE 'local' END
       END AS key, count(*) AS count
  ORDER BY count DESC, key
  LIMIT $limit
  RETURN collect({key: key, count: count}) AS groups
}
RETURN size(matched) AS total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore, groups
