// After a source was fetched: its validators, the time, the outcome and the error count. A sitemap
// an index lists is created here, with its parent.
MERGE (s:Source {url: $url})
ON CREATE SET s.addedAt = datetime()
SET s += $state, s.lastFetchedAt = datetime()
