// The core schema of docs/graph-model.md: constraints before data, so that every MERGE on a key is an
// index lookup and a second node or claim with the same key cannot exist.
// Applied by `kg db migrate` (src/db/migrate.ts), once, in file order; every statement is idempotent.
// Statements end with a semicolon at the end of a line. Names are part of the API: the GraphQL layer
// queries the full-text indexes by name (see docs/graph-model.md, "Schema").

// Node identity: every node has a unique, deterministic `id`.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;

// Claim identity: one relationship per (type, endpoints, article, span), MERGEd on `key`.
// Relationship property uniqueness constraints exist in Community Edition since 5.7.
CREATE CONSTRAINT chaired_key IF NOT EXISTS FOR ()-[r:CHAIRED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_key IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT implements_key IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT issued_key IF NOT EXISTS FOR ()-[r:ISSUED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT organized_key IF NOT EXISTS FOR ()-[r:ORGANIZED]-() REQUIRE r.key IS UNIQUE;

// Re-ingesting an article deletes the claims whose `articleId` is that article: find them by index.
CREATE INDEX chaired_article_id IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.articleId);
CREATE INDEX attended_article_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.articleId);
CREATE INDEX holds_article_id IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.articleId);
CREATE INDEX implements_article_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.articleId);
CREATE INDEX issued_article_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.articleId);
CREATE INDEX organized_article_id IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.articleId);

// Exact look-ups: a document by its code ("05-CT/TW"), a person or body by its folded name.
CREATE INDEX document_code IF NOT EXISTS FOR (n:Document) ON (n.code);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);

// Search: full-text over names and aliases. `standard-folding` folds diacritics (ư, ơ, ệ, đ → u, o, e, d),
// so "Đồng Tháp", "dong thap" and "Dong Thap" find the same body.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX document_search IF NOT EXISTS FOR (n:Document) ON EACH [n.code, n.name, n.subject]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX event_names IF NOT EXISTS FOR (n:Event) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
