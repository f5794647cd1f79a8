// The version of the last `kg analyse` run, 0 before the first.
OPTIONAL MATCH (a:Analysis {id: 'network'})
RETURN coalesce(a.version, 0) AS version
