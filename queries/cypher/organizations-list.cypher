// Bodies alphabetically, optionally filtered by folded name prefix, kind and province; one page and the total.
// example-params: {"nameKey": null, "kind": null, "province": null, "offset": 0, "limit": 20}
CALL () {
  MATCH (o:Organization)
  WHERE ($nameKey IS NULL OR o.nameKey STARTS WITH $nameKey OR o.nameKey CONTAINS (' ' + $nameKey))
    AND ($kind IS NULL OR o.kind = $kind)
    AND ($province IS NULL OR o.province = $province)
  RETURN count(o) AS total
}
CALL () {
  MATCH (o:Organization)
  WHERE ($nameKey IS NULL OR o.nameKey STARTS WITH $nameKey OR o.nameKey CONTAINS (' ' + $nameKey))
    AND ($kind IS NULL OR o.kind = $kind)
    AND ($province IS NULL OR o.province = $province)
  WITH o ORDER BY o.nameKey, o.id SKIP $offset LIMIT $limit
  RETURN collect(o {.*}) AS page
}
RETURN total, page
