UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o:Entity, o.name = row.name, o.nameKey = row.nameKey, o.kind = row.kind, o.province = row.province,
              o.aliases = [], o.unresolved = row.unresolved, o.validFrom = row.validFrom
SET o.kind = CASE WHEN o.kind = 'other' THEN row.kind ELSE o.kind END,
    o.aliases = [x IN reduce(acc = o.aliases, f IN row.aliases | CASE WHEN f IN acc THEN acc ELSE acc + f END) WHERE x <> o.name]
