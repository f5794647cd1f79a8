// Event tallies (decision 0033): eventCounts reads per-profile tallies the loader keeps, not the
// events of the range. One tally per key (its id); the counts' read seeks the months of the range.
CREATE CONSTRAINT event_tally_id IF NOT EXISTS FOR (t:EventTally) REQUIRE t.id IS UNIQUE;
CREATE INDEX event_tally_month IF NOT EXISTS FOR (t:EventTally) ON (t.month);
// Built here once for the events of a graph written before the loader kept them (the loader's
// ingest/load/cypher/retally-events.cypher from then on; the key is made the same way).
MATCH (e:Event)
WHERE NOT EXISTS { (e)-[:TALLIED]->(:EventTally) }
CALL (e) {
  OPTIONAL MATCH (o:Organization)-[:ORGANIZED_SUMMARY]->(e)
  WITH collect(DISTINCT o.province) AS provinces, count(o) > count(o.province) AS central
  WITH [p IN provinces WHERE p IS NOT NULL] AS provinces, central
  CALL (provinces) {
    UNWIND CASE WHEN provinces = [] THEN [null] ELSE provinces END AS p
    WITH p ORDER BY p
    RETURN [x IN collect(p) WHERE x IS NOT NULL] AS sorted
  }
  RETURN sorted AS provinces, central
}
WITH e, provinces, central, coalesce(substring(e.date, 0, 7), '') AS month, coalesce(e.kind, '') AS kind
WITH e, provinces, central, month, kind,
     month + '|' + kind + '|' + CASE WHEN central THEN 'central' ELSE '' END + '|' + reduce(s = '', p IN provinces | s + p + ';') AS key
MERGE (t:EventTally {id: key})
ON CREATE SET t.month = month, t.kind = kind, t.central = central,
              t.provinces = CASE WHEN provinces = [] THEN null ELSE provinces END
MERGE (e)-[:TALLIED]->(t);
