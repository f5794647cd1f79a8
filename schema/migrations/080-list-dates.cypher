// Keyset pages for the articles and documents lists (decision 0024), as 030 gave the events list:
// both are listed newest first, and a range index on the date lets a page be read in index order
// from the previous page's last date and stop after the page, whatever page it is.
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
