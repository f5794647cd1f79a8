// Emptying the graph, first pass: up to $batchSize relationships. Relationships go first, so that the
// node pass deletes bare nodes: a batch of 10,000 nodes detached with their relationships once needed
// more than a test server's 716 MiB of transaction memory (3,168 articles with 188,367 claims,
// decision 0031).
MATCH ()-[r]->()
WITH r LIMIT $batchSize
DELETE r
RETURN count(*) AS deleted
