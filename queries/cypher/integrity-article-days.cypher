// kg check, invariant article-days (decision 0043): an article not linked (PUBLISHED_ON) to exactly
// the ArticleDay of its publishedAt — none when it is undated — so the articles list of a date range
// would count it wrong, twice or not at all. The loader keeps the links in the transaction that
// writes the article; a store loaded by neo4j-admin (migration 130 builds them at its first
// `kg db migrate`) or a link edited by hand is what this finds.
// Whole-graph: one pass over the articles; examples ($limit) by id.
// example-params: {"limit": 10}
MATCH (a:Article)
WITH a, CASE WHEN a.publishedAt IS NULL THEN [] ELSE [a.publishedAt] END AS expected,
     COLLECT { MATCH (a)-[:PUBLISHED_ON]->(d:ArticleDay) RETURN d.id ORDER BY d.id } AS days
WHERE days <> expected
WITH a, expected, days ORDER BY a.id
WITH collect({a: a, expected: expected, days: days}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.a AS a
  RETURN collect({
    ids: [a.id],
    names: [coalesce(a.title, a.id)],
    articleIds: [a.id],
    note: CASE WHEN size(f.days) = 0 THEN 'not counted on any day: the articles list of its date leaves it out'
               WHEN size(f.expected) = 0 THEN 'undated but counted on ' + reduce(s = '', x IN f.days | s + x + ' ')
               ELSE 'counted on ' + reduce(s = '', x IN f.days | s + x + ' ') + 'but published ' + f.expected[0] END
  }) AS examples
}
RETURN size(found) AS count, examples
