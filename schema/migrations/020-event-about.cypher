// ABOUT (Event → Document): the document a meeting was held about ("Hội nghị quán triệt Chỉ thị
// 05-CT/TW"), a claim like the six of 001, with its evidence, one per article and statement: unique
// on key (the loader's MERGE key), indexed on articleId (re-ingest deletes by article).
CREATE CONSTRAINT about_key IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX about_article_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.articleId);
