// ORGANIZED and the article's own body. The organizer of an event is the body written before its
// noun in its sentence ("UBND tỉnh tổ chức Hội nghị …"), with the co-organisers listed before it
// ("Tỉnh ủy và UBND tỉnh tổ chức …", "Tỉnh ủy phối hợp với UBND tỉnh tổ chức …"); else those named
// in the passive after it ("Hội nghị … do Tỉnh ủy tổ chức"), in its sentence or the next one
// ("Hội nghị do Tỉnh ủy tổ chức.", decision 0107). The body the article is about is the organizer
// of its first event, else its first body that did not only issue its documents.
import { evidenceOf } from '../evidence.ts';
import { pattern } from './lexicon.ts';
import type { ExtractedEvent, ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer, IssuerLayer } from './doc.ts';
import type { EventHit } from './events.ts';
import type { OrgSpan } from './organizations.ts';

/** The widest body of a list of spans: drops those nested in another. */
export function outermost(spans: OrgSpan[]): OrgSpan[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to));
}

// patterns.tsv: what joins two co-organisers; "do" before the passive's first body, the verb of
// organising after its last; the next sentence's meeting noun before "do" (decision 0107).
const ORGANIZER_JOINER = new RegExp(pattern('organizer-joiner'), 'iu');
const ORGANIZER_PASSIVE_BY = new RegExp(pattern('organizer-passive-by'), 'iu');
const ORGANIZER_PASSIVE_VERB = new RegExp(pattern('organizer-passive-verb'), 'iu');
const ORGANIZER_NEXT_SENTENCE = new RegExp(pattern('organizer-next-sentence'), 'u');
const ORGANIZER_BARE_COMMA = new RegExp(pattern('organizer-bare-comma'), 'u');
const ORGANIZER_LIST_STOP = new RegExp(pattern('organizer-list-stop'), 'iu');

/** The bodies of sentence `si` outside posts, widest only. */
function bodiesIn(f: ArticleFacts & ClauseLayer, si: number): OrgSpan[] {
  return outermost(f.orgsIn(si).filter((o) => !f.inPost[o.from]));
}

const textBetween = (f: ArticleFacts, a: OrgSpan, b: OrgSpan) =>
  f.article.text.slice(f.tokens[a.to - 1]!.end, f.tokens[b.from]!.start);

/**
 * `bodies[at]` and the bodies joined to it as co-organisers, walking `step` (-1 back from the body
 * next to the verb, +1 on towards it), in text order. A bare comma joins only when the joiner next
 * to the verb is a word ("A, B và C"); a body after a preposition is never joined.
 */
function joinedList(f: ArticleFacts, bodies: OrgSpan[], at: number, step: 1 | -1): OrgSpan[] {
  const { article, tokens } = f;
  const out = [bodies[at]!];
  const gaps: string[] = [];
  for (let k = at + step; k >= 0 && k < bodies.length; k += step) {
    const [a, b] = step < 0 ? [bodies[k]!, out[out.length - 1]!] : [out[out.length - 1]!, bodies[k]!];
    const gap = textBetween(f, a, b);
    if (!ORGANIZER_JOINER.test(gap)) break;
    const start = tokens[bodies[k]!.from]!.start;
    if (step < 0 && ORGANIZER_LIST_STOP.test(article.text.slice(Math.max(0, start - 30), start))) break;
    out.push(bodies[k]!);
    gaps.push(gap);
  }
  const ordered = step < 0 ? out.reverse() : out;
  const gapsInOrder = step < 0 ? gaps.reverse() : gaps;
  const last = gapsInOrder[gapsInOrder.length - 1];
  if (last !== undefined && ORGANIZER_BARE_COMMA.test(last)) {
    // the joiner next to the verb is a bare comma: no list, only the body next to the verb (back)
    // or the first (on)
    return step < 0 ? ordered.slice(-1) : ordered.slice(0, 1);
  }
  return ordered;
}

