// A batch of nodes from a backup: created with their labels and typed properties; returns the new
// element id of each backup key, for restore-relationships. The types are those backup-nodes wrote.
UNWIND $rows AS row
CREATE (n:$(row.labels))
FOREACH (p IN row.props |
  SET n[p.k] = CASE p.t
    WHEN 'INTEGER' THEN toInteger(p.v)
    WHEN 'DATE' THEN date(p.v)
    WHEN 'ZONED DATETIME' THEN datetime(p.v)
    WHEN 'LOCAL DATETIME' THEN localdatetime(p.v)
    WHEN 'ZONED TIME' THEN time(p.v)
    WHEN 'LOCAL TIME' THEN localtime(p.v)
    WHEN 'DURATION' THEN duration(p.v)
    WHEN 'LIST<INTEGER>' THEN [x IN p.v | toInteger(x)]
    WHEN 'LIST<DATE>' THEN [x IN p.v | date(x)]
    WHEN 'LIST<ZONED DATETIME>' THEN [x IN p.v | datetime(x)]
    ELSE p.v
  END)
RETURN row.key AS key, elementId(n) AS id
