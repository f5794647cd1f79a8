// Export: one page of Curation nodes (curators' audited corrections and judgements) after $after in id
// order (keyset on curation_id). $labels (null: all) keeps them only when it names Curation; $since
// (null: all) keeps those made on or after it. Curations have no relationships (they name ids).
// integerKeys names the properties stored as integers, so a snapshot can restore their type.
// example-params: {"after": "", "limit": 100, "labels": null, "since": null}
MATCH (n:Curation)
WHERE n.id > $after
  AND ($labels IS NULL OR 'Curation' IN $labels)
  AND ($since IS NULL OR toString(n.at) >= $since)
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER'] AS integerKeys,
  [] AS out, [] AS participants
ORDER BY id
