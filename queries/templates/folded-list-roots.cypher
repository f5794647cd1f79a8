// The roots of a keyset list (folded-request.cypher, decision 0045): its one row's page items, and
// the list's total and whether more follow, kept for the connection.
WITH page AS roots, {total: total, hasMore: hasMore} AS list