/** The last of `bodies` and those joined to it before it ("A và B", "A, B và C"), in text order. */
export const coBodiesBefore = (f: ArticleFacts, bodies: OrgSpan[]): OrgSpan[] =>
  bodies.length ? joinedList(f, bodies, bodies.length - 1, -1) : [];

/** "do A[ và B] tổ chức" in `bodies` from the first body whose text before it (from `from`) ends in "do". */
function passiveList(f: ArticleFacts, bodies: OrgSpan[], from: number, by: RegExp): OrgSpan[] {
  const { article, tokens } = f;
  const first = bodies.findIndex(
    (b) => tokens[b.from]!.start >= from && by.test(article.text.slice(from, tokens[b.from]!.start)),
  );
  if (first < 0) return [];
  const list = joinedList(f, bodies, first, 1);
  const last = list[list.length - 1]!;
  const after = article.text.slice(tokens[last.to - 1]!.end, tokens[last.to - 1]!.end + 40);
  return ORGANIZER_PASSIVE_VERB.test(after) ? list : [];
}

/** The distinct names of `spans`, in order. */
const namesOf = (f: ArticleFacts, spans: OrgSpan[]): string[] => [
  ...new Set(spans.map((s) => f.orgNameOfSpan(s)!).filter(Boolean)),
];

/** The organisers of an event, the main one first. */
export function organizersOf(f: ArticleFacts & ClauseLayer, e: EventHit): string[] {
  const { article } = f;
  const si = e.sentence;
  const firstTok = f.tokenAt(article.sentences[si]!.start);
  const evTok = f.tokenAt(e.start);
  const inSentence = bodiesIn(f, si);
  const before = inSentence.filter((o) => o.from >= firstTok && o.to <= evTok);
  // the body next to the event stays the main organiser, as before decision 0107
  if (before.length) {
    const list = joinedList(f, before, before.length - 1, -1);
    return namesOf(f, [list[list.length - 1]!, ...list.slice(0, -1)]);
  }
  const passive = passiveList(f, inSentence, e.end, ORGANIZER_PASSIVE_BY);
  if (passive.length) return namesOf(f, passive);
  const next = article.sentences[si + 1];
  if (!next) return [];
  return namesOf(f, passiveList(f, bodiesIn(f, si + 1), next.start, ORGANIZER_NEXT_SENTENCE));
}

export function organizerOf(f: ArticleFacts & ClauseLayer, e: EventHit): string | null {
  return organizersOf(f, e)[0] ?? null;
}

/**
 * The body the article is about. Not one that only issued its documents ("… của Bộ Chính trị"):
 * the Politburo issues a directive, the local committee that reports on it implements it.
 */
export function subjectBody(f: ArticleFacts & ClauseLayer & IssuerLayer): string | null {
  const mainEvent = f.eventHits[0] ?? null;
  const issuers = new Set([...f.issuerOf.values()].flatMap((t) => [t.name, ...t.also]));
  const firstOrg = f.orgSpans.find((o) => !issuers.has(f.orgNameOfSpan(o)!)) ?? f.orgSpans[0] ?? null;
  return (mainEvent && organizerOf(f, mainEvent)) || (firstOrg ? f.orgNameOfSpan(firstOrg) : null);
}

/** The events with their organizers, and one ORGANIZED per event with an organizer. */
export function organizedEvents(f: ArticleFacts & ClauseLayer): {
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
} {
  const { article } = f;
  const relations: ExtractedRelation[] = [];
  const events: ExtractedEvent[] = f.eventHits.map((e) => {
    const organizers = organizersOf(f, e);
    const organizer = organizers[0] ?? null;
    for (const o of organizers)
      relations.push({
        type: 'ORGANIZED',
        organization: o,
        event: e.name,
        evidence: evidenceOf(article, e.sentence, e.start, e.end),
      });
    return {
      name: e.name,
      kind: e.kind,
      date: e.date,
      organizer,
      mentions: [
        { start: e.start, end: e.end, text: article.text.slice(e.start, e.end), sentence: e.sentence },
      ],
    };
  });
  return { events, relations };
}
