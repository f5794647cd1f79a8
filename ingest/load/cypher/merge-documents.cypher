UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d:Entity, d.code = row.code, d.name = row.name, d.kind = row.kind, d.number = row.number,
              d.issuerCode = row.issuerCode, d.province = row.province
SET d.date = coalesce(d.date, row.date), d.subject = coalesce(d.subject, row.subject),
    d.kind = CASE WHEN coalesce(d.kind, '') = '' THEN row.kind ELSE d.kind END
