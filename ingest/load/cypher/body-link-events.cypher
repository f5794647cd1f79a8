// Body links (decision 0053), after a batch wrote its claims: for each given event — one that
// gained a participant, or one of a person whose bodies changed — every person who chaired or
// attended it, with the bodies they are an official of. The loader derives from these rows, for
// the graph before and after the batch, which ordered pairs of bodies the event links; reads only
// these events' participants and their posts.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
RETURN e.id AS eventId,
       COLLECT {
         MATCH (p:Person)-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e)
         WITH DISTINCT p
         RETURN {personId: p.id,
                 bodyIds: COLLECT { MATCH (p)-[:HOLDS_SUMMARY]->(:Position)-[:OF]->(o:Organization) RETURN DISTINCT o.id }}
       } AS participants
