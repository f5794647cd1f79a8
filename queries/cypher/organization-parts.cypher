// The bodies that are PART_OF each body, alphabetically.
// example-params: {"ids": "@Organization"}
UNWIND $ids AS parentId
MATCH (:Organization {id: parentId})<-[:PART_OF]-(o:Organization)
RETURN parentId, o {.*} AS node
ORDER BY o.nameKey, o.id
