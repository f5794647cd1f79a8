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
// Absent filters are '' (text) and [] (kinds), never null: Neo4j caches a plan per query text and
// parameter types, so one type per parameter is one plan per file, made once by the server's warm-up
// (with null a first request of each new combination planned this whole UNION again: seconds).
// example-params: {"aboutId": "", "organizerId": "", "province": "", "level": "", "dateFrom": "", "dateTo": "", "kinds": [], "field": "date", "desc": false, "afterKey": "", "afterName": "", "afterId": "", "limit": 20, "groupBy": ""}
CALL () {
  WITH 1 AS start WHERE $aboutId <> ''
  MATCH (:Document {id: $aboutId})<-[:ABOUT_SUMMARY]-(e:Event)
  RETURN e
  UNION
  WITH 1 AS start WHERE $aboutId = '' AND $organizerId <> ''
  MATCH (:Organization {id: $organizerId})-[:ORGANIZED_SUMMARY]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS start WHERE $aboutId = '' AND $organizerId = '' AND $province <> ''
  MATCH (:Organization {province: $province})-[:ORGANIZED_SUMMARY]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS start
  WHERE $aboutId = '' AND $organizerId = '' AND $province = '' AND ($dateFrom <> '' OR $dateTo <> '')
  MATCH (e:Event) WHERE e.date >= $dateFrom AND e.date <= CASE $dateTo WHEN '' THEN '9999-12-31' ELSE $dateTo END
  RETURN e
  UNION
  WITH 1 AS start WHERE $aboutId = '' AND $organizerId = '' AND $province = '' AND $dateFrom = '' AND $dateTo = ''
  MATCH (e:Event)
  RETURN e
}
// The filter the read started from is not checked again (decision 0062): for a province's events
// that re-check expanded every event's relationships to find its organizers (70,510 of 96,264 db
// hits at 100,000 articles). The document filter always starts the read when given.
WITH e
WHERE ($dateFrom = '' OR e.date >= $dateFrom) AND ($dateTo = '' OR e.date <= $dateTo)
  AND (size($kinds) = 0 OR e.kind IN $kinds)
  AND ($organizerId = '' OR $aboutId = ''
       OR EXISTS { (:Organization {id: $organizerId})-[:ORGANIZED_SUMMARY]->(e) })
  AND ($province = '' OR ($aboutId = '' AND $organizerId = '')
       OR EXISTS { (o:Organization)-[:ORGANIZED_SUMMARY]->(e) WHERE o.province = $province })
  AND ($level = '' OR EXISTS { (o:Organization)-[:ORGANIZED_SUMMARY]->(e) WHERE ($level = 'central') = (o.province IS NULL) })
WITH e, coalesce(e.name, '') AS name,
     CASE $field WHEN 'name' THEN coalesce(e.name, '') ELSE coalesce(e.date, '') END AS sortKey
WITH collect({e: e, name: name, sortKey: sortKey}) AS matched
CALL (matched) {
  WITH matched WHERE $groupBy = ''
  UNWIND matched AS m
  WITH m
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.name > $afterName OR (m.name = $afterName AND m.e.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.name, m.e.id
  LIMIT $limit + 1
  WITH m, m.e AS e
  RETURN collect({node: e {.*}, key: [m.sortKey, m.name, m.e.id]}) AS candidates
}
CALL (matched) {
  WITH matched WHERE $groupBy <> ''
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
