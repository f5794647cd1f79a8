// Article day tallies (decision 0043): the articles list counts a date range's articles from one
// (:ArticleDay {id}) per publication day (its id is the day), whose in-degree of PUBLISHED_ON is the number of
// articles published that day, instead of from every article of the range. Each dated article has
// exactly one link, to the day of its publishedAt; an undated one none. Run for the articles a
// write may have changed (written, replaced — a new version may carry another date): an article
// whose day is unchanged keeps its link (re-ingest counts nothing twice), one whose day moved or
// went leaves the old day, and a day left with no article goes, so the graph equals a clean ingest.
// The articles are locked by the batch's own MERGE (article-states) before this runs.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
CALL (a) {
  OPTIONAL MATCH (a)-[old:PUBLISHED_ON]->(was:ArticleDay)
  WHERE a.publishedAt IS NULL OR was.id <> a.publishedAt
  DELETE old
  WITH DISTINCT was
  WHERE was IS NOT NULL AND NOT EXISTS { (was)<-[:PUBLISHED_ON]-() }
  DELETE was
}
WITH a
WHERE a.publishedAt IS NOT NULL
MERGE (d:ArticleDay {id: a.publishedAt})
MERGE (a)-[:PUBLISHED_ON]->(d)
