// The given bodies that exist with kind 'other': merge-organizations gives them the kind an article
// names (the only write that changes a stored body's kind), so their implementer and holder
// tallies (decision 0038) are moved after the batch's writes.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
WHERE o.kind = 'other'
RETURN o.id AS id
