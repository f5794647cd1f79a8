// Tenures from the statements about one person and one post: HOLDS sightings (true as of an
// article's date) and the post's dated events (APPOINTED, ELECTED, LEFT with the date the sentence
// gives). Pure: the API reads the statements with one Cypher query and builds tenures here
// (decision 0013 gives the rules and why).
import type { EvidenceRow, PersonNode, PositionNode } from '../api/model.ts';

export type TenureEventKind = 'APPOINTED' | 'ELECTED' | 'LEFT';
export type StatementKind = 'HOLDS' | TenureEventKind;
/** STATED: a dated event; REPORTED: an event without a date (the article's date, the latest it can be); SEEN: first/last HOLDS. */
export type TenureBound = 'STATED' | 'REPORTED' | 'SEEN';

export interface Statement extends EvidenceRow {
  kind: StatementKind;
  /** The date the sentence gives an event; null for HOLDS and undated events. */
  statedOn: string | null;
}

export interface TenureEventRow {
  kind: TenureEventKind;
  date: string | null;
  dateStated: boolean;
  evidence: EvidenceRow;
}

export interface TenureRow {
  person: PersonNode;
  position: PositionNode;
  start: string | null;
  startBound: TenureBound | null;
  end: string | null;
  endBound: TenureBound | null;
  ended: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  events: TenureEventRow[];
  /** HOLDS statements within the tenure. */
  evidence: EvidenceRow[];
  /** How many HOLDS statements, when `evidence` was not read (sightingsTenure). */
  evidenceCount?: number;
  /** When `evidence` was not read: the posts whose HOLDS statements of the person it is, to read if asked. */
  sightingsOf?: string[];
}

const eventDate = (s: Statement) => s.statedOn ?? s.asOf;
// At one date an appointment opens before the post is seen held, and a departure closes after.
const ORDER: Record<StatementKind, number> = { APPOINTED: 0, ELECTED: 0, HOLDS: 1, LEFT: 2 };

/**
 * The tenures of one person in one post, oldest first. An appointment or election opens a tenure
 * (or is a re-election within the open one); HOLDS extends the open one or, after a departure,
 * opens another first seen then; LEFT closes the open one (or, with none open, ends one whose
 * start is unknown: "nguyên Bí thư" ends a tenure and never starts one). Statements without any
 * date cannot be placed and only count as evidence of the latest tenure.
 */
