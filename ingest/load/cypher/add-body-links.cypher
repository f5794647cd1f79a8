// Body links (decision 0053): what a batch changed, per ordered pair of bodies, applied to its
// BODY_LINK_SUMMARY ($rows: {fromId, toId, events: the change in shared events, addPeople,
// dropPeople: person ids}); the loader sends each pair both ways with the same change. A pair left
// with no shared person and no shared event goes. `strength` = sharedPeople + sharedEvents and
// `rank` (strength zero-padded to 9 digits) keep the composite index (fromId, rank) in the order
// the network is read.
UNWIND $rows AS row
MATCH (a:Organization {id: row.fromId})
MATCH (b:Organization {id: row.toId})
MERGE (a)-[l:BODY_LINK_SUMMARY]->(b)
// Write-lock the pair before reading it: two ingests changing one pair must not lose an update.
SET l.lock = true
WITH l, row, [x IN coalesce(l.peopleIds, []) WHERE NOT x IN row.dropPeople] AS kept
WITH l, row, kept + [x IN row.addPeople WHERE NOT x IN kept] AS people
// No empty list is stored (absent means none: the graph's rule, pinned by the export test).
SET l.peopleIds = CASE WHEN size(people) = 0 THEN null ELSE people END,
    l.sharedPeople = size(people),
    l.sharedEvents = toInteger(coalesce(l.sharedEvents, 0) + row.events),
    l.fromId = row.fromId
SET l.strength = l.sharedPeople + l.sharedEvents
SET l.rank = right('000000000' + toString(l.strength), 9)
REMOVE l.lock
WITH l
WHERE l.strength <= 0
DELETE l
