// Posts that nobody holds any more and nobody was appointed to, elected to or left (their only
// claims came from a replaced article).
MATCH (p:Position)
WHERE NOT EXISTS { ()-[:HOLDS|APPOINTED|ELECTED|LEFT]->(p) } AND coalesce(p.curated, false) = false
DETACH DELETE p
