// APPOINTED, ELECTED, LEFT (Person → Position): dated events of a post read from the text ("được
// bầu giữ chức …", "bổ nhiệm … từ ngày …", "nghỉ hưu", "nguyên …"; decision 0013), claims like the
// others, one per article and statement: unique on key (the loader's MERGE key), indexed on
// articleId (re-ingest deletes by article).
CREATE CONSTRAINT appointed_key IF NOT EXISTS FOR ()-[r:APPOINTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT elected_key IF NOT EXISTS FOR ()-[r:ELECTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT left_key IF NOT EXISTS FOR ()-[r:LEFT]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX appointed_article_id IF NOT EXISTS FOR ()-[r:APPOINTED]-() ON (r.articleId);
CREATE INDEX elected_article_id IF NOT EXISTS FOR ()-[r:ELECTED]-() ON (r.articleId);
CREATE INDEX left_article_id IF NOT EXISTS FOR ()-[r:LEFT]-() ON (r.articleId);
