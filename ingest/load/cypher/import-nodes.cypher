// Snapshot import: one batch of nodes of one label set (NODE_LABELS, from the fixed list in
// snapshot.ts), keyed on the label's unique property (KEY_PROPERTY: id, or url for Source and
// FeedItem) so a retried batch finds what it wrote. $rows: [{id, props, datetimeKeys}]: props holds
// every property, the key included; datetimeKeys names those the export wrote as ISO strings, made
// datetimes again here.
UNWIND $rows AS row
MERGE (n:PRIMARY_LABEL {KEY_PROPERTY: row.id})
SET n = row.props
SET n:NODE_LABELS
FOREACH (key IN row.datetimeKeys | SET n[key] = datetime(row.props[key]))
