// What a batch's new person mentions add to their name contexts (decision 0046): one row per
// (nameKey, resolvedId), its lists the union of the batch's mentions of that pair (write-batch.ts),
// merged into the stored lists (sorted, distinct; an empty list is not stored). Adding is a union,
// so writing a row twice changes nothing. Rows come sorted by id, so concurrent ingests lock in
// one order.
UNWIND $rows AS row
MERGE (c:PersonNameContext {id: row.id})
ON CREATE SET c.nameKey = row.nameKey, c.resolvedId = row.resolvedId
// Write-lock the context before reading it: two ingests adding to one pair must not lose an update.
SET c.lock = true
WITH c, row,
     COLLECT { UNWIND coalesce(c.postProvinces, []) + row.postProvinces AS v RETURN DISTINCT v ORDER BY v } AS postProvinces,
     COLLECT { UNWIND coalesce(c.orgIds, []) + row.orgIds AS v RETURN DISTINCT v ORDER BY v } AS orgIds,
     COLLECT { UNWIND coalesce(c.seenIn, []) + row.seenIn AS v RETURN DISTINCT v ORDER BY v } AS seenIn,
     COLLECT { UNWIND coalesce(c.seats, []) + row.seats AS v RETURN DISTINCT v ORDER BY v } AS seats,
     COLLECT { UNWIND coalesce(c.seatDates, []) + row.seatDates AS v RETURN DISTINCT v ORDER BY v } AS seatDates
SET c.postProvinces = CASE WHEN postProvinces = [] THEN null ELSE postProvinces END,
    c.orgIds = CASE WHEN orgIds = [] THEN null ELSE orgIds END,
    c.seenIn = CASE WHEN seenIn = [] THEN null ELSE seenIn END,
    c.seats = CASE WHEN seats = [] THEN null ELSE seats END,
    c.seatDates = CASE WHEN seatDates = [] THEN null ELSE seatDates END
REMOVE c.lock
