// Up to $batchSize communities of an earlier run that this run did not renumber.
MATCH (c:Community) WHERE c.analysisVersion < $version
WITH c LIMIT $batchSize
DETACH DELETE c
RETURN count(*) AS cleared
