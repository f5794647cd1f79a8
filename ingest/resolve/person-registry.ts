// People are resolved by name *and* context. Every mention of a person carries the provinces of
// the bodies in which the article gives them a post ("strong" context), the ids of those bodies,
// and the article's province ("weak" context: where they were seen, not what they are).
//
// A mention joins an existing person with the same folded name unless the two contexts conflict:
// both have strong provinces, none shared, and no body in common. Namesakes with posts in
// different provinces therefore stay apart (and are recorded as possibly the same person for a
// curator), while an English mention without context meets its Vietnamese namesake.
//
// The registry holds, per resolved id, the union of the contexts of its mentions: loaded from the
// graph's MENTIONS relationships for the names in a batch, then updated as each article of the
// batch is resolved, so that resolving article n sees exactly articles 1…n-1 whatever the batch
// boundaries are (which is what makes a rerun after a crash end in the same graph).
import { slug } from './keys.ts';
import { SAME_TIME_DAYS } from './career-seats.ts';

export interface PersonContext {
  /** Provinces of the bodies in which the article gives the person a post. */
  postProvinces: string[];
  /** Ids (as resolved) of those bodies. */
  orgIds: string[];
  /** The article's province, when known. */
  articleProvince: string | null;
  /** Seats of those posts (career-seats.ts): where the person works full time. */
  seats?: string[];
  /** The article's date: posts are held as of it. */
  asOf?: string | null;
}

export interface PersonCandidate {
  resolvedId: string;
  nameKey: string;
  postProvinces: Set<string>;
  orgIds: Set<string>;
  seenIn: Set<string>;
  seats: Set<string>;
  /**
   * Dates of the mentions that gave the person a seat, each once (an undated one says nothing about
   * the time): a set, so a person seen in thousands of articles is compared with their distinct
   * dates, not with every mention (decision 0046).
   */
  seatDates: Set<string>;
}

/** The union of the contexts of every stored mention of one (name, resolved id): a PersonNameContext (decision 0046). */
export interface StoredPersonContext {
  postProvinces: string[];
  orgIds: string[];
  /** The articles' provinces. */
  seenIn: string[];
  seats: string[];
  seatDates: string[];
}

export interface PersonResolution {
  resolvedId: string;
  /** Existing people of the same name whose context conflicts: possibly the same, for a curator. */
  conflictsWith: string[];
}

