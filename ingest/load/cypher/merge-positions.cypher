UNWIND $rows AS row
MERGE (p:Position {id: row.id})
ON CREATE SET p:Entity, p.role = row.role, p.name = row.name, p.aliases = [], p.unresolved = row.unresolved
SET p.aliases = reduce(acc = p.aliases, f IN row.aliases | CASE WHEN f IN acc THEN acc ELSE acc + f END)
