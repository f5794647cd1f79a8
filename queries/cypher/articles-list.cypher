// Articles newest first, undated last; counted only when $withTotal (the count store: no scan).
// Bounded by the page (decisions 0017, 0024): read in the order of the article_published_at index
// down from $upperDate (the previous page's last date, or above every date) and stopped after the
// page; the page resumes after the sort key (publishedAt, id) of the previous page's last article
// ($afterDate/$afterId, keyset, not an offset). Undated articles are read only once the dated ones
// run out.
// example-params: {"upperDate": "9999", "afterDate": null, "afterId": null, "limit": 20, "withTotal": true}
CALL () {
  WITH 1 AS asked WHERE $withTotal
  MATCH (a:Article)
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WHERE a.publishedAt <= $upperDate
    AND ($afterId IS NULL OR a.publishedAt < $afterDate OR (a.publishedAt = $afterDate AND a.id > $afterId))
  WITH a ORDER BY a.publishedAt DESC, a.id
  LIMIT $limit + 1
  RETURN collect(a) AS dated
}
CALL (dated) {
  WITH dated WHERE size(dated) <= $limit
  MATCH (a:Article)
  WHERE a.publishedAt IS NULL AND ($afterId IS NULL OR $afterDate IS NOT NULL OR a.id > $afterId)
  WITH a ORDER BY a.id
  LIMIT $limit + 1
  RETURN collect(a) AS undated
}
WITH total, dated + undated AS candidates
RETURN total, [a IN candidates[..$limit] | a {.*}] AS page, size(candidates) > $limit AS hasMore
