// Body links (decision 0053): the events each given person chaired or attended (over the
// summaries) — those whose links change when the person's bodies change.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:CHAIRED_SUMMARY|ATTENDED_SUMMARY]->(e:Event)
RETURN DISTINCT e.id AS eventId
