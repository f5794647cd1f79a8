// Up to $batchSize nodes an earlier run analysed that this run did not (no link any more): their
// results go, so nothing shows an answer from another run. Read through entity_analysis_version.
MATCH (n:Entity) WHERE n.analysisVersion < $version
WITH n LIMIT $batchSize
REMOVE n.communityId, n.pagerank, n.betweenness, n.degree, n.analysisVersion
RETURN count(n) AS cleared
