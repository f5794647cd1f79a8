// One child page for every root of folded-request.cypher: the relation's named query as the
// loaders run it, its `UNWIND $ids` reading the roots' ids instead, its rows
// ({parentId, total, edges, hasMore}) collected as {{name}}.
CALL (roots) {
  CALL (roots) {
    WITH [root IN roots | root.id] AS ids
    {{statement}}
  }
  RETURN collect({parentId: parentId, total: total, edges: edges, hasMore: hasMore}) AS {{name}}
}
