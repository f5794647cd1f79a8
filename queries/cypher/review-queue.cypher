// The curators' review queue (decision 0012), one page and the total: entities recorded as
// POSSIBLY_SAME_AS without a judgement, the strongest evidence of sameness first (bodies in
// common ×4, provinces of posts in common ×2, provinces seen in common ×1, from the MENTIONS
// context; then more articles first); then bodies the resolver could not place (`unresolved`),
// those with the most statements first; then the pairs a curator judged unsure, last.
// example-params: {"offset": 0, "limit": 20}
CALL () {
  CALL () {
    MATCH (a:Entity)-[:POSSIBLY_SAME_AS]-(b:Entity)
    WHERE a.id < b.id
    RETURN count(DISTINCT [a.id, b.id]) AS pairs
  }
  CALL () {
    MATCH (o:Organization)
    WHERE o.unresolved = true
    RETURN count(o) AS bodies
  }
  RETURN pairs + bodies AS total
}
CALL () {
  CALL () {
    MATCH (a:Entity)-[:POSSIBLY_SAME_AS]-(b:Entity)
    WHERE a.id < b.id
    WITH DISTINCT a, b
    CALL (a) {
      OPTIONAL MATCH (art:Article)-[m:MENTIONS]->(a)
      RETURN count(DISTINCT art) AS aArticles, collect(DISTINCT m.articleProvince) AS aSeen,
             reduce(acc = [], l IN collect(coalesce(m.orgIds, [])) | acc + [x IN l WHERE NOT x IN acc]) AS aOrgs,
             reduce(acc = [], l IN collect(coalesce(m.postProvinces, [])) | acc + [x IN l WHERE NOT x IN acc]) AS aPosts
    }
    CALL (b) {
      OPTIONAL MATCH (art:Article)-[m:MENTIONS]->(b)
      RETURN count(DISTINCT art) AS bArticles, collect(DISTINCT m.articleProvince) AS bSeen,
             reduce(acc = [], l IN collect(coalesce(m.orgIds, [])) | acc + [x IN l WHERE NOT x IN acc]) AS bOrgs,
             reduce(acc = [], l IN collect(coalesce(m.postProvinces, [])) | acc + [x IN l WHERE NOT x IN acc]) AS bPosts
    }
    WITH a, b, aArticles, bArticles, aPosts, bPosts, aSeen, bSeen,
         [x IN aOrgs WHERE x IN bOrgs] AS sharedOrgs,
         [x IN aPosts WHERE x IN bPosts] AS sharedPosts,
         [x IN aSeen WHERE x IN bSeen] AS sharedSeen,
         head(COLLECT {
           MATCH (c:Curation)
           WHERE c.action = 'unsure' AND c.undoneAt IS NULL AND a.id IN c.ids AND b.id IN c.ids
           RETURN c {.id, .by, .at, .reason} ORDER BY c.at DESC
         }) AS unsure
    RETURN {
      kind: 'POSSIBLE_DUPLICATE',
      rank: CASE WHEN unsure IS NULL THEN 0 ELSE 2 END,
      score: 4 * size(sharedOrgs) + 2 * size(sharedPosts) + size(sharedSeen),
      weight: aArticles + bArticles,
      ids: [a.id, b.id],
      label: [l IN labels(a) WHERE l <> 'Entity'][0],
      names: [a.name, b.name],
      articleCounts: [aArticles, bArticles],
      postProvinces: [aPosts, bPosts],
      seenIn: [aSeen, bSeen],
      sharedOrgIds: sharedOrgs,
      sharedPostProvinces: sharedPosts,
      sharedSeenIn: sharedSeen,
      unsure: unsure
    } AS item
    UNION ALL
    MATCH (o:Organization)
    WHERE o.unresolved = true
    CALL (o) {
      OPTIONAL MATCH (art:Article)-[:MENTIONS]->(o)
      RETURN collect(DISTINCT art.id) AS articleIds
    }
    WITH o, articleIds, COUNT { (o)-[r]-() WHERE type(r) <> 'MENTIONS' AND NOT type(r) ENDS WITH '_SUMMARY' } AS statements
    RETURN {
      kind: 'UNRESOLVED_BODY',
      rank: 1,
      score: statements,
      weight: size(articleIds),
      ids: [o.id],
      label: 'Organization',
      names: [o.name],
      articleCounts: [size(articleIds)],
      articleIds: articleIds,
      province: o.province,
      unsure: null
    } AS item
  }
  WITH item
  ORDER BY item.rank, item.score DESC, item.weight DESC, item.ids
  SKIP $offset LIMIT $limit
  RETURN collect(item) AS page
}
RETURN total, page
