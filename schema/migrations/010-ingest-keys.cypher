// What the ingest writer and the resolver look up beyond 001, so that every MERGE and every lookup
// is an index seek. Every entity node (Person, Organization, Document, Event, Position) also
// carries the label Entity, unique on id, which lets one statement match either endpoint of any
// relation and lets curation move relationships between nodes of any kind. Person candidates for
// resolution are found by the nameKey each MENTIONS of a person carries.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX mentions_name_key IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.nameKey);
