// Curators' corrections in force, oldest first: the resolver applies them to every article.
MATCH (c:Curation)
WHERE c.undoneAt IS NULL
RETURN c.id AS id, c.action AS action, c.fromId AS fromId, c.intoId AS intoId, c.articleIds AS articleIds
ORDER BY c.at, c.id
