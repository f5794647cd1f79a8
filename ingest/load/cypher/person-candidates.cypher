// What the graph knows about people of the batch's names: per resolved id, the context of each
// mention (see ingest/resolve/person-registry.ts). Served by the MENTIONS(nameKey) index.
MATCH (a:Article)-[m:MENTIONS]->(:Person)
WHERE m.nameKey IN $nameKeys
RETURN m.toResolvedId AS resolvedId, m.nameKey AS nameKey, m.postProvinces AS postProvinces,
       m.orgIds AS orgIds, m.articleProvince AS articleProvince, a.id AS articleId
ORDER BY a.id, m.toResolvedId
