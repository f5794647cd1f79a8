CREATE (c:Curation {id: $id})
SET c += $props
RETURN c.id AS id
