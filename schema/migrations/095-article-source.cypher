// articles(where: { source }) (decision 0033) starts from the articles of one site: a seek on this
// index. (Dates have article_published_at since 080; an entity's articles are its MENTIONS.)
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
