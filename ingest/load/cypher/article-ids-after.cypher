// One page of article ids after $after, in id order (the article id constraint's index): what a
// whole-graph retally of the article days walks (after kg import, whose snapshot does not carry
// them).
MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
