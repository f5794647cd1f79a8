// Backup: the nodes a graph snapshot does not carry ($labels: the snapshot's node labels, knowledge
// graph and bookkeeping) — a label a later kg added, or nodes written by hand — counted by label, so
// kg db backup can say what a JSON Lines backup would leave out.
// example-params: {"labels": ["Article", "Person", "Organization", "Document", "Event", "Position", "Curation", "Source", "FeedItem", "Analysis", "Community"]}
MATCH (n)
WHERE NOT n:SchemaMigration AND NOT any(l IN labels(n) WHERE l IN $labels)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY label
