// What the ingest writer and the resolver look up, so that every MERGE and every lookup is an
// index seek: every entity node (Person, Organization, Document, Event, Position) also carries
// the label Entity, unique on id, which lets one statement match any endpoint of a relation;
// person candidates are found by the nameKey stored on MENTIONS; curations by id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;
CREATE INDEX mentions_name_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.nameKey);
