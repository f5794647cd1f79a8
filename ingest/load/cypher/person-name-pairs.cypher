// Every (nameKey, resolvedId) pair of the graph's person mentions as its context id
// (`<nameKey>|<resolvedId>`), a page after a key: what a restored snapshot's name contexts are
// built from (decision 0046), a page per transaction.
MATCH (:Article)-[m:MENTIONS]->(p:Person)
WHERE m.nameKey IS NOT NULL AND m.nameKey + '|' + m.toResolvedId > $after
WITH DISTINCT m.nameKey + '|' + m.toResolvedId AS id
RETURN id
ORDER BY id
LIMIT $limit
