// What the graph knows about people of the batch's names: per (name, resolved id), the union of
// the contexts of its mentions (see ingest/resolve/person-registry.ts), as the loader keeps it in
// (:PersonNameContext) nodes (decision 0046). One row per person of a name, however many articles
// mention them: the read is bounded by the batch's names, not by the graph.
MATCH (c:PersonNameContext)
WHERE c.nameKey IN $nameKeys
RETURN c.resolvedId AS resolvedId, c.nameKey AS nameKey, c.postProvinces AS postProvinces,
       c.orgIds AS orgIds, c.seenIn AS seenIn, c.seats AS seats, c.seatDates AS seatDates
ORDER BY nameKey, resolvedId
