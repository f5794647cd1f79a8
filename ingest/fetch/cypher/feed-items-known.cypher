// What kg fetch knows of a feed's items: for each address, its last stamp, validators and outcome.
UNWIND $urls AS url
MATCH (i:FeedItem {url: url})
RETURN i {.*, firstSeenAt: toString(i.firstSeenAt), fetchedAt: toString(i.fetchedAt)} AS item
