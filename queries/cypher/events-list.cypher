// Events oldest first between two ISO dates (inclusive; either bound may be null), optionally of one kind.
// An event with no date is left out as soon as a bound is given: it cannot be placed in the range.
// example-params: {"from": "2000-01-01", "to": null, "kind": null, "offset": 0, "limit": 20}
CALL () {
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to) AND ($kind IS NULL OR e.kind = $kind)
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to) AND ($kind IS NULL OR e.kind = $kind)
  WITH e ORDER BY e.date, e.name, e.id SKIP $offset LIMIT $limit
  RETURN collect(e {.*}) AS page
}
RETURN total, page
