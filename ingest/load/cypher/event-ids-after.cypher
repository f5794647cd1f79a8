// One page of event ids after $after, in id order (the event id constraint's index): what a
// whole-graph retally walks (after kg import, whose snapshot does not carry the tallies).
MATCH (e:Event)
WHERE e.id > $after
RETURN e.id AS id
ORDER BY e.id
LIMIT $limit
