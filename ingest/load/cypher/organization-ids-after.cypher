// One page of body ids after $after, in id order (the organization id constraint's index): what a
// whole-graph retally of the implementer tallies walks (after kg import, decision 0038).
MATCH (o:Organization)
WHERE o.id > $after
RETURN o.id AS id
ORDER BY o.id
LIMIT $limit
