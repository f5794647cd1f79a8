// What curators decided, as the resolver applies it: a merged-away id redirects to the id it was
// merged into, and a person split off for some articles stays split when those articles are
// ingested again. Resolution first computes the id from the text (the "resolved" id, stored on
// every relationship), then applies these rules (the "curated" id, the node it is attached to).
export interface CurationRules {
  /** merged-away resolved id → id it was merged into (may itself redirect). */
  redirects: Map<string, string>;
  /** `${articleId}\u0001${id}` → the id that article's mentions were split off to. */
  splits: Map<string, string>;
}

export const NO_CURATIONS: CurationRules = { redirects: new Map(), splits: new Map() };

export const splitKey = (articleId: string, id: string): string => `${articleId}\u0001${id}`;

/** The node a resolved id is attached to in `articleId`, after every active curation. */
export function curatedId(rules: CurationRules, resolvedId: string, articleId: string): string {
  let id = rules.splits.get(splitKey(articleId, resolvedId)) ?? resolvedId;
  const seen = new Set<string>();
  for (
    let next = rules.redirects.get(id);
    next !== undefined && !seen.has(next);
    next = rules.redirects.get(id)
  ) {
    seen.add(id);
    id = rules.splits.get(splitKey(articleId, next)) ?? next;
  }
  return id;
}
