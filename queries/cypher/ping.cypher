// Readiness probe: the database answers a read.
// example-params: {}
RETURN 1 AS ok
