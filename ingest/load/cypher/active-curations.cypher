// Curators' corrections in force, oldest first: the resolver applies them to every article.
// `pins` (a distinct judgement's, JSON [articleId, resolvedId, id] triples) keep each side's articles on it.
MATCH (c:Curation)
WHERE c.undoneAt IS NULL
RETURN c.id AS id, c.action AS action, c.fromId AS fromId, c.intoId AS intoId, c.articleIds AS articleIds,
       c.pins AS pins
ORDER BY c.at, c.id
