// The articles that mention each entity ($label), newest first, with the spans where.
// example-params: {"label": "Person", "ids": "@Person", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (n:Person {id: parentId}) WHERE $label = 'Person' RETURN n
  UNION ALL
  MATCH (n:Organization {id: parentId}) WHERE $label = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Document {id: parentId}) WHERE $label = 'Document' RETURN n
  UNION ALL
  MATCH (n:Event {id: parentId}) WHERE $label = 'Event' RETURN n
}
MATCH (n)<-[m:MENTIONS]-(a:Article)
WITH parentId, a, m ORDER BY coalesce(a.publishedAt, '') DESC, a.id
WITH parentId, collect({node: a {.*}, spans: coalesce(m.spans, [])}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
