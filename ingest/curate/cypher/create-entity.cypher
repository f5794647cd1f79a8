// Template, LABEL replaced from the fixed list of entity labels (never from input): recreates a
// node a merge removed, or the node a split creates, with the given properties.
CREATE (n:Entity:LABEL)
SET n = $props, n.curated = true
