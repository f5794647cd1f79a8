// Documents newest first (by their date), undated last, optionally of one kind ("Chỉ thị") or issuer
// code ("TW"); within a date by code (or name, for a resolution without a code), then id.
// Bounded by the page (decisions 0017, 0024): read in the order of the document_date index down from
// $upperDate (the previous page's last date, or above every date) and stopped after the page; the
// page resumes after the sort key (date, code or name, id) of the previous page's last document
// ($afterDate/$afterName/$afterId, keyset, not an offset). Undated documents are read only once the
// dated ones run out. Counted only when $withTotal.
// example-params: {"kind": null, "issuerCode": null, "upperDate": "9999", "afterDate": null, "afterName": null, "afterId": null, "limit": 20, "withTotal": true}
CALL () {
  WITH 1 AS asked WHERE $withTotal
  MATCH (d:Document)
  WHERE ($kind IS NULL OR d.kind = $kind) AND ($issuerCode IS NULL OR d.issuerCode = $issuerCode)
  RETURN count(d) AS total
}
CALL () {
  MATCH (d:Document)
  WHERE d.date <= $upperDate
    AND ($kind IS NULL OR d.kind = $kind) AND ($issuerCode IS NULL OR d.issuerCode = $issuerCode)
  WITH d, coalesce(d.code, d.name, '') AS sortName
  WHERE $afterId IS NULL
     OR d.date < $afterDate
     OR (d.date = $afterDate AND (sortName > $afterName OR (sortName = $afterName AND d.id > $afterId)))
  WITH d ORDER BY d.date DESC, coalesce(d.code, d.name, ''), d.id
  LIMIT $limit + 1
  RETURN collect(d) AS dated
}
CALL (dated) {
  WITH dated WHERE size(dated) <= $limit
  MATCH (d:Document)
  WHERE d.date IS NULL
    AND ($kind IS NULL OR d.kind = $kind) AND ($issuerCode IS NULL OR d.issuerCode = $issuerCode)
  WITH d, coalesce(d.code, d.name, '') AS sortName
  WHERE $afterId IS NULL OR $afterDate IS NOT NULL
     OR sortName > $afterName OR (sortName = $afterName AND d.id > $afterId)
  WITH d ORDER BY sortName, d.id
  LIMIT $limit + 1
  RETURN collect(d) AS undated
}
WITH total, dated + undated AS candidates
RETURN total, [d IN candidates[..$limit] | d {.*}] AS page, size(candidates) > $limit AS hasMore
