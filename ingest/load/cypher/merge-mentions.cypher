// One MENTIONS per article and resolved entity (two resolved ids merged by a curator stay two
// relationships, so the merge can be undone).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS {toResolvedId: row.resolvedId}]->(e)
SET m.spans = row.spans, m.nameKey = row.nameKey, m.postProvinces = row.postProvinces, m.orgIds = row.orgIds,
    m.articleProvince = row.articleProvince, m.seats = row.seats, m.asOf = row.asOf
