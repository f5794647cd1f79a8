// kg check, invariant orphan-nodes: an entity no article mentions and nothing relates to (a
// Position: one nobody HOLDS, was appointed or elected to, or left) — left behind by a replaced article or a curation. Curated nodes
// (curated: true) are kept on purpose and never counted.
// Whole-graph: one pass over :Entity; examples ($limit) by label, then id.
// example-params: {"limit": 10}
MATCH (n:Entity)
WHERE coalesce(n.curated, false) = false
  // A link to a tally (decisions 0033, 0038) is derived: it does not keep an entity.
  AND CASE WHEN n:Position THEN NOT EXISTS { (n)<-[:HOLDS|APPOINTED|ELECTED|LEFT]-() }
           ELSE NOT EXISTS { (n)-[r]-() WHERE NOT type(r) IN ['TALLIED', 'IMPLEMENTER_TALLIED', 'HOLDER_TALLIED'] } END
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WITH n, label ORDER BY label, n.id
WITH collect({node: n, label: label}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.node AS n
  RETURN collect({
    ids: [n.id],
    names: [coalesce(n.name, n.code, n.role, n.id)],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: CASE WHEN f.label = 'Position' THEN 'a Position nobody holds' ELSE 'a ' + f.label + ' with no article and no relationship' END
  }) AS examples
}
RETURN size(found) AS count, examples
