// A batch of relationships from a backup, between nodes restore-nodes created (by their new element ids).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
FOREACH (p IN row.props |
  SET r[p.k] = CASE p.t
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
RETURN count(r) AS created
