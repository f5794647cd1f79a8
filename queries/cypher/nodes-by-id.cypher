// Nodes of one label by their graph ids (the DataLoader behind node(id:), person(id:) …).
// One branch per label so each is an index seek on that label's id; the $label guard, a
// parameter-only predicate, switches the other branches off before they touch the store.
// example-params: {"label": "Person", "ids": "@Person"}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {id: id}) WHERE $label = 'Person' RETURN n
  UNION ALL
  MATCH (n:Organization {id: id}) WHERE $label = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Document {id: id}) WHERE $label = 'Document' RETURN n
  UNION ALL
  MATCH (n:Event {id: id}) WHERE $label = 'Event' RETURN n
  UNION ALL
  MATCH (n:Position {id: id}) WHERE $label = 'Position' RETURN n
  UNION ALL
  MATCH (n:Article {id: id}) WHERE $label = 'Article' RETURN n
}
RETURN id, n {.*} AS node
