// Bodies matching a dashboard's filter (OrganizationWhere), in the order asked, one page after a
// keyset cursor. The read starts from the most selective filter given: the implementers of
// $documentId, else the organization_province index, else organization_kind, else every body. Each
// start is one UNION branch whose constant condition prunes it unless it is the one that applies, so
// every branch is planned with its index and no query text depends on the request. The other
// filters are then checked on what was read. $field is 'name', 'province' or 'kind'; the cursor is
// the last body's (sortKey, nameKey, id): the page resumes after it (decision 0023). With $groupBy
// ('province', 'kind' or 'level') it counts the bodies by group instead, largest first, and no page.
// example-params: {"documentId": null, "province": null, "kinds": null, "level": null, "field": "name", "desc": false, "afterKey": null, "afterName": null, "afterId": null, "limit": 20, "groupBy": null}
CALL () {
  WITH 1 AS start WHERE $documentId IS NOT NULL
  MATCH (:Document {id: $documentId})<-[:IMPLEMENTS_SUMMARY]-(o:Organization)
  RETURN o
  UNION
  WITH 1 AS start WHERE $documentId IS NULL AND $province IS NOT NULL
  MATCH (o:Organization {province: $province})
  RETURN o
  UNION
  WITH 1 AS start WHERE $documentId IS NULL AND $province IS NULL AND $kinds IS NOT NULL
  MATCH (o:Organization) WHERE o.kind IN $kinds
  RETURN o
  UNION
  WITH 1 AS start WHERE $documentId IS NULL AND $province IS NULL AND $kinds IS NULL
  MATCH (o:Organization)
  RETURN o
}
WITH o
WHERE ($province IS NULL OR o.province = $province)
  AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($level IS NULL OR ($level = 'central') = (o.province IS NULL))
WITH o, coalesce(o.nameKey, '') AS nameKey,
     CASE $field WHEN 'province' THEN coalesce(o.province, '') WHEN 'kind' THEN coalesce(o.kind, '') ELSE coalesce(o.nameKey, '') END AS sortKey
WITH collect({o: o, nameKey: nameKey, sortKey: sortKey}) AS matched
CALL (matched) {
  WITH matched WHERE $groupBy IS NULL
  UNWIND matched AS m
  WITH m
  WHERE $afterId IS NULL
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.nameKey > $afterName OR (m.nameKey = $afterName AND m.o.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.nameKey, m.o.id
  LIMIT $limit + 1
  WITH m, m.o AS o
  RETURN collect({node: o {.*}, key: [m.sortKey, m.nameKey, m.o.id]}) AS candidates
}
CALL (matched) {
  WITH matched WHERE $groupBy IS NOT NULL
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
