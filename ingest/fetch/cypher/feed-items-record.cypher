// After a chunk of items was fetched and its articles committed: what each item gave.
UNWIND $rows AS row
MERGE (i:FeedItem {url: row.url})
ON CREATE SET i.firstSeenAt = datetime()
SET i += row.state, i.fetchedAt = datetime()
