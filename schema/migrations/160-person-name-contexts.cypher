// Person name contexts (decision 0046): the resolver's candidates for a batch's names are read from
// one (:PersonNameContext) per (name key, resolved id) — the union of the contexts of that pair's
// MENTIONS — not from every mention, so a name seen in thousands of articles costs one row per
// person of that name, not one per article. One node per id (`<nameKey>|<resolvedId>`); the loader
// seeks them by nameKey.
CREATE CONSTRAINT person_name_context_id IF NOT EXISTS FOR (c:PersonNameContext) REQUIRE c.id IS UNIQUE;
CREATE INDEX person_name_context_name_key IF NOT EXISTS FOR (c:PersonNameContext) ON (c.nameKey);
// Built here once for the people of a graph written before the loader kept them (the loader's
// ingest/load/cypher/recount-person-name-contexts.cypher from then on: the same fold).
MATCH (:Article)-[m:MENTIONS]->(p:Person)
WHERE m.nameKey IS NOT NULL AND m.toResolvedId IS NOT NULL
WITH m.nameKey AS nameKey, m.toResolvedId AS resolvedId,
     reduce(acc = [], l IN collect(m.postProvinces) | acc + l) AS postProvinces,
     reduce(acc = [], l IN collect(m.orgIds) | acc + l) AS orgIds,
     collect(m.articleProvince) AS seenIn,
     reduce(acc = [], l IN collect(m.seats) | acc + l) AS seats,
     collect(CASE WHEN size(coalesce(m.seats, [])) > 0 THEN m.asOf END) AS seatDates
WITH nameKey, resolvedId,
     COLLECT { UNWIND postProvinces AS v RETURN DISTINCT v ORDER BY v } AS postProvinces,
     COLLECT { UNWIND orgIds AS v RETURN DISTINCT v ORDER BY v } AS orgIds,
     COLLECT { UNWIND seenIn AS v RETURN DISTINCT v ORDER BY v } AS seenIn,
     COLLECT { UNWIND seats AS v RETURN DISTINCT v ORDER BY v } AS seats,
     COLLECT { UNWIND seatDates AS v RETURN DISTINCT v ORDER BY v } AS seatDates
MERGE (c:PersonNameContext {id: nameKey + '|' + resolvedId})
// An empty list is not stored (decision 0014's rule for every list property).
SET c.nameKey = nameKey, c.resolvedId = resolvedId,
    c.postProvinces = CASE WHEN postProvinces = [] THEN null ELSE postProvinces END,
    c.orgIds = CASE WHEN orgIds = [] THEN null ELSE orgIds END,
    c.seenIn = CASE WHEN seenIn = [] THEN null ELSE seenIn END,
    c.seats = CASE WHEN seats = [] THEN null ELSE seats END,
    c.seatDates = CASE WHEN seatDates = [] THEN null ELSE seatDates END;
