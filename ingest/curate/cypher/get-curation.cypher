MATCH (c:Curation {id: $id})
RETURN properties(c) AS props
