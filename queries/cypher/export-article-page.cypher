// Export: one page of Article nodes after $after in id order (keyset on article_id), each with its
// MENTIONS. $labels (null: all) keeps articles only when it names Article, and mentions of entities of
// those labels; $since (null: all) keeps articles published on or after it (undated ones drop out).
// integerKeys names the properties stored as integers, so a snapshot can restore their type.
// example-params: {"after": "", "limit": 100, "labels": null, "since": null}
MATCH (n:Article)
WHERE n.id > $after
  AND ($labels IS NULL OR 'Article' IN $labels)
  AND ($since IS NULL OR n.publishedAt >= $since)
WITH n ORDER BY n.id LIMIT $limit
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(m)
  WHERE $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
  WITH r, m ORDER BY type(r), m.id
  RETURN collect(CASE WHEN r IS NOT NULL THEN {
    type: type(r), to: m.id, toLabels: labels(m), props: properties(r),
    integerKeys: [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER' OR valueType(r[k]) STARTS WITH 'LIST<INTEGER']
  } END) AS out
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER'] AS integerKeys,
  out, [] AS participants
ORDER BY id
