// How many nodes carry each label (schema records aside; $hidden: labels left out of the count).
MATCH (n) WHERE NOT n:SchemaMigration
UNWIND labels(n) AS label
WITH label WHERE NOT label IN $hidden
RETURN label, count(*) AS n ORDER BY label
