// kg sources remove: the source and the sitemaps its index listed. FeedItems stay: they record which
// articles were already read, whichever source listed them.
MATCH (s:Source)
WHERE s.url = $url OR s.parentUrl = $url
DETACH DELETE s
RETURN count(*) AS removed
