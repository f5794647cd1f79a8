// Every relationship between exported nodes, its endpoints by the element ids backup-nodes gave.
MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type,
  [k IN keys(r) | {k: k, t: replace(valueType(r[k]), ' NOT NULL', ''), v:
    CASE
      WHEN r[k] IS :: FLOAT | STRING | BOOLEAN | LIST<FLOAT NOT NULL> | LIST<STRING NOT NULL> | LIST<BOOLEAN NOT NULL> THEN r[k]
      WHEN r[k] IS :: LIST<ANY> THEN [x IN r[k] | toString(x)]
      ELSE toString(r[k])
    END}] AS props
