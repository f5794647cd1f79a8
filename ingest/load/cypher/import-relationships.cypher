// Snapshot import: one batch of relationships of one type between nodes of two labels (REL_TYPE,
// FROM_LABEL, TO_LABEL from the fixed lists in snapshot.ts; ends found through their id constraints).
// CREATE, not MERGE: parallel relationships are the model (one per article and statement), structural
// ones have no key of their own, and kg import runs only into an empty graph, one transaction per
// batch (a retried transaction was rolled back first). $rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:FROM_LABEL {id: row.from})
MATCH (b:TO_LABEL {id: row.to})
CREATE (a)-[r:REL_TYPE]->(b)
SET r = row.props
RETURN count(r) AS created
