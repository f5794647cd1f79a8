UNWIND $rows AS row
MERGE (p:Position {id: row.id})
ON CREATE SET p:Entity, p.role = row.role, p.name = row.name
