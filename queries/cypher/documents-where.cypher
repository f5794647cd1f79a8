// Documents matching a dashboard's filter (DocumentWhere), in the order asked, one page after a
// keyset cursor (decisions 0023, 0029). The read starts from the most selective filter given: the
// documents implemented (IMPLEMENTS_SUMMARY) by bodies of $province (organization_province index),
// else those dated in [$dateFrom, $dateTo] (document_date, a range seek), else every document; one
// UNION branch applies, the others are pruned by their constant condition, so no query text depends
// on the request. Kind and issuer are then checked on what was read (no index: documents are the
// fewest nodes, and a kind alone is most of them). $field is 'date' or 'code'; the cursor is the last
// document's (sortKey, code or name, id); undated documents sort as the earliest. Absent filters are
// '' never null: one parameter type per parameter, one cached plan per file.
// example-params: {"province": "", "dateFrom": "", "dateTo": "", "kind": "", "issuerCode": "", "field": "date", "desc": false, "afterKey": "", "afterName": "", "afterId": "", "limit": 20}
CALL () {
  WITH 1 AS start WHERE $province <> ''
  MATCH (:Organization {province: $province})-[:IMPLEMENTS_SUMMARY]->(d:Document)
  RETURN d
  UNION
  WITH 1 AS start WHERE $province = '' AND ($dateFrom <> '' OR $dateTo <> '')
  MATCH (d:Document)
  WHERE d.date >= $dateFrom AND ($dateTo = '' OR d.date <= $dateTo)
  RETURN d
  UNION
  WITH 1 AS start WHERE $province = '' AND $dateFrom = '' AND $dateTo = ''
  MATCH (d:Document)
  RETURN d
}
WITH DISTINCT d
WHERE ($dateFrom = '' OR d.date >= $dateFrom)
  AND ($dateTo = '' OR d.date <= $dateTo)
  AND ($kind = '' OR d.kind = $kind)
  AND ($issuerCode = '' OR d.issuerCode = $issuerCode)
WITH d, coalesce(d.code, d.name, '') AS name,
     CASE $field WHEN 'code' THEN coalesce(d.code, d.name, '') ELSE coalesce(d.date, '') END AS sortKey
WITH collect({d: d, name: name, sortKey: sortKey}) AS matched
CALL (matched) {
  UNWIND matched AS m
  WITH m
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.name > $afterName OR (m.name = $afterName AND m.d.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.name, m.d.id
  LIMIT $limit + 1
  WITH m, m.d AS d
  RETURN collect({node: d {.*}, key: [m.sortKey, m.name, d.id]}) AS candidates
}
RETURN size(matched) AS total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
