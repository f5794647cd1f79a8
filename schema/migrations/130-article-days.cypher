// Article day tallies (decision 0043): the articles list of a date range counts its articles from
// one (:ArticleDay {id}) per publication day (its id is the day, YYYY-MM-DD), whose in-degree of PUBLISHED_ON is the number of
// articles published that day, instead of from every article of the range. One day node per day;
// the count seeks the days of the range on the constraint's index.
CREATE CONSTRAINT article_day_id IF NOT EXISTS FOR (d:ArticleDay) REQUIRE d.id IS UNIQUE;
// Built here once for a graph written before the loader kept them (the loader's
// ingest/load/cypher/retally-article-days.cypher from then on). Undated articles have no day.
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL AND NOT EXISTS { (a)-[:PUBLISHED_ON]->(:ArticleDay) }
MERGE (d:ArticleDay {id: a.publishedAt})
MERGE (a)-[:PUBLISHED_ON]->(d);
