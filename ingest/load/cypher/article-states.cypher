// Which articles of a batch are already in the graph, and as of which ingest (their ingestHash is
// written in the same transaction as their claims, so a present hash means a complete article).
// The MERGE and the SET/REMOVE take a write lock on each of the batch's articles for the rest of
// the transaction: a concurrent ingest of the same articles waits here, then finds them written
// and skips them, instead of resolving them against a graph that changes under it.
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.ingestLock = true
REMOVE a.ingestLock
RETURN a.id AS id, a.ingestHash AS ingestHash
