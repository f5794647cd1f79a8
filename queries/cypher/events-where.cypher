// Events matching a dashboard's filter (EventWhere), in the order asked, one page after a keyset
// cursor. The read starts from the most selective filter given: the events about $aboutId, else
// those $organizerId organized, else those organized by bodies of $province (organization_province
// index), else the date range (event_date index), else every event; one UNION branch applies, the
// others are pruned by their constant condition, so each is planned with its index. The other
// filters are then checked on what was read. $field is 'date' or 'name'; the cursor is the last
// event's (sortKey, name, id) (decision 0023). Dates are ISO strings, so ranges compare as text.
// With $groupBy ('province', 'month', 'kind' or 'level') it counts the events by group instead and
// gives no page: by the provinces or levels of their organizers (an event counts once in each, and
// under null when it has none), by month of date or by kind; months in order, else largest first.
// example-params: {"aboutId": null, "organizerId": null, "province": null, "level": null, "dateFrom": null, "dateTo": null, "kinds": null, "field": "date", "desc": false, "afterKey": null, "afterName": null, "afterId": null, "limit": 20, "groupBy": null}
CALL () {
  WITH 1 AS start WHERE $aboutId IS NOT NULL
  MATCH (:Document {id: $aboutId})<-[:ABOUT_SUMMARY]-(e:Event)
  RETURN e
  UNION
  WITH 1 AS start WHERE $aboutId IS NULL AND $organizerId IS NOT NULL
  MATCH (:Organization {id: $organizerId})-[:ORGANIZED_SUMMARY]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS start WHERE $aboutId IS NULL AND $organizerId IS NULL AND $province IS NOT NULL
  MATCH (:Organization {province: $province})-[:ORGANIZED_SUMMARY]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS start
  WHERE $aboutId IS NULL AND $organizerId IS NULL AND $province IS NULL AND ($dateFrom IS NOT NULL OR $dateTo IS NOT NULL)
  MATCH (e:Event) WHERE e.date >= coalesce($dateFrom, '') AND e.date <= coalesce($dateTo, '9999-12-31')
  RETURN e
  UNION
  WITH 1 AS start WHERE $aboutId IS NULL AND $organizerId IS NULL AND $province IS NULL AND $dateFrom IS NULL AND $dateTo IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH e
WHERE ($dateFrom IS NULL OR e.date >= $dateFrom) AND ($dateTo IS NULL OR e.date <= $dateTo)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($aboutId IS NULL OR EXISTS { (e)-[:ABOUT_SUMMARY]->(:Document {id: $aboutId}) })
  AND ($organizerId IS NULL OR EXISTS { (:Organization {id: $organizerId})-[:ORGANIZED_SUMMARY]->(e) })
  AND ($province IS NULL OR EXISTS { (o:Organization)-[:ORGANIZED_SUMMARY]->(e) WHERE o.province = $province })
  AND ($level IS NULL OR EXISTS { (o:Organization)-[:ORGANIZED_SUMMARY]->(e) WHERE ($level = 'central') = (o.province IS NULL) })
WITH e, coalesce(e.name, '') AS name,
     CASE $field WHEN 'name' THEN coalesce(e.name, '') ELSE coalesce(e.date, '') END AS sortKey
WITH collect({e: e, name: name, sortKey: sortKey}) AS matched
CALL (matched) {
  WITH matched WHERE $groupBy IS NULL
  UNWIND matched AS m
  WITH m
  WHERE $afterId IS NULL
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.name > $afterName OR (m.name = $afterName AND m.e.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.name, m.e.id
  LIMIT $limit + 1
  WITH m, m.e AS e
  RETURN collect({node: e {.*}, key: [m.sortKey, m.name, m.e.id]}) AS candidates
}
CALL (matched) {
  WITH matched WHERE $groupBy IS NOT NULL
  UNWIND matched AS m
  WITH m.e AS e
  WITH e, CASE $groupBy
            WHEN 'month' THEN [substring(e.date, 0, 7)]
            WHEN 'kind' THEN [e.kind]
            WHEN 'province' THEN COLLECT { MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e) RETURN DISTINCT o.province }
            ELSE COLLECT { MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e) RETURN DISTINCT CASE WHEN o.province IS NULL THEN 'central' ELSE 'local' END }
          END AS keys
  UNWIND CASE WHEN size([k IN keys WHERE k IS NOT NULL]) = 0 THEN [null] ELSE [k IN keys WHERE k IS NOT NULL] END AS key
  WITH key, count(DISTINCT e) AS count
  ORDER BY CASE WHEN $groupBy = 'month' THEN key END, count DESC, key
  LIMIT $limit
  RETURN collect({key: key, count: count}) AS groups
}
RETURN size(matched) AS total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore, groups
