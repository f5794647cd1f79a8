MATCH (c:Curation {id: $id})
SET c.undoneAt = $at, c.undoneBy = $by
