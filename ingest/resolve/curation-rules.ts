// What curators decided, as the resolver applies it: a merged-away id redirects to the id it was
// merged into, a person split off for some articles stays split when those articles are ingested
// again, and two entities judged distinct keep their articles apart (decision 0012): the judgement
// pins each side's articles to that side, whatever id the resolver computes for them. Resolution first computes the id from the text (the "resolved" id, stored on
// every relationship), then applies these rules (the "curated" id, the node it is attached to).
export interface CurationRules {
  /** merged-away resolved id → id it was merged into (may itself redirect). */
  redirects: Map<string, string>;
  /**
   * `${articleId}\u0001${id}` → the id that article's mentions of resolved id `id` go to: a split
   * (the new id) or a `distinct` judgement's pin (the side the article belongs to).
   */
  splits: Map<string, string>;
  /** Pairs of ids judged distinct (as judged; `curatedId` finds where they are now), with the judgement. */
  distinct?: { a: string; b: string; curationId: string }[];
}

export const NO_CURATIONS: CurationRules = { redirects: new Map(), splits: new Map(), distinct: [] };

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

/** The `distinct` judgement in force between the entities now at `x` and `y`, if any. */
export function distinctJudgement(rules: CurationRules, x: string, y: string): string | null {
  for (const d of rules.distinct ?? []) {
    const a = curatedId(rules, d.a, '');
    const b = curatedId(rules, d.b, '');
    if ((a === x && b === y) || (a === y && b === x)) return d.curationId;
  }
  return null;
}
