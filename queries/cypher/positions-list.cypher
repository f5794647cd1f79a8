// Posts alphabetically, optionally those of one role ("Bí thư"), one page and the total.
// example-params: {"role": null, "offset": 0, "limit": 20}
CALL () {
  MATCH (pos:Position)
  WHERE $role IS NULL OR pos.role = $role
  RETURN count(pos) AS total
}
CALL () {
  MATCH (pos:Position)
  WHERE $role IS NULL OR pos.role = $role
  WITH pos ORDER BY pos.name, pos.id SKIP $offset LIMIT $limit
  RETURN collect(pos {.*}) AS page
}
RETURN total, page
