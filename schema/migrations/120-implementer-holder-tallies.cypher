// Implementer and holder tallies (decision 0038): implementerCounts and holderCounts read
// per-(document, kind, province) and per-profile tallies the loader keeps, not one summary per body
// or holder. One tally or cell per id; implementerCounts seeks a document's tallies, holderCounts
// the cells of a role, a province or kinds.
CREATE CONSTRAINT implementer_tally_id IF NOT EXISTS FOR (t:ImplementerTally) REQUIRE t.id IS UNIQUE;
CREATE INDEX implementer_tally_document IF NOT EXISTS FOR (t:ImplementerTally) ON (t.document);
CREATE CONSTRAINT holder_tally_id IF NOT EXISTS FOR (t:HolderTally) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT holder_cell_id IF NOT EXISTS FOR (c:HolderCell) REQUIRE c.id IS UNIQUE;
CREATE INDEX holder_cell_role IF NOT EXISTS FOR (c:HolderCell) ON (c.role);
CREATE INDEX holder_cell_province IF NOT EXISTS FOR (c:HolderCell) ON (c.province);
CREATE INDEX holder_cell_kind IF NOT EXISTS FOR (c:HolderCell) ON (c.kind);
// Built here once for a graph written before the loader kept them (the loader's
// ingest/load/cypher/retally-implementers.cypher and retally-holders.cypher from then on; the keys
// are made the same way).
MATCH (o:Organization)-[:IMPLEMENTS_SUMMARY]->(d:Document)
WHERE NOT EXISTS { (o)-[:IMPLEMENTER_TALLIED]->(:ImplementerTally {document: d.id}) }
WITH o, d, d.id + '|' + coalesce(o.kind, '') + '|' + coalesce(o.province, '') AS key
MERGE (t:ImplementerTally {id: key})
ON CREATE SET t.document = d.id, t.kind = o.kind, t.province = o.province
MERGE (o)-[:IMPLEMENTER_TALLIED]->(t);
MATCH (p:Person)
WHERE EXISTS { (p)-[:HOLDS_SUMMARY]->(:Position) } AND NOT EXISTS { (p)-[:HOLDER_TALLIED]->(:HolderTally) }
CALL (p) {
  MATCH (p)-[:HOLDS_SUMMARY]->(pos:Position)
  OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
  WITH DISTINCT coalesce(pos.role, '') AS role, o IS NOT NULL AS body, coalesce(o.province, '') AS province,
       coalesce(o.kind, '') AS kind
  WITH role, body, province, kind,
       role + '|' + CASE WHEN body THEN 'body' ELSE '' END + '|' + province + '|' + kind AS cell
  ORDER BY cell
  RETURN collect({id: cell, role: role, body: body, province: province, kind: kind}) AS cells
}
WITH p, cells, reduce(s = '', c IN cells | s + c.id + ';') AS key
MERGE (t:HolderTally {id: key})
WITH p, t, cells
CALL (t, cells) {
  WITH t, cells
  WHERE NOT EXISTS { (t)-[:HAS_CELL]->() }
  UNWIND cells AS c
  MERGE (cell:HolderCell {id: c.id})
  ON CREATE SET cell.body = c.body,
                cell.role = CASE c.role WHEN '' THEN null ELSE c.role END,
                cell.province = CASE c.province WHEN '' THEN null ELSE c.province END,
                cell.kind = CASE c.kind WHEN '' THEN null ELSE c.kind END
  MERGE (t)-[:HAS_CELL]->(cell)
}
MERGE (p)-[:HOLDER_TALLIED]->(t);
