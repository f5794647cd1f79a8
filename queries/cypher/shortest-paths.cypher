// The shortest chains of claims and structure between two entities, at most {{maxHops}} hops.
// Variable-length bounds cannot be parameters in Cypher, so src/api/paths.ts makes one constant
// query per allowed bound (1–6) from this file; nothing from the request is spliced in.
// MENTIONS and POSSIBLY_SAME_AS are not followed: "both appear in one article" is not a relation.
// The search walks the per-pair claim summaries (<TYPE>_SUMMARY, one per pair with claims of that
// type, decision 0017) and the structural OF / PART_OF, never the parallel claims themselves: a
// path is its sequence of (node, relation type, direction), and each step then collects every
// claim of its type between its two nodes as evidence.
// Bounded by the page, not the hubs (decision 0037): a path of one or two hops is looked for first,
// from the end with fewer relations, lazily, stopping at $first paths — a province's secretary
// chairs thousands of meetings, and a breadth-first search from both ends read all of them. Only
// when no path of one or two hops exists does the breadth-first allShortestPaths run.
// example-params: {"fromLabel": "Person", "fromId": "person:pham-minh-chinh", "toLabel": "Person", "toId": "person:le-quoc-phong", "first": 10}
CALL () {
  MATCH (n:Person {id: $fromId}) WHERE $fromLabel = 'Person' RETURN n AS a
  UNION ALL MATCH (n:Organization {id: $fromId}) WHERE $fromLabel = 'Organization' RETURN n AS a
  UNION ALL MATCH (n:Document {id: $fromId}) WHERE $fromLabel = 'Document' RETURN n AS a
  UNION ALL MATCH (n:Event {id: $fromId}) WHERE $fromLabel = 'Event' RETURN n AS a
  UNION ALL MATCH (n:Position {id: $fromId}) WHERE $fromLabel = 'Position' RETURN n AS a
}
CALL () {
  MATCH (n:Person {id: $toId}) WHERE $toLabel = 'Person' RETURN n AS b
  UNION ALL MATCH (n:Organization {id: $toId}) WHERE $toLabel = 'Organization' RETURN n AS b
  UNION ALL MATCH (n:Document {id: $toId}) WHERE $toLabel = 'Document' RETURN n AS b
  UNION ALL MATCH (n:Event {id: $toId}) WHERE $toLabel = 'Event' RETURN n AS b
  UNION ALL MATCH (n:Position {id: $toId}) WHERE $toLabel = 'Position' RETURN n AS b
}
WITH a, b WHERE a <> b
// Which end the short search starts from: the one with fewer relations (degrees: no relationship read).
WITH a, b,
     COUNT { (a)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY|HOLDS_SUMMARY|OF|IMPLEMENTS_SUMMARY|ISSUED_SUMMARY|ORGANIZED_SUMMARY|PART_OF]-() } <=
     COUNT { (b)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY|HOLDS_SUMMARY|OF|IMPLEMENTS_SUMMARY|ISSUED_SUMMARY|ORGANIZED_SUMMARY|PART_OF]-() } AS fromA
WITH a, b, fromA, CASE WHEN fromA THEN a ELSE b END AS near, CASE WHEN fromA THEN b ELSE a END AS far
CALL (near, far) {
  MATCH p = (near)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY|HOLDS_SUMMARY|OF|IMPLEMENTS_SUMMARY|ISSUED_SUMMARY|ORGANIZED_SUMMARY|PART_OF]-(far)
  WITH p LIMIT $first
  RETURN collect({ns: nodes(p), rs: relationships(p)}) AS oneHop
}
CALL (near, far, oneHop) {
  WITH * WHERE oneHop = [] AND {{maxHops}} >= 2
  // From `near` outwards; each middle node is then checked against `far` on its own (Expand(Into)
  // from the smaller side), so the planner cannot start from the hub end.
  MATCH (near)-[r1:CHAIRED_SUMMARY|ATTENDED_SUMMARY|HOLDS_SUMMARY|OF|IMPLEMENTS_SUMMARY|ISSUED_SUMMARY|ORGANIZED_SUMMARY|PART_OF]-(m)
  WHERE m <> far
  CALL (m, far) {
    MATCH (m)-[r2:CHAIRED_SUMMARY|ATTENDED_SUMMARY|HOLDS_SUMMARY|OF|IMPLEMENTS_SUMMARY|ISSUED_SUMMARY|ORGANIZED_SUMMARY|PART_OF]-(far)
    RETURN r2
  }
  WITH near, m, far, r1, r2 LIMIT $first
  RETURN collect({ns: [near, m, far], rs: [r1, r2]}) AS twoHops
}
CALL (near, far, oneHop, twoHops) {
  WITH * WHERE oneHop = [] AND twoHops = [] AND {{maxHops}} >= 3
  MATCH p = allShortestPaths((near)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY|HOLDS_SUMMARY|OF|IMPLEMENTS_SUMMARY|ISSUED_SUMMARY|ORGANIZED_SUMMARY|PART_OF*..{{maxHops}}]-(far))
  WITH p LIMIT 1000
  RETURN collect({ns: nodes(p), rs: relationships(p)}) AS longer
}
UNWIND oneHop + twoHops + longer AS p
// Paths were found from `near`: turned to run from the `fromId` end.
WITH CASE WHEN fromA THEN p.ns ELSE reverse(p.ns) END AS pathNodes,
     [r IN CASE WHEN fromA THEN p.rs ELSE reverse(p.rs) END |
       {relation: replace(type(r), '_SUMMARY', ''), from: startNode(r), to: endNode(r)}] AS hops
WITH DISTINCT pathNodes, hops
LIMIT $first
WITH collect({pathNodes: pathNodes, hops: hops}) AS paths
UNWIND range(0, size(paths) - 1) AS pathIndex
WITH pathIndex, paths[pathIndex] AS path
UNWIND range(0, size(path.hops) - 1) AS hopIndex
WITH pathIndex, path, hopIndex, path.hops[hopIndex] AS hop
WITH pathIndex, path, hopIndex, hop, hop.from AS f, hop.to AS t
OPTIONAL MATCH (f)-[r]->(t)
WHERE type(r) = hop.relation AND r.articleId IS NOT NULL
WITH pathIndex, path, hopIndex, hop, f, t,
     collect(r {.articleId, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .asOf, .extractor}) AS evidence
ORDER BY pathIndex, hopIndex
WITH pathIndex, path,
     collect({
       relation: hop.relation,
       from: f {.*, __labels: labels(f)},
       to: t {.*, __labels: labels(t)},
       evidence: evidence
     }) AS steps
RETURN [n IN path.pathNodes | n {.*, __labels: labels(n)}] AS nodes, steps
ORDER BY pathIndex
