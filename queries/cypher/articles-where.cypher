// Articles matching a dashboard's filter (ArticleWhere), in the order asked, one page after a
// keyset cursor (decisions 0023, 0033). The read starts from the most selective filter given: the
// articles that mention $entityId (its MENTIONS), else those of the site $source (article_source
// index), else those published in [$dateFrom, $dateTo] (article_published_at, a range seek), else
// every article; one UNION branch applies, the others are pruned by their constant condition, so
// no query text depends on the request. Language and the other filters are then checked on what
// was read (a language alone is half the graph: no index). $field is 'date' or 'title'; the cursor
// is the last article's (sortKey, title, id); undated articles sort as the earliest. Absent filters
// are '' never null: one parameter type per parameter, one cached plan per file.
// example-params: {"entityId": "", "source": "", "language": "", "dateFrom": "", "dateTo": "", "field": "date", "desc": true, "afterKey": "", "afterName": "", "afterId": "", "limit": 20}
CALL () {
  WITH 1 AS start WHERE $entityId <> ''
  MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
  RETURN a
  UNION
  WITH 1 AS start WHERE $entityId = '' AND $source <> ''
  MATCH (a:Article {source: $source})
  RETURN a
  UNION
  WITH 1 AS start WHERE $entityId = '' AND $source = '' AND ($dateFrom <> '' OR $dateTo <> '')
  MATCH (a:Article)
  WHERE a.publishedAt >= $dateFrom AND a.publishedAt <= CASE $dateTo WHEN '' THEN '9999-12-31' ELSE $dateTo END
  RETURN a
  UNION
  WITH 1 AS start WHERE $entityId = '' AND $source = '' AND $dateFrom = '' AND $dateTo = ''
  MATCH (a:Article)
  RETURN a
}
WITH DISTINCT a
WHERE ($source = '' OR a.source = $source)
  AND ($language = '' OR a.language = $language)
  AND ($dateFrom = '' OR a.publishedAt >= $dateFrom)
  AND ($dateTo = '' OR a.publishedAt <= $dateTo)
WITH a, coalesce(a.title, '') AS name,
     CASE $field WHEN 'title' THEN coalesce(a.title, '') ELSE coalesce(a.publishedAt, '') END AS sortKey
WITH collect({a: a, name: name, sortKey: sortKey}) AS matched
CALL (matched) {
  UNWIND matched AS m
  WITH m
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN m.sortKey < $afterKey ELSE m.sortKey > $afterKey END)
     OR (m.sortKey = $afterKey AND (m.name > $afterName OR (m.name = $afterName AND m.a.id > $afterId)))
  WITH m
  ORDER BY CASE WHEN $desc THEN null ELSE m.sortKey END, CASE WHEN $desc THEN m.sortKey END DESC, m.name, m.a.id
  LIMIT $limit + 1
  WITH m, m.a AS a
  RETURN collect({node: a {.*}, key: [m.sortKey, m.name, a.id]}) AS candidates
}
RETURN size(matched) AS total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
