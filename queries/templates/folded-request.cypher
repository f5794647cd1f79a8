// One request's root entity and the pages its child fields ask for, in one statement (decision
// 0032; built by src/api/fold.ts). {{root}} is the root field's named query: a node lookup
// (nodes-by-id, documents-by-code) returning `node` per root, or a keyset list (events-list)
// returning one row {total, page, hasMore} whose page items are the roots (decision 0045);
// {{roots}} is folded-node-roots.cypher or folded-list-roots.cypher accordingly, naming the roots
// `roots` and the list's own columns `list`. {{pages}} is one folded-page.cypher block per child
// page; the last part reads the articles the pages' evidence cites, only when the request
// selects `evidence { article }` ($withArticles; left out of the text when it does not, decision
// 0079), with the properties the Article type shows (not
// its hashes and record ids: decoding those for 100 articles was a fifth of the API's CPU for
// "directive implementers", decision 0036). Each part's parameters carry a prefix of their own,
// so two pages of one query (a document's issuer and its implementers) do not share a $limit.
CALL () {
  {{root}}
}
{{roots}}
{{pages}}
WITH roots, list, [{{pageNames}}] AS pages
CALL (pages) { // unless $withArticles: WITH roots, list, pages, [] AS articles
  WITH pages WHERE $withArticles
  UNWIND pages AS page
  UNWIND page AS row
  UNWIND row.edges AS edge
  UNWIND edge.evidence AS evidence
  WITH DISTINCT evidence.articleId AS articleId
  MATCH (a:Article {id: articleId})
  RETURN collect(a {.id, .url, .title, .publishedAt, .source, .language, .authors}) AS articles
} // end unless
RETURN roots, list, pages, articles
