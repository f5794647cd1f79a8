// The events held about each document (ABOUT), oldest first: how a directive was taken up, meeting
// by meeting.
// example-params: {"ids": "@Document", "offset": 0, "limit": 20}
UNWIND $ids AS parentId
MATCH (:Document {id: parentId})<-[r:ABOUT]-(e:Event)
WITH parentId, e,
     collect(r {.articleId, .sentence, .sentenceIndex, .start, .end, .asOf, .extractor}) AS evidence,
     min(r.asOf) AS firstSeen, max(r.asOf) AS lastSeen
ORDER BY coalesce(e.date, firstSeen, '') , e.id
WITH parentId, collect({node: e {.*}, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
RETURN parentId, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges
