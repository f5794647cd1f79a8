// Which articles of a batch are already in the graph, and as of which ingest (their ingestHash is
// written in the same transaction as their claims, so a present hash means a complete article).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.ingestHash AS ingestHash
