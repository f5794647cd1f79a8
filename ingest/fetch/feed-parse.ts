// Feeds and sitemaps to a list of items: RSS 2.0 (<item> with <link>, <guid>, <pubDate>), Atom
// (<entry> with <link rel="alternate">, <updated>, <published>), XML sitemaps (<url> with <loc>,
// <lastmod>, and the news extension's <news:publication_date> and <news:title>) and sitemap indexes
// (<sitemap> with <loc>, <lastmod>). fast-xml-parser reads the XML; a document it rejects is an
// error that names the line, never a partial list.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { monthNumber } from '../extract/en/dates.ts';

export type FeedKind = 'rss' | 'atom' | 'sitemap' | 'sitemap-index';

export interface FeedItem {
  /** The article's address as the feed gives it (absolute). */
  url: string;
  title: string | null;
  /** YYYY-MM-DD, the publisher's own date as written, or null. */
  publishedAt: string | null;
  /**
   * What the feed says about the item's version (lastmod, updated, pubDate): when it is the same as
   * at the last fetch, the page is not fetched again.
   */
  stamp: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  items: FeedItem[];
  /** For a sitemap index: the sitemaps it lists, each with its lastmod stamp. */
  sitemaps: { url: string; stamp: string | null }[];
}

export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

const LISTS = new Set(['item', 'entry', 'url', 'sitemap', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
});

/** Parses `xml` fetched from `base` (relative links are resolved against it). */
export function parseFeed(xml: string, base: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new FeedParseError(`malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  const doc = parser.parse(xml) as Record<string, unknown>;
  const absolute = (href: string | null): string | null => {
    if (!href) return null;
    try {
      return new URL(href.trim(), base).toString();
    } catch {
      return null;
    }
  };
  if (isObject(doc.rss)) {
    const channel = (doc.rss as Record<string, unknown>).channel;
    const items = isObject(channel) ? asList((channel as Record<string, unknown>).item) : [];
    return { kind: 'rss', items: items.flatMap((i) => rssItem(i, absolute)), sitemaps: [] };
  }
  if (isObject(doc.RDF)) {
    // RSS 1.0 (RDF): items sit beside the channel.
    const items = asList((doc.RDF as Record<string, unknown>).item);
    return { kind: 'rss', items: items.flatMap((i) => rssItem(i, absolute)), sitemaps: [] };
  }
  if (isObject(doc.feed)) {
    const entries = asList((doc.feed as Record<string, unknown>).entry);
    return { kind: 'atom', items: entries.flatMap((e) => atomEntry(e, absolute)), sitemaps: [] };
  }
  if (isObject(doc.urlset) || doc.urlset === '') {
    const urls = isObject(doc.urlset) ? asList((doc.urlset as Record<string, unknown>).url) : [];
    return { kind: 'sitemap', items: urls.flatMap((u) => sitemapUrl(u, absolute)), sitemaps: [] };
  }
  if (isObject(doc.sitemapindex) || doc.sitemapindex === '') {
    const maps = isObject(doc.sitemapindex)
      ? asList((doc.sitemapindex as Record<string, unknown>).sitemap)
      : [];
    const sitemaps = maps.flatMap((m) => {
      const url = absolute(text(field(m, 'loc')));
      return url ? [{ url, stamp: text(field(m, 'lastmod')) }] : [];
    });
    return { kind: 'sitemap-index', items: [], sitemaps };
  }
  const root = Object.keys(doc).find((k) => k !== '?xml') ?? '(none)';
  throw new FeedParseError(
    `the document is XML but not a feed or sitemap (root element <${root}>); expected <rss>, <feed>, <urlset> or <sitemapindex>`,
  );
}

type Resolve = (href: string | null) => string | null;

function rssItem(item: unknown, absolute: Resolve): FeedItem[] {
  const guid = field(item, 'guid');
  const guidIsLink = isObject(guid) ? (guid as Record<string, unknown>)['@_isPermaLink'] !== 'false' : true;
  const linkField = asList(field(item, 'link'))[0];
  const url = absolute(text(linkField)) ?? (guidIsLink ? absolute(httpOnly(text(guid))) : null);
  if (!url) return [];
  const pubDate = text(field(item, 'pubDate')) ?? text(field(item, 'date'));
  const updated = text(field(item, 'updated'));
  return [
    { url, title: text(field(item, 'title')), publishedAt: dateOf(pubDate), stamp: updated ?? pubDate },
  ];
}

function atomEntry(entry: unknown, absolute: Resolve): FeedItem[] {
  const links = asList(field(entry, 'link'));
  const alternate =
    links.find(
      (l) => isObject(l) && ((l as Record<string, unknown>)['@_rel'] ?? 'alternate') === 'alternate',
    ) ?? links[0];
  const href = isObject(alternate) ? text((alternate as Record<string, unknown>)['@_href']) : text(alternate);
  const url = absolute(href);
  if (!url) return [];
  const published = text(field(entry, 'published'));
  const updated = text(field(entry, 'updated'));
  return [
    {
      url,
      title: text(field(entry, 'title')),
      publishedAt: dateOf(published ?? updated),
      stamp: updated ?? published,
    },
  ];
}

function sitemapUrl(entry: unknown, absolute: Resolve): FeedItem[] {
  const url = absolute(text(field(entry, 'loc')));
  if (!url) return [];
  const news = field(entry, 'news');
  const published = text(field(news, 'publication_date'));
  const lastmod = text(field(entry, 'lastmod'));
  return [
    {
      url,
      title: text(field(news, 'title')),
      publishedAt: dateOf(published ?? lastmod),
      stamp: lastmod ?? published,
    },
  ];
}

/**
 * The calendar date as the publisher wrote it: the date part of an ISO stamp, or day, month and
 * year of an RFC 822 pubDate ("Tue, 05 Mar 2024 08:30:00 +0700") — not converted to UTC, which
 * would move a Vietnamese morning article to the day before.
 */
export function dateOf(stamp: string | null): string | null {
  if (!stamp) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(stamp.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(stamp);
  const month = rfc ? monthNumber(rfc[2]!) : 0;
  if (rfc && month) return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  return null;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(node: unknown, name: string): unknown {
  return isObject(node) ? (node as Record<string, unknown>)[name] : undefined;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element: a string, or the #text of one with attributes or CDATA. */
function text(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') {
    const t = String(value).trim();
    return t === '' ? null : t;
  }
  if (isObject(value)) return text((value as Record<string, unknown>)['#text']);
  return null;
}

function httpOnly(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? value : null;
}
