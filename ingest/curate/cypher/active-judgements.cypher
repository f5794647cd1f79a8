// The judgements in force on a pair of ids, either order: a second one is refused.
MATCH (c:Curation)
WHERE c.undoneAt IS NULL AND c.action IN ['distinct', 'unsure'] AND $a IN c.ids AND $b IN c.ids
RETURN c.id AS id, c.action AS action
ORDER BY c.at, c.id
