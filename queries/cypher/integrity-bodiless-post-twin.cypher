// kg check, invariant bodiless-post-twin: a person HOLDS a post without its body (a Position with
// no OF: "Thủ tướng") and also the same role with its body ("Thủ tướng" OF Chính phủ): two
// Position nodes for what is most likely one post. Roles compare case-insensitively.
// Whole-graph: from each bodiless Position to its holders; examples ($limit) by person id.
// example-params: {"limit": 10}
MATCH (bare:Position)
WHERE NOT EXISTS { (bare)-[:OF]->() }
MATCH (p:Person)-[:HOLDS]->(bare)
WITH DISTINCT p, bare
MATCH (p)-[:HOLDS]->(full:Position)-[:OF]->(:Organization)
WHERE toLower(full.role) = toLower(bare.role)
WITH p, bare, collect(DISTINCT full) AS bodied
ORDER BY p.id, bare.id
WITH collect({person: p, bare: bare, bodied: bodied}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f.person AS p, f.bare AS bare, f.bodied AS bodied
  RETURN collect({
    ids: [p.id, bare.id] + [x IN bodied | x.id],
    names: [p.name, bare.name] + [x IN bodied | x.name],
    articleIds: COLLECT {
      MATCH (p)-[r:HOLDS]->(q:Position) WHERE q = bare OR q IN bodied
      RETURN DISTINCT r.articleId AS id ORDER BY id LIMIT 50
    },
    note: 'holds "' + bare.name + '" without a body beside "' + bodied[0].name + '"'
  }) AS examples
}
RETURN size(found) AS count, examples
