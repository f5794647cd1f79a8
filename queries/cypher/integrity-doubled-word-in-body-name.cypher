// kg check, invariant doubled-word-in-body-name: an Organization whose name has one word twice in
// a row ("Bộ Bộ Y tế"), compared lower case (toLower is Unicode-aware): a body name built from a
// head word the text already had. Words are the name split on spaces; only words with a letter
// count (toUpper differs from toLower), so "2 2" or "- -" are not doubled words.
// Whole-graph: one pass over Organization; examples ($limit) by id.
// example-params: {"limit": 10}
MATCH (o:Organization)
WITH o, [w IN split(toLower(coalesce(o.name, '')), ' ') WHERE w <> ''] AS words
WITH o, [i IN range(0, size(words) - 2) WHERE words[i] = words[i + 1] AND toUpper(words[i]) <> words[i] | words[i]] AS doubled
WHERE size(doubled) > 0
WITH o, doubled ORDER BY o.id
WITH collect({node: o, doubled: doubled}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.node AS o
  RETURN collect({
    ids: [o.id],
    names: [o.name],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: substring(reduce(s = '', w IN f.doubled | s + ', "' + w + '"'), 2) + ' twice in a row'
  }) AS examples
}
RETURN size(found) AS count, examples
