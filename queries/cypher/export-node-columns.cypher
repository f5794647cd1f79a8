// Export: every property key of each node label (Entity aside) and the value types it is stored with,
// so a CSV export can write its typed header before its first row. One pass over the nodes; the
// answer is one row per (label, key).
// example-params: {}
MATCH (n) WHERE NOT n:SchemaMigration
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n
UNWIND keys(n) AS key
RETURN label, key, collect(DISTINCT valueType(n[key])) AS types
ORDER BY label, key
