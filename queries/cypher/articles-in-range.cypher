// Articles published in [$dateFrom, $dateTo] (no other filter), by date in the order asked, one
// page after a keyset cursor (decision 0043): what `articles(where: {publishedFrom, publishedTo})`
// reads instead of articles-where.cypher, which sorts every article of the range. The page is read
// in the order of the article_published_at index, bounded above (newest first) or below (oldest
// first) by the previous page's last date ($upper / $lower, else the range's own end), and stopped
// after $limit + 1; ties of one date are ordered by title, then id, as articles-where orders them.
// The count, only when $withTotal, is the sum of the in-degrees of the range's ArticleDay tallies
// (one per day, kept by the loader): the days of the range are read, never its articles.
// $dateFrom is '' and $dateTo '9999-12-31' for an open end; the cursor is (publishedAt, title, id).
// example-params: {"dateFrom": "2024-01-01", "dateTo": "2024-12-31", "upper": "2024-12-31", "lower": "2024-01-01", "desc": true, "afterKey": "", "afterName": "", "afterId": "", "limit": 20, "withTotal": true}
CALL () {
  WITH 1 AS asked WHERE $withTotal
  MATCH (d:ArticleDay)
  WHERE d.id >= $dateFrom AND d.id <= $dateTo
  RETURN sum(COUNT { (d)<-[:PUBLISHED_ON]-() }) AS total
}
CALL () {
  CALL () {
    WITH 1 AS branch WHERE $desc
    MATCH (a:Article)
    WHERE a.publishedAt >= $dateFrom AND a.publishedAt <= $upper
      AND ($afterId = '' OR a.publishedAt < $afterKey
        OR coalesce(a.title, '') > $afterName OR (coalesce(a.title, '') = $afterName AND a.id > $afterId))
    WITH a ORDER BY a.publishedAt DESC, coalesce(a.title, ''), a.id
    LIMIT $limit + 1
    RETURN a
    UNION
    WITH 1 AS branch WHERE NOT $desc
    MATCH (a:Article)
    WHERE a.publishedAt >= $lower AND a.publishedAt <= $dateTo
      AND ($afterId = '' OR a.publishedAt > $afterKey
        OR coalesce(a.title, '') > $afterName OR (coalesce(a.title, '') = $afterName AND a.id > $afterId))
    WITH a ORDER BY a.publishedAt, coalesce(a.title, ''), a.id
    LIMIT $limit + 1
    RETURN a
  }
  WITH a, coalesce(a.title, '') AS name
  ORDER BY CASE WHEN $desc THEN null ELSE a.publishedAt END, CASE WHEN $desc THEN a.publishedAt END DESC, name, a.id
  RETURN collect({node: a {.*}, key: [a.publishedAt, name, a.id]}) AS candidates
}
RETURN total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
