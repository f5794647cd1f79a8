// kg check, invariant holder-tallies (decision 0038): a person not linked to exactly the holder
// tally of their profile as the graph now stands (the sorted cells — role, has a body, province,
// kind — of the posts they hold, made as ingest/load/cypher/retally-holders.cypher makes it; none
// for a person who holds no post), so holderCounts would count them wrong or not at all. The
// loader and curation keep the links in their write transaction; a store loaded by neo4j-admin
// (migration 120 builds them at its first `kg db migrate`) or written around the loader is what
// this finds. Whole-graph: one pass over :Person and their posts; examples ($limit) by id.
// example-params: {"limit": 10}
MATCH (p:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS_SUMMARY]->(pos:Position)
  OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
  WITH pos, o
  WHERE pos IS NOT NULL
  WITH DISTINCT coalesce(pos.role, '') + '|' + CASE WHEN o IS NOT NULL THEN 'body' ELSE '' END + '|' +
       coalesce(o.province, '') + '|' + coalesce(o.kind, '') AS cell
  ORDER BY cell
  RETURN reduce(s = '', c IN collect(cell) | s + c + ';') AS key
}
WITH p, key, COLLECT { MATCH (p)-[:HOLDER_TALLIED]->(t:HolderTally) RETURN t.id } AS tallies
WHERE tallies <> CASE key WHEN '' THEN [] ELSE [key] END
WITH p, key, tallies ORDER BY p.id
WITH collect({p: p, key: key, tallies: tallies}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.p AS p
  RETURN collect({
    ids: [p.id],
    names: [coalesce(p.name, p.id)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN size(f.tallies) = 0 THEN 'not in any holder tally: holderCounts leaves them out'
               WHEN f.key = '' THEN 'holds no post but is tallied as ' + f.tallies[0]
               ELSE 'tallied as ' + f.tallies[0] + ' but their profile is ' + f.key END
  }) AS examples
}
RETURN size(found) AS count, examples
