// Holder tallies (decision 0038): holderCounts is answered from per-profile (:HolderTally) nodes
// whose in-degree of HOLDER_TALLIED is the number of people with that profile, instead of from one
// HOLDS summary per person and post. A person's profile is the set of cells of the posts they hold
// (HOLDS_SUMMARY): a cell is (role, has a body, the body's province, its kind), a (:HolderCell)
// that the profile links with HAS_CELL. holderCounts counts a person once per group among the
// posts that pass its filter; every person of a profile has the same cells, so counts alike, and
// a profile adds its degree once to each distinct group of its cells that pass — exact, however
// many posts of one group a person holds. Run for the people a write may have changed (HOLDS
// claims added, deleted or moved; posts or bodies curated; a body's kind changed): an unchanged
// profile keeps its link, a changed one moves, and a profile (and a cell) left unused goes.
// Cell ids are role|body|province|kind ('' for an absent one), a profile's id its cells' ids, sorted,
// each followed by ';' ('' for no post: no profile).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH DISTINCT p
// Write-lock the person before reading their posts, as the event and implementer retallies lock theirs.
SET p.tallyLock = true
REMOVE p.tallyLock
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS_SUMMARY]->(pos:Position)
  OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
  WITH pos, o
  WHERE pos IS NOT NULL
  WITH DISTINCT coalesce(pos.role, '') AS role, o IS NOT NULL AS body, coalesce(o.province, '') AS province,
       coalesce(o.kind, '') AS kind
  WITH role, body, province, kind,
       role + '|' + CASE WHEN body THEN 'body' ELSE '' END + '|' + province + '|' + kind AS cell
  ORDER BY cell
  RETURN collect({id: cell, role: role, body: body, province: province, kind: kind}) AS cells
}
WITH p, cells, reduce(s = '', c IN cells | s + c.id + ';') AS key
CALL (p, key) {
  OPTIONAL MATCH (p)-[old:HOLDER_TALLIED]->(was:HolderTally)
  WHERE was.id <> key
  DELETE old
  WITH DISTINCT was
  WHERE was IS NOT NULL AND NOT EXISTS { (was)<-[:HOLDER_TALLIED]-() }
  OPTIONAL MATCH (was)-[:HAS_CELL]->(cell:HolderCell)
  DETACH DELETE was
  WITH DISTINCT cell
  WHERE cell IS NOT NULL AND NOT EXISTS { (cell)<-[:HAS_CELL]-() }
  DELETE cell
}
WITH p, cells, key
WHERE key <> ''
MERGE (t:HolderTally {id: key})
WITH p, t, cells
// A profile's cells are written with it (MERGE on the unique id serialises two writers of one profile).
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
MERGE (p)-[:HOLDER_TALLIED]->(t)
