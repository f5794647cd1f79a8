// The last `kg analyse` run (decision 0022): rows [] before the first run.
// example-params: {"ids": ["network"]}
UNWIND $ids AS parentId
OPTIONAL MATCH (a:Analysis {id: parentId})
RETURN parentId, CASE WHEN a IS NULL THEN [] ELSE [a {.*}] END AS rows
