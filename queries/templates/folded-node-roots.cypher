// The roots of a node lookup (folded-request.cypher): one `node` per row, collected; no list
// columns. Two steps: a grouping key beside collect() would give no row at all for an unknown id.
WITH collect(node) AS roots
WITH roots, null AS list
