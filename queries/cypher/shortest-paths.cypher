// The shortest chains of claims and structure between two entities, at most {{maxHops}} hops.
// Variable-length bounds cannot be parameters in Cypher, so src/api/paths.ts makes one constant
// query per allowed bound (1–6) from this file; nothing from the request is spliced in.
// MENTIONS and POSSIBLY_SAME_AS are not followed: "both appear in one article" is not a relation.
// Parallel claims make many paths that differ only in which article's relationship they use; they
// are folded: a path is its sequence of (node, relation type, direction), and each step then
// collects every parallel relationship of its type between its two nodes as evidence.
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
MATCH p = allShortestPaths((a)-[:CHAIRED|ATTENDED|HOLDS|OF|IMPLEMENTS|ISSUED|ORGANIZED|PART_OF*..{{maxHops}}]-(b))
WHERE a <> b
WITH p LIMIT 1000
WITH DISTINCT nodes(p) AS pathNodes,
     [r IN relationships(p) | {relation: type(r), from: startNode(r), to: endNode(r)}] AS hops
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
