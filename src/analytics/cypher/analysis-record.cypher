// The record of a finished `kg analyse` run: written last, so it names a run whose results are all in place.
MERGE (a:Analysis {id: 'network'})
SET a += $run
