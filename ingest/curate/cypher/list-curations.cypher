MATCH (c:Curation)
RETURN properties(c) AS props
ORDER BY c.at DESC, c.id
LIMIT $limit
