// Fallback for a loosely typed code that matched no stored spelling: the documents with that
// number, whose codes the API then compares letter by letter with diacritics folded.
// example-params: {"numbers": ["05", "5"]}
MATCH (d:Document)
WHERE d.number IN $numbers AND d.code IS NOT NULL
RETURN d {.*} AS node
ORDER BY d.id
LIMIT 200
