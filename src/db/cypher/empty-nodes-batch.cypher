// Emptying the graph, second pass: up to $batchSize nodes (their relationships are gone by now; DETACH
// for one written meanwhile). The migration records stay, and the schema with them.
MATCH (n) WHERE NOT n:SchemaMigration
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted
