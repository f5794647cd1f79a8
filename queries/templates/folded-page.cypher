// One child page for every root of folded-request.cypher: the relation's named query as the
// loaders run it, its `UNWIND $ids` reading the roots' ids instead (or, under a list's roots, its
// `UNWIND $ids … MATCH (x:Label {id: parentId})` reading `rootNodes`, the roots' nodes, decision
// 0073), its rows ({parentId, total, edges, hasMore}) collected as {{name}}.
CALL (roots, rootNodes) {
  CALL (roots, rootNodes) {
    WITH [root IN roots | root.id] AS ids, rootNodes
    {{statement}}
  }
  RETURN collect({parentId: parentId, total: total, edges: edges, hasMore: hasMore}) AS {{name}}
}
