// Export: every property key of each relationship type and the value types it is stored with, so a
// CSV export can write its typed header before its first row. One pass over the relationships.
// example-params: {}
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN type(r) AS type, key, collect(DISTINCT valueType(r[key])) AS types
ORDER BY type, key
