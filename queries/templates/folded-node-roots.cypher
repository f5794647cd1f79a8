// The roots of a node lookup (folded-request.cypher): one `node` per row, collected; no list
// columns and no `rootNodes` (the pages seek their one or few roots by id). Two steps: a grouping key beside collect() would give no row at all for an unknown id.
WITH collect(node) AS roots
WITH roots, null AS list, [] AS rootNodes
