// The roots of a keyset list (folded-request.cypher, decision 0045): its one row's page items, and
// the list's total and whether more follow, kept for the connection. The items are nodes: their
// properties are the roots, and the pages read them as they are (`rootNodes`) rather than seek
// each again by id (decision 0073: a sixth of the events page's database CPU was those seeks).
WITH [item IN page | item {.*}] AS roots, page AS rootNodes, {total: total, hasMore: hasMore} AS list
