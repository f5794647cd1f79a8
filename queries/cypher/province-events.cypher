// The events organized by bodies of $province (no other filter), by date in the order asked, one
// page after a keyset cursor (decision 0069): what `events(where: {province}, orderBy: {field:
// DATE})` reads instead of events-where.cypher, which sorts and counts every event of the
// province. Each ORGANIZED_SUMMARY carries its event's date (`eventDate`, '' when undated) and its
// body's id (`fromId`), kept by retally-events.cypher, so the composite index
// organized_summary_from_date gives one body's events in date order. As a person's co-participants
// are read (decision 0044): each body of the province gives its first $limit + 1 events after the
// cursor in index order; the ($limit + 1)-th date of them all (distinct events: one organized by two
// bodies counts once) is the farthest the page can reach, so a second seek reads, per body, the
// events dated on or before it (newest first; on or after it oldest first), and those are sorted by
// the full key — date, then name, then id, as events-where sorts, undated ('') last newest first
// and first oldest first — and cut to the page. The work is the page and the ties of its last date,
// per body of the province, not the province's events.
// The total, only when $withTotal, is the province's events counted from the event tallies
// (decision 0062): the tallies by year of every dated event and the undated month tally, each an
// event's profile whose organizers' provinces hold $province, summed by in-degree (a degree, no
// event read): the tallies of the graph's years x profiles, not the events.
// $upper (newest first) and $lower (oldest first) bound the seek: the cursor's date, else
// '9999-12-31' and ''. The cursor is (date or '', name or '', id).
// Every seek is hinted USING INDEX SEEK: the bound rests on seeking organized_summary_from_date.
// Planned on a small graph's statistics, a plain USING INDEX was met by an ordered scan of the whole
// index filtered by body, kept in the plan cache as the graph grew (+300 db hits for 150 older
// events where the seek reads none; two CI runs, reproduced by province-events.test.ts).
// example-params: {"province": "Đồng Tháp", "desc": true, "upper": "9999-12-31", "lower": "", "afterKey": "", "afterName": "", "afterId": "", "limit": 20, "withTotal": true}
CALL () {
  WITH 1 AS asked WHERE $withTotal
  CALL () {
    MATCH (t:EventTally)
    WHERE t.year >= ''
    RETURN t
    UNION ALL
    MATCH (t:EventTally)
    WHERE t.month = ''
    RETURN t
  }
  WITH t WHERE $province IN coalesce(t.provinces, [])
  RETURN sum(COUNT { (t)<-[:TALLIED]-() }) AS total
}
MATCH (body:Organization {province: $province})
WITH total, collect(body.id) AS bodyIds
// Per body, its first $limit + 1 events after the cursor in index order: their dates.
CALL (bodyIds) {
  // The direction is tested before the bodies are unwound: tested inside the per-body subquery,
  // the planner ran the other direction's seek too and filtered its rows afterwards (PROFILE).
  CALL (bodyIds) {
    WITH bodyIds WHERE $desc
    UNWIND bodyIds AS bodyId
    CALL (bodyId) {
      // Matched by the index keys and ordered and limited in the RETURN, so the planner seeks
      // organized_summary_from_date in order under the Limit (decision 0044's note).
      MATCH ()-[r:ORGANIZED_SUMMARY]->(e:Event)
      USING INDEX SEEK r:ORGANIZED_SUMMARY(fromId, eventDate)
      WHERE r.fromId = bodyId AND r.eventDate <= $upper
        AND ($afterId = '' OR r.eventDate < $afterKey
          OR coalesce(e.name, '') > $afterName OR (coalesce(e.name, '') = $afterName AND e.id > $afterId))
      RETURN r.eventDate AS date, e.id AS eventId
      ORDER BY r.fromId DESC, r.eventDate DESC
      LIMIT $limit + 1
    }
    RETURN date, eventId
    UNION
    WITH bodyIds WHERE NOT $desc
    UNWIND bodyIds AS bodyId
    CALL (bodyId) {
      MATCH ()-[r:ORGANIZED_SUMMARY]->(e:Event)
      USING INDEX SEEK r:ORGANIZED_SUMMARY(fromId, eventDate)
      WHERE r.fromId = bodyId AND r.eventDate >= $lower
        AND ($afterId = '' OR r.eventDate > $afterKey
          OR coalesce(e.name, '') > $afterName OR (coalesce(e.name, '') = $afterName AND e.id > $afterId))
      RETURN r.eventDate AS date, e.id AS eventId
      ORDER BY r.fromId, r.eventDate
      LIMIT $limit + 1
    }
    RETURN date, eventId
  }
  WITH DISTINCT date, eventId
  WITH date ORDER BY CASE WHEN $desc THEN null ELSE date END, CASE WHEN $desc THEN date END DESC
  LIMIT $limit + 1
  // Fewer than $limit + 1 events after the cursor: every one was read, and the bound is the seek's own.
  RETURN CASE WHEN count(date) <= $limit THEN CASE WHEN $desc THEN '' ELSE '9999-12-31' END
              ELSE CASE WHEN $desc THEN min(date) ELSE max(date) END END AS cutoff
}
// Per body, every event from the cursor to the cutoff (the ties of the cutoff's date included).
CALL (bodyIds, cutoff) {
  CALL (bodyIds, cutoff) {
    WITH bodyIds, cutoff WHERE $desc
    UNWIND bodyIds AS bodyId
    MATCH ()-[r:ORGANIZED_SUMMARY]->(e:Event)
    USING INDEX SEEK r:ORGANIZED_SUMMARY(fromId, eventDate)
    WHERE r.fromId = bodyId AND r.eventDate >= cutoff AND r.eventDate <= $upper
    RETURN e, r.eventDate AS sortKey
    UNION
    WITH bodyIds, cutoff WHERE NOT $desc
    UNWIND bodyIds AS bodyId
    MATCH ()-[r:ORGANIZED_SUMMARY]->(e:Event)
    USING INDEX SEEK r:ORGANIZED_SUMMARY(fromId, eventDate)
    WHERE r.fromId = bodyId AND r.eventDate >= $lower AND r.eventDate <= cutoff
    RETURN e, r.eventDate AS sortKey
  }
  WITH DISTINCT e, sortKey, coalesce(e.name, '') AS name
  WHERE $afterId = ''
     OR (CASE WHEN $desc THEN sortKey < $afterKey ELSE sortKey > $afterKey END)
     OR (sortKey = $afterKey AND (name > $afterName OR (name = $afterName AND e.id > $afterId)))
  WITH e, sortKey, name
  ORDER BY CASE WHEN $desc THEN null ELSE sortKey END, CASE WHEN $desc THEN sortKey END DESC, name, e.id
  LIMIT $limit + 1
  RETURN collect({node: e {.*}, key: [sortKey, name, e.id]}) AS candidates
}
RETURN total, candidates[..$limit] AS page, size(candidates) > $limit AS hasMore
