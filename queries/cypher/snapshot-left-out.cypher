// Backup: the nodes a graph snapshot does not carry ($labels: the snapshot's node labels, knowledge
// graph and bookkeeping) — a label a later kg added, or nodes written by hand — counted by label, so
// kg db backup can say what a JSON Lines backup would leave out. The tallies (EventTally, decision
// 0033; ImplementerTally, HolderTally and HolderCell, decision 0038; ArticleDay, decision 0043) are
// not counted: kg import builds them again from the events, the IMPLEMENTS and HOLDS summaries and
// the articles' dates. Nor are the person name contexts (PersonNameContext, decision 0046): restore
// folds them again from the mentions.
// The example names the knowledge graph's labels only, so that on the analysed sample graph the
// Analysis and Community nodes answer (kg db backup passes every label the snapshot carries).
// example-params: {"labels": ["Article", "Person", "Organization", "Document", "Event", "Position", "Curation"]}
MATCH (n)
WHERE NOT n:SchemaMigration AND NOT n:EventTally AND NOT n:ImplementerTally AND NOT n:HolderTally
  AND NOT n:HolderCell AND NOT n:ArticleDay AND NOT n:PersonNameContext
  AND NOT any(l IN labels(n) WHERE l IN $labels)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY label
