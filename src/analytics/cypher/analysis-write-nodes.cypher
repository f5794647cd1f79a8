// One batch of `kg analyse` results: each analysed person or body gets its community, PageRank,
// betweenness and degree, stamped with the run's version (idempotent: SET on the node by id).
UNWIND $rows AS r
MATCH (n:Entity {id: r.id})
SET n.communityId = r.communityId,
    n.pagerank = r.pagerank,
    n.betweenness = r.betweenness,
    n.degree = r.degree,
    n.analysisVersion = $version
