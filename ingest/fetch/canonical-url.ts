// The address an article is known by: the page's own canonical link (or the address it was served
// from), without a fragment and without the tracking parameters that feeds, newsletters and social
// networks add, so that one article reached through different links is one article.

/** Query parameters that say how a reader arrived, never which page it is. */
const TRACKING_PARAMETER =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|zarsrc|gidzl|ref|ref_src|referrer|cmpid|ito|icid|source|share|amp)$/i;

/** `href` resolved against `base`, fragment and tracking parameters dropped; null when not http(s). */
export function canonicalUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  // An emptied query leaves a bare '?': URL drops it when search is set to ''.
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.toString();
}
