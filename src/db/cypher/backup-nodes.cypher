// Every node but the schema's migration records, with each property typed (valueType) and, where
// JSON would lose it (integers beyond 2^53, temporals), written as a string to be parsed back.
MATCH (n) WHERE NOT n:SchemaMigration
RETURN elementId(n) AS key, labels(n) AS labels,
  [k IN keys(n) | {k: k, t: replace(valueType(n[k]), ' NOT NULL', ''), v:
    CASE
      WHEN n[k] IS :: FLOAT | STRING | BOOLEAN | LIST<FLOAT NOT NULL> | LIST<STRING NOT NULL> | LIST<BOOLEAN NOT NULL> THEN n[k]
      WHEN n[k] IS :: LIST<ANY> THEN [x IN n[k] | toString(x)]
      ELSE toString(n[k])
    END}] AS props
