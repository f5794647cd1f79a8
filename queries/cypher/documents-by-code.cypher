// Documents whose stored code is one of the canonical spellings of what the user typed
// (src/api/document-code.ts turns "05 ct/tw" into ["05-CT/TW", "5-CT/TW"]).
// example-params: {"codes": ["05-CT/TW", "5-CT/TW"]}
MATCH (d:Document)
WHERE d.code IN $codes
RETURN d {.*} AS node
ORDER BY d.id
