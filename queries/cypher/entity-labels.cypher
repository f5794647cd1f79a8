// The labels of entities by graph id (every entity node also carries :Entity, unique on id), so
// a curation answer can say what type its entities are.
// example-params: {"ids": "@Person"}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, labels(n) AS labels
