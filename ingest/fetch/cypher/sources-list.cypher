// kg sources list and kg fetch: the sources users added (parentUrl null) and the sitemaps their
// indexes list, each index followed by its sitemaps; bounded by $limit.
MATCH (s:Source)
RETURN s {.*, addedAt: toString(s.addedAt), lastFetchedAt: toString(s.lastFetchedAt)} AS source
ORDER BY coalesce(s.parentUrl, s.url), s.parentUrl IS NOT NULL, s.url
LIMIT toInteger($limit)
