// Export (the whole-graph JSON Lines snapshot only): one page of the bookkeeping nodes of $label —
// kg fetch's Source and FeedItem (keyed on url), kg analyse's Analysis and Community (keyed on id),
// the keys of BOOKKEEPING_KEYS in ingest/load/snapshot.ts — after $after in key order. Only the branch
// of $label yields; each is keyset-paged on its label's unique constraint, so a page costs the same
// however deep the export is. These nodes have no relationships. integerKeys and datetimeKeys name the
// properties stored as integers and as datetimes (kg fetch's times), so a snapshot restores their types.
// example-params: {"label": "Community", "after": "", "limit": 100}
CALL () {
  MATCH (n:Source) WHERE $label = 'Source' AND n.url > $after
  RETURN n, n.url AS key ORDER BY key LIMIT $limit
  UNION ALL
  MATCH (n:FeedItem) WHERE $label = 'FeedItem' AND n.url > $after
  RETURN n, n.url AS key ORDER BY key LIMIT $limit
  UNION ALL
  MATCH (n:Analysis) WHERE $label = 'Analysis' AND n.id > $after
  RETURN n, n.id AS key ORDER BY key LIMIT $limit
  UNION ALL
  MATCH (n:Community) WHERE $label = 'Community' AND n.id > $after
  RETURN n, n.id AS key ORDER BY key LIMIT $limit
}
RETURN key AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER'] AS integerKeys,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'ZONED DATETIME'] AS datetimeKeys,
  [] AS out, [] AS participants
ORDER BY id
