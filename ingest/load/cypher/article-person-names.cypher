// The (nameKey, resolvedId) pairs the given articles' person mentions feed (decision 0046): read
// before a replaced article's mentions are deleted, so their name contexts can be folded again.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(p:Person)
WHERE m.nameKey IS NOT NULL
RETURN DISTINCT m.nameKey AS nameKey, m.toResolvedId AS resolvedId
ORDER BY nameKey, resolvedId
