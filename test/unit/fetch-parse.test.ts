// The pure parts of kg fetch: feeds and sitemaps to items, canonical addresses, a page to its
// article record (body without chrome, date, language), and the CLI's durations.
import { describe, expect, it } from 'vitest';
import { FeedParseError, dateOf, parseFeed } from '../../ingest/fetch/feed-parse.ts';
import { canonicalUrl } from '../../ingest/fetch/canonical-url.ts';
import { articleRecordOf, datelineDate } from '../../ingest/fetch/article-page.ts';
import { parseDuration } from '../../ingest/fetch/watch.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ARTICLES, articlePage, atomFeed, newsSitemap, rssFeed, sitemapIndex } from '../support/news-site.ts';

const O = 'https://bao.example.vn';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with their link, title and pubDate (the publisher’s date, not UTC)', () => {
    const feed = parseFeed(rssFeed(O, ARTICLES.slice(0, 2)), `${O}/rss`);
    expect(feed.kind).toBe('rss');
    expect(feed.items.map((i) => i.url)).toEqual([
      `${O}${ARTICLES[0]!.path}?utm_source=rss&utm_medium=feed`,
      `${O}${ARTICLES[1]!.path}`,
    ]);
    expect(feed.items[0]!.title).toBe(ARTICLES[0]!.title);
    expect(feed.items.map((i) => i.publishedAt)).toEqual([ARTICLES[0]!.date, ARTICLES[1]!.date]);
  });
  it('reads Atom entries by their alternate link', () => {
    const feed = parseFeed(atomFeed(O, ARTICLES.slice(4)), `${O}/atom`);
    expect(feed.kind).toBe('atom');
    expect(feed.items.map((i) => [i.url, i.publishedAt])).toEqual(
      ARTICLES.slice(4).map((a) => [`${O}${a.path}`, a.date]),
    );
  });
  it('reads news sitemaps (lastmod as stamp, publication date) and sitemap indexes', () => {
    const map = parseFeed(
      newsSitemap(O, [ARTICLES[3]!], () => '2024-07-10T01:00:00+07:00'),
      `${O}/s.xml`,
    );
    expect(map.kind).toBe('sitemap');
    expect(map.items).toEqual([
      {
        url: `${O}${ARTICLES[3]!.path}`,
        title: ARTICLES[3]!.title,
        publishedAt: ARTICLES[3]!.date,
        stamp: '2024-07-10T01:00:00+07:00',
      },
    ]);
    const index = parseFeed(sitemapIndex(O, [{ path: '/s1.xml', lastmod: '2024-07-10' }]), `${O}/index.xml`);
    expect(index).toEqual({
      kind: 'sitemap-index',
      items: [],
      sitemaps: [{ url: `${O}/s1.xml`, stamp: '2024-07-10' }],
    });
  });
  it('refuses malformed XML and XML that is no feed, saying where and what', () => {
    expect(() => parseFeed('<rss><channel><item></channel></rss>', O)).toThrow(/malformed XML at line 1/);
    expect(() => parseFeed('<html><body/></html>', O)).toThrow(FeedParseError);
    expect(() => parseFeed('<html><body/></html>', O)).toThrow(/root element <html>/);
  });
  it('dates RFC 822 and ISO stamps as written', () => {
    expect(dateOf('Fri, 12 Jul 2024 06:30:00 +0700')).toBe('2024-07-12');
    expect(dateOf('2024-07-12T23:30:00-05:00')).toBe('2024-07-12');
    expect(dateOf('yesterday')).toBeNull();
  });
});

describe('canonicalUrl', () => {
  it('drops fragments and tracking parameters, keeps the page’s own parameters', () => {
    expect(canonicalUrl('https://Bao.example.vn/a.html?utm_source=rss&id=5&fbclid=x#top')).toBe(
      'https://bao.example.vn/a.html?id=5',
    );
    expect(canonicalUrl('/b.html?zarsrc=10&utm_medium=zalo', O)).toBe(`${O}/b.html`);
    expect(canonicalUrl('mailto:x@example.vn')).toBeNull();
  });
});

describe('articleRecordOf', () => {
  const page = (i: number) => new TextEncoder().encode(articlePage(ARTICLES[i]!, O));
  const feedItem = (i: number) => ({
    url: `${O}${ARTICLES[i]!.path}`,
    title: ARTICLES[i]!.title,
    publishedAt: null,
    stamp: null,
  });
  it.each(ARTICLES.map((a, i) => [a.layout, a.path, i] as const))(
    '%s page %s: the body, no chrome',
    (_layout, _path, i) => {
      const a = ARTICLES[i]!;
      const r = articleRecordOf(page(i), `${O}${a.path}?utm_source=rss`, feedItem(i)) as ArticleRecord;
      expect(r.text).toBe(a.paragraphs.join('\n\n'));
      expect(r.url).toBe(`${O}${a.path}`);
      expect(r.language).toBe(a.language);
      expect(r.publishedAt).toBe(a.date);
      expect(r.title).toBe(a.title);
    },
  );
  it('dates a page without metadata by its dateline', () => {
    expect(datelineDate('Ngày 12/7/2024, Tỉnh ủy họp.')).toBe('2024-07-12');
    expect(datelineDate('Hanoi, June 4, 2024 - The Government met.')).toBe('2024-06-04');
    expect(datelineDate('Ngày 12/7, Tỉnh ủy họp.')).toBeNull();
  });
});

describe('parseDuration', () => {
  it('reads the units kg watch --every takes', () => {
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('soon')).toBeNull();
    expect(parseDuration('0s')).toBeNull();
  });
});
