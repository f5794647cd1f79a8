UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e:Entity, e.name = row.name, e.kind = row.kind, e.date = row.date, e.organizer = row.organizer
