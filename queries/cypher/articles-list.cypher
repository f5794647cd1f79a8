// Articles newest first (undated last), one page and the total.
// example-params: {"offset": 0, "limit": 20}
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WITH a ORDER BY coalesce(a.publishedAt, '') DESC, a.id SKIP $offset LIMIT $limit
  RETURN collect(a {.*}) AS page
}
RETURN total, page
