// People alphabetically (by folded name), optionally those whose name has a word sequence
// starting with $nameKey (folded like Person.nameKey), one page and the total.
// example-params: {"nameKey": null, "offset": 0, "limit": 20}
CALL () {
  MATCH (p:Person)
  WHERE $nameKey IS NULL OR p.nameKey STARTS WITH $nameKey OR p.nameKey CONTAINS (' ' + $nameKey)
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:Person)
  WHERE $nameKey IS NULL OR p.nameKey STARTS WITH $nameKey OR p.nameKey CONTAINS (' ' + $nameKey)
  WITH p ORDER BY p.nameKey, p.id SKIP $offset LIMIT $limit
  RETURN collect(p {.*}) AS page
}
RETURN total, page
