// holderCounts from the holder tallies (decision 0038): people seen holding a post, counted by group
// — the post's role, or its body's province, kind or level ('central': no province) — a person once
// per group, under null when the post has no body (or the body no province). Each (:HolderTally) is
// one profile, the set of (:HolderCell)s (role, has a body, province, kind) of the posts its people
// hold, and its in-degree of HOLDER_TALLIED is how many people have it (a degree, read from the
// store). The read seeks the cells of $role (holder_cell_role), else of $province
// (holder_cell_province), else of $kinds (holder_cell_kind), else every cell — one UNION branch
// applies, the others are pruned by their constant condition — then the profiles holding them; a
// profile adds its people once to each distinct group of its cells that pass every filter, so a
// person holding two posts of one group counts once, as with the summaries. Largest groups first,
// at most $limit. Absent filters are '' (text) and [] (kinds), never null: one plan per file
// (decision 0023).
// example-params: {"role": "", "province": "", "kinds": [], "level": "", "groupBy": "role", "limit": 50}
CALL () {
  WITH 1 AS start WHERE $role <> ''
  MATCH (c:HolderCell {role: $role})
  RETURN c
  UNION
  WITH 1 AS start WHERE $role = '' AND $province <> ''
  MATCH (c:HolderCell {province: $province})
  RETURN c
  UNION
  WITH 1 AS start WHERE $role = '' AND $province = '' AND size($kinds) > 0
  MATCH (c:HolderCell) WHERE c.kind IN $kinds
  RETURN c
  UNION
  WITH 1 AS start WHERE $role = '' AND $province = '' AND size($kinds) = 0
  MATCH (c:HolderCell)
  RETURN c
}
MATCH (c)<-[:HAS_CELL]-(t:HolderTally)
WITH DISTINCT t
WITH t, COUNT { (t)<-[:HOLDER_TALLIED]-() } AS people,
     [(t)-[:HAS_CELL]->(cell:HolderCell)
      WHERE ($role = '' OR cell.role = $role)
        AND ($province = '' OR cell.province = $province)
        AND (size($kinds) = 0 OR cell.kind IN $kinds)
        AND ($level = '' OR (cell.body AND ($level = 'central') = (cell.province IS NULL)))
      | CASE $groupBy
          WHEN 'role' THEN cell.role
          WHEN 'province' THEN cell.province
          WHEN 'kind' THEN cell.kind
          ELSE CASE WHEN NOT cell.body THEN null WHEN cell.province IS NULL THEN 'central' ELSE 'local' END
        END] AS keys
WHERE people > 0
UNWIND keys AS key
WITH DISTINCT t, people, key
WITH key, sum(people) AS count
ORDER BY count DESC, key
LIMIT $limit
RETURN key, count