export function tenuresOf(
  person: PersonNode,
  position: PositionNode,
  statements: readonly Statement[],
): TenureRow[] {
  // An article that says the person left also names them with the post ("miễn nhiệm Thủ tướng X"
  // in its title): that is the tenure it ended, not a sighting after the departure.
  const leftIn = new Map<string, string>();
  for (const s of statements) {
    const date = eventDate(s);
    if (s.kind === 'LEFT' && date !== null) leftIn.set(s.articleId, date);
  }
  const dateOf = (s: Statement): string | null => {
    const own = eventDate(s);
    const left = s.kind === 'HOLDS' ? leftIn.get(s.articleId) : undefined;
    return left !== undefined && own !== null && left < own ? left : own;
  };
  const dated = statements
    .filter((s) => dateOf(s) !== null)
    .sort(
      (a, b) =>
        dateOf(a)!.localeCompare(dateOf(b)!) ||
        ORDER[a.kind] - ORDER[b.kind] ||
        a.articleId.localeCompare(b.articleId) ||
        a.start - b.start,
    );
  const tenures: TenureRow[] = [];
  let open: TenureRow | null = null;
  const begin = (): TenureRow => {
    const t: TenureRow = {
      person,
      position,
      start: null,
      startBound: null,
      end: null,
      endBound: null,
      ended: false,
      firstSeen: null,
      lastSeen: null,
      events: [],
      evidence: [],
    };
    tenures.push(t);
    return t;
  };
  for (const s of dated) {
    const date = dateOf(s)!;
    const { kind, statedOn: _statedOn, ...evidence } = s;
    if (kind === 'HOLDS') {
      const latest = tenures.at(-1);
      // A sighting dated before a departure already stated belongs to the tenure it ended.
      const t: TenureRow = open ?? (latest && latest.end !== null && date <= latest.end ? latest : begin());
      if (!open && t !== latest) open = t;
      t.firstSeen ??= date;
      t.lastSeen = date;
      t.evidence.push(evidence);
      continue;
    }
    const event: TenureEventRow = { kind, date, dateStated: s.statedOn !== null, evidence };
    const bound: TenureBound = s.statedOn !== null ? 'STATED' : 'REPORTED';
    if (kind === 'LEFT') {
      const latest = tenures.at(-1);
      if (open) {
        open.end = date;
        open.endBound = bound;
        open.ended = true;
        open.events.push(event);
        open = null;
      } else if (latest?.ended) {
        // Said again ("nguyên …" in a later article): the first end stands, unless this one is dated.
        latest.events.push(event);
        if (bound === 'STATED' && latest.endBound === 'REPORTED') {
          latest.end = date;
          latest.endBound = bound;
        }
      } else {
        const t = begin();
        t.end = date;
        t.endBound = bound;
        t.ended = true;
        t.events.push(event);
      }
      continue;
    }
    if (open) {
      // Re-elected while in office, or appointed again: the same tenure, its start unchanged
      // (statements are in date order, so the tenure began earlier).
      open.events.push(event);
      continue;
    }
    open = begin();
    open.start = date;
    open.startBound = bound;
    open.events.push(event);
  }
  for (const t of tenures) {
    if (t.start === null && t.firstSeen !== null && t.startBound === null) {
      t.start = t.firstSeen;
      t.startBound = 'SEEN';
    }
    if (!t.ended && t.lastSeen !== null) {
      t.end = t.lastSeen;
      t.endBound = 'SEEN';
    }
  }
  const undated = statements.filter((s) => dateOf(s) === null);
  const last = tenures.at(-1);
  if (last) for (const { kind: _k, statedOn: _s, ...evidence } of undated) last.evidence.push(evidence);
  return tenures;
}

/** What a holder's HOLDS_SUMMARY says of their sightings in a post: the least and greatest `asOf`, and how many. */
export interface Sightings {
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: number;
}

/**
 * The tenure of a person only ever seen holding a post (no appointment, election or departure
 * stated), from the summary of their sightings: what `tenuresOf` gives for their HOLDS statements
 * but the evidence list — one tenure from the first sighting, never ended, last seen on the last
 * (none when no sighting is dated). The evidence is left for the caller to read if asked, from
 * `sightingsOf` (the posts, a merged body's twins); `evidenceCount` is the number of sightings
 * (decision 0061).
 */
export function sightingsTenure(
  person: PersonNode,
  position: PositionNode,
  seen: Sightings,
  positionIds: string[],
): TenureRow | null {
  if (seen.firstSeen === null || seen.lastSeen === null) return null;
  return {
    person,
    position,
    start: seen.firstSeen,
    startBound: 'SEEN',
    end: seen.lastSeen,
    endBound: 'SEEN',
    ended: false,
    firstSeen: seen.firstSeen,
    lastSeen: seen.lastSeen,
    events: [],
    evidence: [],
    evidenceCount: seen.evidence,
    sightingsOf: positionIds,
  };
}

const byStart = (a: TenureRow, b: TenureRow) =>
  (a.start ?? a.end ?? '').localeCompare(b.start ?? b.end ?? '') || a.person.id.localeCompare(b.person.id);

/** Tenures of several (person, post) pairs, in order of start (a tenure known only by its end, by that). */
export function inOrder(tenures: TenureRow[]): TenureRow[] {
  return [...tenures].sort(byStart);
}

/**
 * Who held a post on a date, from its tenures: the one that started latest on or before the date,
 * unless a departure is stated before it. A tenure whose end is only last seen is not taken as
 * ended (the holder is not known to have left), so a later appointment is what ends it.
 */
export function holderOn(tenures: readonly TenureRow[], date: string): TenureRow | null {
  let best: TenureRow | null = null;
  for (const t of tenures) {
    if (t.start === null || t.start > date) continue;
    if (t.ended && t.end !== null && t.end < date) continue;
    if (!best || t.start > best.start! || (t.start === best.start && t.person.id > best.person.id)) best = t;
  }
  return best;
}
