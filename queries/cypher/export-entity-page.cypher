// Export: one page of Entity nodes (Person, Organization, Document, Event, Position) after $after in
// id order (keyset on the entity_id index, so every page costs the same however deep the export is),
// each with its outgoing relationships. $labels (null: all) keeps nodes and relationship ends of those
// labels; $since (null: everything) keeps claims dated on or after it, the entities an article
// published on or after it mentions or such a claim links, and the structural links between them.
// For a post, its relationships carry the post's body (toBody) and role (toRole); an Event carries
// its participants (who chaired, attended, organized it), which FollowTheMoney puts on the event.
// integerKeys names the properties stored as integers, so a snapshot can restore their type.
// example-params: {"after": "", "limit": 100, "labels": null, "since": null}
MATCH (n:Entity)
WHERE n.id > $after
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND ($since IS NULL
    OR EXISTS { MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.publishedAt >= $since }
    OR EXISTS { MATCH (n)-[c]-() WHERE c.articleId IS NOT NULL AND c.asOf >= $since })
WITH n ORDER BY n.id LIMIT $limit
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(m)
  // The tallies (decisions 0033, 0038) are derived data, built again on import: not exported.
  WHERE NOT m:EventTally AND NOT m:ImplementerTally AND NOT m:HolderTally
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    AND ($since IS NULL
      OR (r.articleId IS NOT NULL AND r.asOf >= $since)
      OR (r.articleId IS NULL
        AND (EXISTS { MATCH (a:Article)-[:MENTIONS]->(m) WHERE a.publishedAt >= $since }
          OR EXISTS { MATCH (m)-[c]-() WHERE c.articleId IS NOT NULL AND c.asOf >= $since })))
  WITH r, m ORDER BY type(r), m.id, r.key
  RETURN collect(CASE WHEN r IS NOT NULL THEN {
    type: type(r), to: m.id, toLabels: labels(m), props: properties(r),
    toBody: CASE WHEN m:Position THEN head([(m)-[:OF]->(o) | o.id]) END, toRole: m.role,
    integerKeys: [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER' OR valueType(r[k]) STARTS WITH 'LIST<INTEGER']
  } END) AS out
}
CALL (n) {
  OPTIONAL MATCH (p)-[r:CHAIRED|ATTENDED|ORGANIZED]->(n:Event)
  WHERE ($labels IS NULL OR any(l IN labels(p) WHERE l IN $labels)) AND ($since IS NULL OR r.asOf >= $since)
  WITH DISTINCT type(r) AS type, p.id AS from ORDER BY type, from
  RETURN collect(CASE WHEN type IS NOT NULL THEN {type: type, from: from} END) AS participants
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER'] AS integerKeys,
  out, participants
ORDER BY id
