// Posts that nobody holds any more (their only claims came from a replaced article).
MATCH (p:Position)
WHERE NOT EXISTS { ()-[:HOLDS]->(p) } AND coalesce(p.curated, false) = false
DETACH DELETE p
