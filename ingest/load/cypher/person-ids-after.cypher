// One page of person ids after $after, in id order (the person id constraint's index): what a
// whole-graph retally of the holder tallies walks (after kg import, decision 0038).
MATCH (p:Person)
WHERE p.id > $after
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit
