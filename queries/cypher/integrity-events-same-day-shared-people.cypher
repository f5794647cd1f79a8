// kg check, invariant events-same-day-shared-people: two Events of the same (non-null) date that
// share their chair (one Person CHAIRED both) or 2+ participants (CHAIRED or ATTENDED both):
// most likely one meeting told twice (two papers, two languages) that resolution kept apart.
// Starts from the people (each pair is found through a shared participant), so it never
// compares every event with every other.
// Whole-graph; examples ($limit) by date, then ids.
// example-params: {"limit": 10}
MATCH (e1:Event)<-[:CHAIRED|ATTENDED]-(p:Person)-[:CHAIRED|ATTENDED]->(e2:Event)
WHERE e1.id < e2.id AND e1.date IS NOT NULL AND e1.date = e2.date
WITH DISTINCT e1, e2, p
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
