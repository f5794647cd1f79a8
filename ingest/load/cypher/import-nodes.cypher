// Snapshot import: one batch of nodes of one label set (NODE_LABELS, from the fixed list in
// snapshot.ts), keyed on the label's unique id so a retried batch finds what it wrote.
// $rows: [{id, props}] with props holding every property, id included.
UNWIND $rows AS row
MERGE (n:PRIMARY_LABEL {id: row.id})
SET n = row.props
SET n:NODE_LABELS
