// Documents newest first (undated last), optionally of one kind ("Chỉ thị") or issuer code ("TW").
// example-params: {"kind": null, "issuerCode": null, "offset": 0, "limit": 20}
CALL () {
  MATCH (d:Document)
  WHERE ($kind IS NULL OR d.kind = $kind) AND ($issuerCode IS NULL OR d.issuerCode = $issuerCode)
  RETURN count(d) AS total
}
CALL () {
  MATCH (d:Document)
  WHERE ($kind IS NULL OR d.kind = $kind) AND ($issuerCode IS NULL OR d.issuerCode = $issuerCode)
  WITH d ORDER BY coalesce(d.date, '') DESC, coalesce(d.code, d.name), d.id SKIP $offset LIMIT $limit
  RETURN collect(d {.*}) AS page
}
RETURN total, page
