// kg check, invariant generic-body-shared: a body named only by its kind ("Tỉnh ủy", "Ban Thường
// vụ Tỉnh ủy", "Sở Y tế" with no province) that articles from 2+ articles share. Such a node
// stands for many real bodies (one province's Tỉnh ủy and another's), so it puts one body's acts
// on another. A name is "only a kind" when its folded key, with $separators read as spaces,
// is left empty once every phrase of $genericWords (kind and level words as folded keys, longest
// first; ingest/lexicon/shared/integrity-words.tsv) is taken out as whole words. A body scoped to
// one article (unresolved) has one article and is not counted.
// Whole-graph: one pass over Organization; examples ($limit) most-shared first.
// example-params: {"genericWords": ["ban thuong vu", "tinh uy", "tinh"], "separators": [",", "-"], "limit": 10}
MATCH (o:Organization)
WITH o, reduce(s = coalesce(o.nameKey, ''), c IN $separators | replace(s, c, ' ')) AS spaced
// ' w1 w2 … wn ': single spaces around every word, so that ' ' + phrase + ' ' matches whole words.
WITH o, reduce(s = ' ', w IN [w IN split(spaced, ' ') WHERE w <> ''] | s + w + ' ') AS words
WHERE words <> ' '
// Twice over the list: a phrase written twice in a row shares its space with the first match.
WITH o, reduce(s = words, w IN $genericWords + $genericWords | replace(s, ' ' + w + ' ', ' ')) AS rest
WHERE trim(rest) = ''
WITH o, COUNT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT a } AS articles
WHERE articles >= 2
WITH o, articles ORDER BY articles DESC, o.id
WITH collect({node: o, articles: articles}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f.node AS o, f.articles AS articles
  RETURN collect({
    ids: [o.id],
    names: [o.name],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: 'named only by its kind; mentioned by ' + toString(articles) + ' articles'
  }) AS examples
}
RETURN size(found) AS count, examples
