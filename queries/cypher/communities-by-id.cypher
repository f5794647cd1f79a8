// Communities of the last `kg analyse` by id (a person's or body's `communityId`); rows [] for an id
// no community has (a run replaced it).
// example-params: {"ids": ["community:1"]}
UNWIND $ids AS parentId
OPTIONAL MATCH (c:Community {id: parentId})
RETURN parentId, CASE WHEN c IS NULL THEN [] ELSE [c {.*}] END AS rows
