// The communities of one `kg analyse` run, merged on their id (community:<rank>).
UNWIND $rows AS r
MERGE (c:Community {id: r.id})
SET c.rank = r.rank,
    c.size = r.size,
    c.peopleCount = r.peopleCount,
    c.organizationCount = r.organizationCount,
    c.analysisVersion = $version