const intersects = <T>(a: Iterable<T>, b: Set<T>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};
const countShared = <T>(a: Iterable<T>, b: Set<T>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

export function contextsConflict(ctx: PersonContext, candidate: PersonCandidate): boolean {
  if (intersects(ctx.orgIds, candidate.orgIds)) return false;
  // Posts in different provinces, and no body in common: two people, whenever the posts were held.
  if (
    ctx.postProvinces.length > 0 &&
    candidate.postProvinces.size > 0 &&
    !intersects(ctx.postProvinces, candidate.postProvinces)
  )
    return true;
  // Full-time posts at different seats (two ministries, a ministry and a province) held at the same
  // time: two people. Years apart, a career may have moved; undated, the articles cannot tell a move
  // from a namesake, and the person stays one (measured: dev articles are often undated, and every
  // such pair in the dev corpus is one official who moved).
  const seats = ctx.seats ?? [];
  if (seats.length === 0 || candidate.seats.size === 0 || intersects(seats, candidate.seats)) return false;
  const asOf = ctx.asOf ?? null;
  if (asOf === null) return false;
  for (const d of candidate.seatDates) if (daysApart(asOf, d) <= SAME_TIME_DAYS) return true;
  return false;
}

function affinity(ctx: PersonContext, c: PersonCandidate): number {
  return (
    4 * countShared(ctx.orgIds, c.orgIds) +
    2 * countShared(ctx.postProvinces, c.postProvinces) +
    (ctx.articleProvince && (c.seenIn.has(ctx.articleProvince) || c.postProvinces.has(ctx.articleProvince))
      ? 1
      : 0)
  );
}

export class PersonRegistry {
  private readonly byName = new Map<string, PersonCandidate[]>();

  /** Adds what one stored (or just resolved) mention says about a person. */
  add(resolvedId: string, nameKey: string, ctx: PersonContext): void {
    const c = this.candidate(resolvedId, nameKey);
    for (const p of ctx.postProvinces) c.postProvinces.add(p);
    for (const o of ctx.orgIds) c.orgIds.add(o);
    if (ctx.articleProvince) c.seenIn.add(ctx.articleProvince);
    if (ctx.seats && ctx.seats.length > 0) {
      for (const seat of ctx.seats) c.seats.add(seat);
      if (ctx.asOf) c.seatDates.add(ctx.asOf);
    }
  }

  /**
   * Adds what all stored mentions of one (name, resolved id) say, folded: the same candidate as
   * adding each of those mentions, since a candidate is the union of its mentions' contexts.
   */
  addStored(resolvedId: string, nameKey: string, stored: StoredPersonContext): void {
    const c = this.candidate(resolvedId, nameKey);
    for (const p of stored.postProvinces) c.postProvinces.add(p);
    for (const o of stored.orgIds) c.orgIds.add(o);
    for (const p of stored.seenIn) c.seenIn.add(p);
    for (const seat of stored.seats) c.seats.add(seat);
    for (const d of stored.seatDates) c.seatDates.add(d);
  }

  private candidate(resolvedId: string, nameKey: string): PersonCandidate {
    let list = this.byName.get(nameKey);
    if (!list) this.byName.set(nameKey, (list = []));
    let c = list.find((x) => x.resolvedId === resolvedId);
    if (!c) {
      c = {
        resolvedId,
        nameKey,
        postProvinces: new Set(),
        orgIds: new Set(),
        seenIn: new Set(),
        seats: new Set(),
        seatDates: new Set(),
      };
      list.push(c);
      list.sort((a, b) => (a.resolvedId < b.resolvedId ? -1 : a.resolvedId > b.resolvedId ? 1 : 0));
    }
    return c;
  }

  candidates(nameKey: string): readonly PersonCandidate[] {
    return this.byName.get(nameKey) ?? [];
  }

  /** Chooses the person a mention refers to, creating a new id when every namesake conflicts. */
  resolve(nameKey: string, ctx: PersonContext): PersonResolution {
    const all = this.candidates(nameKey);
    const compatible = all.filter((c) => !contextsConflict(ctx, c));
    if (compatible.length > 0) {
      // Highest affinity wins; candidates are sorted by id, so ties go to the smallest id.
      let best = compatible[0]!;
      let bestScore = affinity(ctx, best);
      let tied = 0;
      for (const c of compatible.slice(1)) {
        const s = affinity(ctx, c);
        if (s > bestScore) [best, bestScore, tied] = [c, s, 0];
        else if (s === bestScore) tied++;
      }
      // Two namesakes kept apart and nothing in this article leaning to either: choosing one would
      // fuse on the name alone. A person of its own, flagged against both for a curator.
      if (!(tied > 0 && bestScore === 0)) return { resolvedId: best.resolvedId, conflictsWith: [] };
      return {
        resolvedId: this.newId(nameKey, ctx, all),
        conflictsWith: compatible.map((c) => c.resolvedId),
      };
    }
    return { resolvedId: this.newId(nameKey, ctx, all), conflictsWith: all.map((c) => c.resolvedId) };
  }

  private newId(nameKey: string, ctx: PersonContext, all: readonly PersonCandidate[]): string {
    const taken = new Set(all.map((c) => c.resolvedId));
    const anchor = [...ctx.postProvinces].sort()[0];
    const base = `person:${slug(nameKey)}${anchor && all.length > 0 ? `:${slug(anchor)}` : ''}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
    return id;
  }
}
