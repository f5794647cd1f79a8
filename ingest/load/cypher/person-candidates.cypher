// What the graph knows about people of the batch's names: per resolved id, the context of each
// mention (see ingest/resolve/person-registry.ts). The hint keeps the plan on the MENTIONS(nameKey)
// index: a plan made while the graph was small could otherwise scan Person nodes, a cost that
// grows with the graph.
MATCH (a:Article)-[m:MENTIONS]->(p)
USING INDEX m:MENTIONS(nameKey)
WHERE m.nameKey IN $nameKeys AND p:Person
RETURN m.toResolvedId AS resolvedId, m.nameKey AS nameKey, m.postProvinces AS postProvinces,
       m.orgIds AS orgIds, m.articleProvince AS articleProvince, m.seats AS seats, m.asOf AS asOf,
       a.id AS articleId
ORDER BY a.id, m.toResolvedId
