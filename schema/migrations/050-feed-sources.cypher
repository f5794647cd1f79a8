// Feeds and sitemaps `kg fetch` reads (Source, one per address; the sitemaps an index lists are
// Sources too, with parentUrl) and the items it has seen in them (FeedItem, one per item address),
// so that a rerun fetches nothing twice. textHash finds an article already read under another address.
CREATE CONSTRAINT source_url IF NOT EXISTS FOR (s:Source) REQUIRE s.url IS UNIQUE;
CREATE CONSTRAINT feed_item_url IF NOT EXISTS FOR (i:FeedItem) REQUIRE i.url IS UNIQUE;
CREATE INDEX feed_item_text_hash IF NOT EXISTS FOR (i:FeedItem) ON (i.textHash);
CREATE INDEX source_parent_url IF NOT EXISTS FOR (s:Source) ON (s.parentUrl);
