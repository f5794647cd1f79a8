// Events oldest first between two ISO dates (inclusive; either bound may be null), optionally of one kind.
// An event with no date is left out as soon as a bound is given: it cannot be placed in the range.
// Bounded by the page (decision 0017): read in the order of the event_date index from $lowerDate
// (the later of $from and the cursor's date) and stopped after the page; the page resumes after the
// sort key (date, name, id) of the previous page's last event ($afterDate/$afterName/$afterId,
// keyset, not an offset). Undated events come last, only when no bound is given, and are read only
// once the dated ones are exhausted. Counted only when $withTotal (a folded statement leaves the
// count out of its text when it is not asked: the `// unless` marker, decision 0073). Undated
// events are read only when $undated (the API sets it when neither bound is given; with a bound they
// never are): a folded statement for a range leaves their subquery out of its text, whose guard alone
// cost a tenth of the folded events page's database CPU (decision 0078).
// example-params: {"from": "2000-01-01", "to": null, "kind": null, "lowerDate": "2000-01-01", "afterDate": null, "afterName": null, "afterId": null, "limit": 20, "withTotal": true, "undated": false}
CALL () { // unless $withTotal: WITH 0 AS total
  WITH 1 AS asked WHERE $withTotal
  MATCH (e:Event)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to) AND ($kind IS NULL OR e.kind = $kind)
  RETURN count(e) AS total
} // end unless
CALL () {
  MATCH (e:Event)
  WHERE e.date >= $lowerDate AND ($to IS NULL OR e.date <= $to) AND ($kind IS NULL OR e.kind = $kind)
    AND ($afterId IS NULL
         OR e.date > $afterDate
         OR (e.date = $afterDate AND (e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))))
  WITH e ORDER BY e.date, e.name, e.id
  LIMIT $limit + 1
  RETURN collect(e) AS dated
}
CALL (dated) { // unless $undated: WITH total, dated, [] AS undated
  WITH dated WHERE size(dated) <= $limit AND $undated AND $from IS NULL AND $to IS NULL
  // In a subquery of its own, so the guard above runs before the scan: written in one scope, the
  // planner scanned every Event and applied the guard after (1,953 of a page's 2,166 db hits at
  // 2,000 articles, for a dated range that never reads an undated event; decision 0045).
  CALL () {
    MATCH (e:Event)
    WHERE e.date IS NULL AND ($kind IS NULL OR e.kind = $kind)
      AND ($afterId IS NULL OR $afterDate IS NOT NULL
           OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
    WITH e ORDER BY e.name, e.id
    LIMIT $limit + 1
    RETURN e
  }
  RETURN collect(e) AS undated
} // end unless
WITH total, dated + undated AS candidates
// The page's nodes as they are (the API reads their properties; a folded statement also reads
// their relation pages from them without seeking each event again, decision 0073).
RETURN total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
