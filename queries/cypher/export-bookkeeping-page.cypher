// Export (the whole-graph JSON Lines snapshot only): one page of one bookkeeping label — kg fetch's
// Source and FeedItem, kg analyse's Analysis and Community (BOOKKEEPING_LABEL) — after $after in the
// order of the label's constrained key (KEY_PROPERTY: url or id), keyset-paged on its constraint's
// index. These nodes have no relationships. integerKeys and datetimeKeys name the properties stored as
// integers and as datetimes (kg fetch's times), so a snapshot can restore their types.
// example-params: {"after": "", "limit": 100}
MATCH (n:BOOKKEEPING_LABEL)
WHERE n.KEY_PROPERTY > $after
WITH n ORDER BY n.KEY_PROPERTY LIMIT $limit
RETURN n.KEY_PROPERTY AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER'] AS integerKeys,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'ZONED DATETIME'] AS datetimeKeys,
  [] AS out, [] AS participants
ORDER BY id
