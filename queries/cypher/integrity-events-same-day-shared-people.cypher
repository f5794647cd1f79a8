// kg check, invariant events-same-day-shared-people: two Events of the same (non-null) date that
// share their chair (one Person CHAIRED both) or 2+ participants (CHAIRED or ATTENDED both):
// most likely one meeting told twice (two papers, two languages) that resolution kept apart.
// Starts from the people, and pairs a person's events only within one date (decision 0089): each
// person's dated events are grouped by date first, so the cost grows with the events a person
// took part in, not with their square (pairing every two events of a busy chair, then keeping the
// same-day ones, read 6.6 M db hits at 8,000 generated articles, decision 0084).
// Whole-graph; examples ($limit) by date, then ids; the people in an example by id.
// example-params: {"limit": 10}
MATCH (p:Person)-[:CHAIRED|ATTENDED]->(e:Event)
WHERE e.date IS NOT NULL
WITH p, e.date AS date, collect(DISTINCT e) AS sameDay
WHERE size(sameDay) > 1
UNWIND sameDay AS e1
UNWIND sameDay AS e2
WITH p, e1, e2
WHERE e1.id < e2.id
WITH e1, e2, p ORDER BY p.id
WITH e1, e2, p, EXISTS { (p)-[:CHAIRED]->(e1) } AND EXISTS { (p)-[:CHAIRED]->(e2) } AS chairedBoth
WITH e1, e2, collect(p) AS shared, collect(CASE WHEN chairedBoth THEN p END) AS chairs
WHERE size(chairs) >= 1 OR size(shared) >= 2
WITH e1, e2, shared, chairs ORDER BY e1.date, e1.id, e2.id
WITH collect({first: e1, second: e2, shared: shared, chairs: chairs}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.first AS e1, f.second AS e2
  RETURN collect({
    ids: [e1.id, e2.id] + [x IN f.shared | x.id],
    names: [e1.name, e2.name] + [x IN f.shared | x.name],
    articleIds: COLLECT {
      MATCH (a:Article)-[:MENTIONS]->(e:Event) WHERE e = e1 OR e = e2
      RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50
    },
    note: 'both on ' + toString(e1.date) +
      CASE WHEN size(f.chairs) > 0
        THEN '; both chaired by ' + substring(reduce(s = '', x IN f.chairs | s + ', ' + x.name), 2)
        ELSE '' END +
      '; ' + toString(size(f.shared)) + ' people in both: ' +
      substring(reduce(s = '', x IN f.shared | s + ', ' + x.name), 2)
  }) AS examples
}
RETURN size(found) AS count, examples
