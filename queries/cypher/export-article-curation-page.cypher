// Export: one page of the nodes outside the Entity label — Articles and Curations (curators' audited
// corrections and judgements) — after $after in id order: keyset on article_id and curation_id, each
// side limited before the two are merged, so a page costs the same however deep the export is.
// Articles come with their MENTIONS (not their PUBLISHED_ON day, derived); curations have no relationships (they name ids).
// $labels (null: all) keeps Articles / Curations only when it names them, and mentions of entities of
// those labels; $since (null: all) keeps articles published and curations made on or after it
// (undated articles drop out). integerKeys names the properties stored as integers, so a snapshot
// can restore their type.
// example-params: {"after": "", "limit": 100, "labels": null, "since": null}
CALL () {
  MATCH (n:Article)
  WHERE n.id > $after
    AND ($labels IS NULL OR 'Article' IN $labels)
    AND ($since IS NULL OR n.publishedAt >= $since)
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Curation)
  WHERE n.id > $after
    AND ($labels IS NULL OR 'Curation' IN $labels)
    AND ($since IS NULL OR toString(n.at) >= $since)
  RETURN n ORDER BY n.id LIMIT $limit
}
WITH n ORDER BY n.id LIMIT $limit
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(m)
  // An article's day (decision 0043) is derived data, built again on import: not exported.
  WHERE NOT m:ArticleDay AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
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
