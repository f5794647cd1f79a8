// Articles already read with the same text: the same article served under another address.
UNWIND $hashes AS hash
MATCH (i:FeedItem {textHash: hash})
WHERE i.articleUrl IS NOT NULL
RETURN hash, collect(DISTINCT i.articleUrl)[..5] AS articleUrls
