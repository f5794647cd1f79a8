// The person name contexts (decision 0046) of the given (nameKey, resolvedId) pairs, folded again
// from their MENTIONS: after a replaced article's mentions were deleted, and after a snapshot is
// restored. A pair with no mention left loses its context. The same fold as migration 160.
UNWIND $pairs AS pair
CALL (pair) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(p)
  USING INDEX m:MENTIONS(nameKey)
  WHERE m.nameKey = pair.nameKey AND m.toResolvedId = pair.resolvedId AND p:Person
  RETURN count(m) AS mentions,
         reduce(acc = [], l IN collect(m.postProvinces) | acc + l) AS postProvinces,
         reduce(acc = [], l IN collect(m.orgIds) | acc + l) AS orgIds,
         collect(m.articleProvince) AS seenIn,
         reduce(acc = [], l IN collect(m.seats) | acc + l) AS seats,
         collect(CASE WHEN size(coalesce(m.seats, [])) > 0 THEN m.asOf END) AS seatDates
}
WITH pair, mentions,
     COLLECT { UNWIND postProvinces AS v RETURN DISTINCT v ORDER BY v } AS postProvinces,
     COLLECT { UNWIND orgIds AS v RETURN DISTINCT v ORDER BY v } AS orgIds,
     COLLECT { UNWIND seenIn AS v RETURN DISTINCT v ORDER BY v } AS seenIn,
     COLLECT { UNWIND seats AS v RETURN DISTINCT v ORDER BY v } AS seats,
     COLLECT { UNWIND seatDates AS v RETURN DISTINCT v ORDER BY v } AS seatDates
CALL (pair, mentions) {
  WITH * WHERE mentions = 0
  OPTIONAL MATCH (gone:PersonNameContext {id: pair.nameKey + '|' + pair.resolvedId})
  DELETE gone
}
CALL (pair, mentions, postProvinces, orgIds, seenIn, seats, seatDates) {
  WITH * WHERE mentions > 0
  MERGE (c:PersonNameContext {id: pair.nameKey + '|' + pair.resolvedId})
  SET c.nameKey = pair.nameKey, c.resolvedId = pair.resolvedId,
      c.postProvinces = CASE WHEN postProvinces = [] THEN null ELSE postProvinces END,
      c.orgIds = CASE WHEN orgIds = [] THEN null ELSE orgIds END,
      c.seenIn = CASE WHEN seenIn = [] THEN null ELSE seenIn END,
      c.seats = CASE WHEN seats = [] THEN null ELSE seats END,
      c.seatDates = CASE WHEN seatDates = [] THEN null ELSE seatDates END
}
